import { describe, expect, it } from 'vitest';
import { rotateAround } from '../model';
import { make } from '../test-utils';
import { arrowDelta, boxFromCorners, nudgeDistance, resizeBox, rotationFromDrag, scaleShape, translateShape } from './drag-math';

const box = { x: 100, y: 100, w: 200, h: 100, rotation: 0 };

describe('resizeBox', () => {
	it('drags a corner and keeps the opposite corner fixed', () => {
		expect(resizeBox(box, 'se', { x: 350, y: 260 })).toEqual({ x: 100, y: 100, w: 250, h: 160 });
		expect(resizeBox(box, 'nw', { x: 50, y: 80 })).toEqual({ x: 50, y: 80, w: 250, h: 120 });
	});

	it('moves only one side for an edge handle', () => {
		expect(resizeBox(box, 'e', { x: 400, y: 999 })).toEqual({ x: 100, y: 100, w: 300, h: 100 });
		expect(resizeBox(box, 'n', { x: -5, y: 50 })).toEqual({ x: 100, y: 50, w: 200, h: 150 });
	});

	it('flips when dragged past the opposite side', () => {
		expect(resizeBox(box, 'e', { x: 40, y: 0 })).toEqual({ x: 40, y: 100, w: 60, h: 100 });
	});

	it('keeps the aspect ratio and grows from the centre on request', () => {
		expect(resizeBox(box, 'se', { x: 500, y: 120 }, { keepAspect: true })).toEqual({ x: 100, y: 100, w: 400, h: 200 });
		expect(resizeBox(box, 'e', { x: 350, y: 150 }, { fromCenter: true })).toEqual({ x: 50, y: 100, w: 300, h: 100 });
	});

	it('keeps the opposite corner of a rotated box where it is on screen', () => {
		const rotated = { ...box, rotation: Math.PI / 6 };
		const center = { x: 200, y: 150 };
		const fixedBefore = rotateAround({ x: 100, y: 100 }, center, rotated.rotation);
		const out = resizeBox(rotated, 'se', rotateAround({ x: 360, y: 230 }, center, rotated.rotation));
		expect(out.w).toBeCloseTo(260);
		expect(out.h).toBeCloseTo(130);
		const fixedAfter = rotateAround({ x: out.x, y: out.y }, { x: out.x + out.w / 2, y: out.y + out.h / 2 }, rotated.rotation);
		expect(fixedAfter.x).toBeCloseTo(fixedBefore.x);
		expect(fixedAfter.y).toBeCloseTo(fixedBefore.y);
	});

	it('never goes below the minimum size', () => {
		expect(resizeBox(box, 'se', { x: 100, y: 100 }, { minSize: 8 })).toMatchObject({ w: 8, h: 8 });
	});
});

describe('rotationFromDrag', () => {
	const c = { x: 0, y: 0 };
	it('turns by the angle swept about the centre, snapping to 15° with shift', () => {
		expect(rotationFromDrag(c, { x: 10, y: 0 }, { x: 0, y: 10 }, 0, false)).toBeCloseTo(Math.PI / 2);
		expect(rotationFromDrag(c, { x: 10, y: 0 }, { x: 10, y: 1.9 }, 0, true)).toBeCloseTo(Math.PI / 12);
		expect(rotationFromDrag(c, { x: 10, y: 0 }, { x: 10, y: -1 }, 0, false)).toBeGreaterThan(Math.PI);
	});
});

describe('group scaling and moving', () => {
	it('scales position and size with the group, and a pen scales its points', () => {
		const from = { x: 0, y: 0, w: 100, h: 100 };
		const to = { x: 0, y: 0, w: 200, h: 50 };
		const note = make('sticky', 'a', { x: 50, y: 50, w: 50, h: 50 });
		expect(scaleShape(note, from, to)).toMatchObject({ x: 100, y: 25, w: 100, h: 25 });
		const pen = make('pen', 'p', { x: 0, y: 0, props: { points: [0, 0, 10, 10] } });
		const scaled = scaleShape(pen, from, to);
		expect(scaled.type === 'pen' && scaled.props.points).toEqual([0, 0, 20, 5]);
	});

	it('moves free connector ends but leaves bound ends to their shapes', () => {
		const c = make('connector', 'c', {
			props: { start: { x: 0, y: 0, shapeId: null, anchor: null }, end: { x: 10, y: 10, shapeId: 's1', anchor: null } }
		});
		const moved = translateShape(c, 5, 7);
		expect(moved.type === 'connector' && moved.props.start).toMatchObject({ x: 5, y: 7 });
		expect(moved.type === 'connector' && moved.props.end).toMatchObject({ x: 10, y: 10, shapeId: 's1' });
	});
});

describe('keyboard steps', () => {
	it('nudges by screen pixels whatever the zoom, with bigger steps on shift', () => {
		expect(nudgeDistance(1, false)).toBe(10);
		expect(nudgeDistance(0.5, true)).toBe(100);
		expect(arrowDelta('ArrowUp')).toEqual({ x: 0, y: -1 });
		expect(arrowDelta('a')).toBeNull();
		expect(boxFromCorners({ x: 5, y: 5 }, { x: 1, y: 9 })).toEqual({ x: 1, y: 5, w: 4, h: 4 });
	});
});
