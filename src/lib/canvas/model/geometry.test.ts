import { describe, expect, it } from 'vitest';
import {
	anchorFromPoint,
	anchorPoint,
	connectorEndpoints,
	connectorPath,
	frameAt,
	hitTest,
	outlinePoint,
	pointInShape,
	shapeBounds,
	shapesInBox,
	topShapeAt
} from './geometry';
import { computeSnap, snapToGrid } from './snapping';
import type { Shape } from './schema';
import { make } from '../test-utils';

const near = (a: { x: number; y: number }, b: { x: number; y: number }) => {
	expect(a.x).toBeCloseTo(b.x, 6);
	expect(a.y).toBeCloseTo(b.y, 6);
};

describe('bounds and hit testing', () => {
	it('computes rotation-aware bounds', () => {
		const note = make('sticky', 's', { x: 0, y: 0, w: 100, h: 100, rotation: Math.PI / 4 });
		const b = shapeBounds(note);
		const half = 50 * Math.SQRT2;
		expect(b.x).toBeCloseTo(50 - half);
		expect(b.w).toBeCloseTo(2 * half);
	});

	it('hit-tests a rotated rectangle in its own frame', () => {
		const bar = make('rect', 'r', { x: 0, y: 45, w: 100, h: 10, rotation: Math.PI / 2 });
		// Rotated a quarter turn about (50, 50): now a vertical bar x 45–55, y 0–100.
		expect(pointInShape(bar, { x: 50, y: 5 })).toBe(true);
		expect(pointInShape(bar, { x: 5, y: 50 })).toBe(false);
		expect(pointInShape(bar, { x: 57, y: 50 }, 3)).toBe(true);
	});

	it('hit-tests ellipses by their equation', () => {
		const e = make('ellipse', 'e', { x: 0, y: 0, w: 100, h: 50 });
		expect(pointInShape(e, { x: 50, y: 25 })).toBe(true);
		expect(pointInShape(e, { x: 2, y: 2 })).toBe(false);
		expect(pointInShape(e, { x: 99, y: 25 })).toBe(true);
	});

	it('hits pens and connectors only near their ink', () => {
		const pen = make('pen', 'p', { x: 0, y: 0, props: { points: [0, 0, 100, 0, 100, 100] } });
		expect(pointInShape(pen, { x: 50, y: 1 })).toBe(true);
		expect(pointInShape(pen, { x: 50, y: 50 })).toBe(false);
		const line = make('connector', 'c', { props: { start: { x: 0, y: 0, shapeId: null, anchor: null }, end: { x: 100, y: 100, shapeId: null, anchor: null } } });
		expect(pointInShape(line, { x: 50, y: 51 })).toBe(true);
		expect(pointInShape(line, { x: 80, y: 20 })).toBe(false);
	});

	it('selects a frame only by its title strip or border', () => {
		const frame = make('frame', 'f', { x: 0, y: 0, w: 400, h: 300 });
		expect(hitTest(frame, { x: 200, y: 10 })).toBe(true);
		expect(hitTest(frame, { x: 200, y: 150 })).toBe(false);
		expect(hitTest(frame, { x: 1, y: 150 }, 4)).toBe(true);
	});

	it('picks the topmost shape under the pointer', () => {
		const below = make('sticky', 'below', { x: 0, y: 0 });
		const above = make('sticky', 'above', { x: 50, y: 50 });
		expect(topShapeAt([below, above], { x: 60, y: 60 })?.id).toBe('above');
		expect(topShapeAt([below, above], { x: 10, y: 10 })?.id).toBe('below');
		expect(topShapeAt([below, above], { x: 900, y: 900 })).toBeUndefined();
	});

	it('selects by marquee, touching or containing', () => {
		const a = make('sticky', 'a', { x: 0, y: 0, w: 100, h: 100 });
		const b = make('sticky', 'b', { x: 150, y: 0, w: 100, h: 100 });
		const box = { x: -10, y: -10, w: 200, h: 200 };
		expect(shapesInBox([a, b], box, 'touch').map((s) => s.id)).toEqual(['a', 'b']);
		expect(shapesInBox([a, b], box, 'contain').map((s) => s.id)).toEqual(['a']);
	});

	it('finds the innermost frame containing a box', () => {
		const outer = make('frame', 'outer', { x: 0, y: 0, w: 1000, h: 1000 });
		const inner = make('frame', 'inner', { x: 100, y: 100, w: 300, h: 300 });
		expect(frameAt([outer, inner], { x: 150, y: 150, w: 50, h: 50 })?.id).toBe('inner');
		expect(frameAt([outer, inner], { x: 600, y: 600, w: 50, h: 50 })?.id).toBe('outer');
		expect(frameAt([outer, inner], { x: 150, y: 150, w: 50, h: 50 }, new Set(['inner']))?.id).toBe('outer');
	});
});

describe('connectors', () => {
	const left = make('rect', 'L', { x: 0, y: 0, w: 100, h: 100 });
	const right = make('ellipse', 'R', { x: 300, y: 0, w: 100, h: 100 });
	const all = new Map<string, Shape>([
		['L', left],
		['R', right]
	]);
	const lookup = (id: string) => all.get(id);

	it('meets shape outlines on the line between centres when anchors are automatic', () => {
		const c = make('connector', 'c', {
			props: { start: { x: 0, y: 0, shapeId: 'L', anchor: null }, end: { x: 0, y: 0, shapeId: 'R', anchor: null } }
		});
		const { start, end } = connectorEndpoints(c, lookup);
		near(start, { x: 100, y: 50 });
		near(end, { x: 300, y: 50 });
	});

	it('follows a moved shape', () => {
		const c = make('connector', 'c', {
			props: { start: { x: 0, y: 0, shapeId: 'L', anchor: { x: 1, y: 1 } }, end: { x: 500, y: 500, shapeId: null, anchor: null } }
		});
		near(connectorEndpoints(c, lookup).start, { x: 100, y: 100 });
		const moved = new Map(all).set('L', { ...left, x: 1000 });
		near(connectorEndpoints(c, (id) => moved.get(id)).start, { x: 1100, y: 100 });
	});

	it('falls back to the stored point when the shape is gone', () => {
		const c = make('connector', 'c', {
			props: { start: { x: 7, y: 8, shapeId: 'missing', anchor: null }, end: { x: 9, y: 9, shapeId: null, anchor: null } }
		});
		near(connectorEndpoints(c, lookup).start, { x: 7, y: 8 });
	});

	it('routes elbow connectors orthogonally', () => {
		const c = make('connector', 'c', {
			props: { route: 'elbow', start: { x: 0, y: 0, shapeId: null, anchor: null }, end: { x: 100, y: 50, shapeId: null, anchor: null } }
		});
		expect(connectorPath(c)).toEqual([
			{ x: 0, y: 0 },
			{ x: 50, y: 0 },
			{ x: 50, y: 50 },
			{ x: 100, y: 50 }
		]);
	});

	it('maps anchors to and from rotated shapes', () => {
		const r = make('rect', 'rot', { x: 0, y: 0, w: 200, h: 100, rotation: Math.PI / 2 });
		const p = anchorPoint(r, { x: 1, y: 0.5 });
		near(p, { x: 100, y: 150 });
		near(anchorFromPoint(r, p), { x: 1, y: 0.5 });
		near(outlinePoint(r, { x: 100, y: 1000 }), { x: 100, y: 150 });
	});
});

describe('snapping', () => {
	it('snaps the nearest line within the threshold and reports guides', () => {
		const others = [{ x: 100, y: 0, w: 100, h: 100 }];
		const result = computeSnap({ x: 97, y: 300, w: 50, h: 50 }, others, 5);
		expect(result.dx).toBe(3);
		expect(result.dy).toBe(0);
		// Its left edge meets their left edge, and its right edge their centre.
		expect(result.guides).toEqual([
			{ axis: 'x', at: 100, from: 0, to: 350 },
			{ axis: 'x', at: 150, from: 0, to: 350 }
		]);
	});

	it('aligns centres too, and ignores lines beyond the threshold', () => {
		const result = computeSnap({ x: 0, y: 22, w: 50, h: 50 }, [{ x: 300, y: 0, w: 100, h: 100 }], 4);
		expect(result.dy).toBe(3);
		expect(computeSnap({ x: 0, y: 30, w: 50, h: 50 }, [{ x: 300, y: 0, w: 100, h: 100 }], 4).dy).toBe(0);
	});

	it('rounds to a grid', () => {
		expect(snapToGrid(37, 20)).toBe(40);
		expect(Object.is(snapToGrid(-4, 20), 0)).toBe(true);
		expect(snapToGrid(37, 0)).toBe(37);
	});
});
