import { describe, expect, it } from 'vitest';
import { SpatialIndex } from './spatial-index';
import { boxesIntersect, type Box } from './math';
import { prng } from '../test-utils';

function randomBox(rand: () => number, spread: number): Box {
	const big = rand() < 0.02;
	return {
		x: (rand() - 0.5) * spread,
		y: (rand() - 0.5) * spread,
		w: big ? rand() * 60_000 : rand() * 400,
		h: big ? rand() * 60_000 : rand() * 400
	};
}

function brute(boxes: Map<string, Box>, query: Box): string[] {
	return [...boxes].filter(([, b]) => boxesIntersect(b, query)).map(([id]) => id).sort();
}

describe('SpatialIndex', () => {
	it.each([1, 7, 99])('returns exactly what a brute-force scan returns (seed %i)', (seed) => {
		const rand = prng(seed);
		const index = new SpatialIndex(256);
		const boxes = new Map<string, Box>();
		for (let i = 0; i < 2_000; i++) {
			const box = randomBox(rand, 40_000);
			boxes.set(`s${i}`, box);
			index.set(`s${i}`, box);
		}
		for (let round = 0; round < 300; round++) {
			// Mix queries with moves and deletions, as a live board does.
			const id = `s${Math.floor(rand() * 2_000)}`;
			if (rand() < 0.3) {
				boxes.delete(id);
				index.delete(id);
			} else {
				const box = randomBox(rand, 40_000);
				boxes.set(id, box);
				index.set(id, box);
			}
			const zoomedOut = rand() < 0.1;
			const query = {
				x: (rand() - 0.5) * 40_000,
				y: (rand() - 0.5) * 40_000,
				w: zoomedOut ? 50_000 : rand() * 6_000,
				h: zoomedOut ? 50_000 : rand() * 4_000
			};
			expect(index.query(query).sort()).toEqual(brute(boxes, query));
		}
		expect(index.size).toBe(boxes.size);
	});

	it('answers point queries and forgets deleted items', () => {
		const index = new SpatialIndex();
		index.set('a', { x: 0, y: 0, w: 10, h: 10 });
		index.set('b', { x: 5, y: 5, w: 10, h: 10 });
		expect(index.queryPoint({ x: 7, y: 7 }).sort()).toEqual(['a', 'b']);
		index.delete('a');
		expect(index.queryPoint({ x: 7, y: 7 })).toEqual(['b']);
		expect(index.has('a')).toBe(false);
		index.clear();
		expect(index.size).toBe(0);
		expect(index.queryPoint({ x: 7, y: 7 })).toEqual([]);
	});

	it('handles boxes at the edges of the number range', () => {
		const index = new SpatialIndex();
		index.set('far', { x: 1e6, y: -1e6, w: 1, h: 1 });
		index.set('nan', { x: NaN, y: 0, w: 1, h: 1 });
		expect(index.query({ x: 999_000, y: -1_000_001, w: 2_000, h: 10 })).toEqual(['far']);
	});
});
