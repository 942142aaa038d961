import { describe, expect, it } from 'vitest';
import { MountQueue, SliceBudget, type MountGoal } from './mount-queue';

const ids = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `s${from + i}`);
/** Goal over `list`, ranked by the number in the id (s0 is nearest the middle of the view). */
function goal(list: string[], extra: Partial<MountGoal> = {}): MountGoal {
	return { ids: list, detailed: true, selection: new Set(), editing: null, rank: (id) => Number(id.slice(1)), ...extra };
}

describe('MountQueue', () => {
	it('mounts nothing on a new goal without budget, then a slice per step, nearest first, in z-order', () => {
		const q = new MountQueue();
		const g = goal(['s5', 's1', 's9', 's0', 's3']);
		expect(q.step(g, 0)).toMatchObject({ ids: [], settled: false });
		// Bodies cost 5 units (shell 1 + body 4): a budget of 10 mounts two, the two nearest.
		const first = q.step(g, 10);
		expect(first.ids).toEqual(['s1', 's0']);
		expect([...first.bodies].sort()).toEqual(['s0', 's1']);
		expect(first.settled).toBe(false);
		const second = q.step(g, 10);
		// Still bottom to top as the goal lists them, not in admission order; s9 still waits.
		expect(second.ids).toEqual(['s5', 's1', 's0', 's3']);
		expect(second.settled).toBe(false);
		const done = q.step(g, 10);
		expect(done.ids).toEqual(['s5', 's1', 's9', 's0', 's3']);
		expect(done.settled).toBe(true);
		// Nothing left to do: the same object comes back, so the canvas re-renders nothing.
		expect(q.step(g, 10)).toBe(done);
	});

	it('always advances by at least one shape, however small the budget', () => {
		const q = new MountQueue();
		const g = goal(ids(3));
		expect(q.step(g, 1).ids).toEqual(['s0']);
		expect(q.step(g, 1).ids).toEqual(['s0', 's1']);
	});

	it('mounts the selection and the edited shape at once, with bodies, even with no budget', () => {
		const q = new MountQueue();
		const m = q.step(goal(ids(100), { selection: new Set(['s70']), editing: 's90' }), 0);
		expect(m.ids).toEqual(['s70', 's90']);
		expect(m.bodies).toEqual(new Set(['s70', 's90']));
		// Zoomed out: the selection keeps an empty element, the edited shape keeps its body.
		const far = new MountQueue().step(goal(ids(100), { detailed: false, selection: new Set(['s70']), editing: 's90' }), 0);
		expect(far.bodies).toEqual(new Set(['s90']));
	});

	it('unmounts shapes that left the goal at once', () => {
		const q = new MountQueue();
		while (!q.step(goal(ids(6)), 100).settled);
		const m = q.step(goal(ids(3, 3)), 0);
		expect(m.ids).toEqual(['s3', 's4', 's5']);
		expect(m.bodies).toEqual(new Set(['s3', 's4', 's5']));
		expect(m.settled).toBe(true);
	});

	it('far out, mounts empty elements cheaply and drops bodies in slices', () => {
		const q = new MountQueue();
		while (!q.step(goal(ids(10)), 100).settled);
		const far = goal(ids(10), { detailed: false });
		const m = q.step(far, 4);
		// All still mounted; four bodies dropped (one unit each), six still shown over the far canvas.
		expect(m.ids).toHaveLength(10);
		expect(m.bodies.size).toBe(6);
		expect(m.settled).toBe(false);
		const done = q.step(far, 100);
		expect(done.bodies.size).toBe(0);
		expect(done.settled).toBe(true);
		// Zooming back in gives them bodies again, nearest first.
		expect([...q.step(goal(ids(10)), 10).bodies]).toEqual(['s0', 's1']);
	});

	it('a changed goal replans: shapes that were waiting and are still wanted keep their turn by rank', () => {
		const q = new MountQueue();
		q.step(goal(ids(10)), 10);
		const m = q.step(goal(ids(10, 5)), 10);
		// s5 and s6 are now the nearest of the new goal; s0 and s1 left it.
		expect(m.ids).toEqual(['s5', 's6']);
	});
});

describe('SliceBudget', () => {
	it('learns how long a unit takes and sizes slices to the target', () => {
		const budget = new SliceBudget(4, 0.2);
		expect(budget.units).toBe(20);
		for (let i = 0; i < 20; i++) budget.record(8, 20); // a slow device: 0.4 ms a unit
		expect(budget.units).toBe(10);
		for (let i = 0; i < 30; i++) budget.record(1, 20); // a fast one: 0.05 ms a unit
		const fast = budget.units;
		expect(fast).toBeGreaterThanOrEqual(78);
		expect(fast).toBeLessThanOrEqual(80);
		budget.record(5, 0); // an empty slice teaches nothing
		expect(budget.units).toBe(fast);
	});
});
