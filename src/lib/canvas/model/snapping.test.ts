import { describe, expect, it } from 'vitest';
import { snapResize } from './snapping';

// Another shape whose left edge is at x = 300 and top at y = 100 (centre 350, 150; right 400, bottom 200).
const other = { x: 300, y: 100, w: 100, h: 100 };

describe('snapping a resize', () => {
	it('snaps the dragged right edge to a nearby line and leaves the left edge', () => {
		const { box, guides } = snapResize({ x: 0, y: 0, w: 296, h: 50 }, { x: 'end', y: null }, [other], 6);
		expect(box).toEqual({ x: 0, y: 0, w: 300, h: 50 });
		expect(guides).toEqual([{ axis: 'x', at: 300, from: 0, to: 200 }]);
	});

	it('snaps a dragged left or top edge by moving it, keeping the far edge fixed', () => {
		const { box } = snapResize({ x: 403, y: 197, w: 200, h: 200 }, { x: 'start', y: 'start' }, [other], 6);
		expect(box).toEqual({ x: 400, y: 200, w: 203, h: 197 });
	});

	it('leaves edges alone when nothing is near, and draws guides only through a dragged edge', () => {
		const far = snapResize({ x: 0, y: 0, w: 250, h: 50 }, { x: 'end', y: 'end' }, [other], 6);
		expect(far.box).toEqual({ x: 0, y: 0, w: 250, h: 50 });
		expect(far.guides).toEqual([]);
		// The (fixed) top edge already lines up with the other's top; only the dragged right edge counts.
		const fixedAligned = snapResize({ x: 0, y: 100, w: 250, h: 50 }, { x: 'end', y: null }, [other], 6);
		expect(fixedAligned.guides).toEqual([]);
	});

	it('never snaps a box below the minimum size', () => {
		const { box } = snapResize({ x: 297, y: 0, w: 5, h: 50 }, { x: 'start', y: null }, [other], 6, 8);
		expect(box).toEqual({ x: 297, y: 0, w: 5, h: 50 });
	});
});
