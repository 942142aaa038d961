/**
 * Viewport queries on the canvas benchmark's board: 5,000 shapes on a 100 × 50 grid 250 units apart,
 * viewed at zoom 0.25 on a 1366 × 768 screen (~270 shapes in view). Run:
 * npx vitest bench --run src/lib/canvas/model/spatial-index.bench.ts
 */
import { bench, describe } from 'vitest';
import { SpatialIndex } from './spatial-index';
import { boxesIntersect, type Box } from './math';

const boxes: [string, Box][] = [];
for (let row = 0; row < 50; row++) {
	for (let col = 0; col < 100; col++) boxes.push([`s${row}-${col}`, { x: col * 250, y: row * 250, w: 200, h: 200 }]);
}
const view = (cx: number, cy: number, zoom: number): Box => ({
	x: cx - 683 / zoom,
	y: cy - 384 / zoom,
	w: 1366 / zoom,
	h: 768 / zoom
});
// A pan across the board, one view per frame.
const views = Array.from({ length: 180 }, (_, i) => view(5_000 + i * 55, 5_000 + i * 22, 0.25));

const index = new SpatialIndex();
for (const [id, box] of boxes) index.set(id, box);

describe('5,000 shapes, viewport at zoom 0.25', () => {
	bench('grid index query', () => {
		for (const v of views) index.query(v);
	});
	bench('brute-force scan', () => {
		for (const v of views) boxes.filter(([, b]) => boxesIntersect(b, v));
	});
	bench('build the index', () => {
		const fresh = new SpatialIndex();
		for (const [id, box] of boxes) fresh.set(id, box);
	});
	bench('move 100 shapes', () => {
		for (let i = 0; i < 100; i++) {
			const [id, box] = boxes[i * 37] as [string, Box];
			index.set(id, { ...box, x: box.x + 1 });
		}
	});
});
