/**
 * Touch has no Shift key and one finger pans: holding a finger still selects more — a selection box
 * on empty canvas, adding a shape on a shape. A quick drag still pans; a tap still selects one.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeEditors, newPointerId, openEditor, pointerAt } from './test-editors';

const open = (role: 'edit' | 'view' = 'edit') => openEditor({ role });
const finger = (id: number, x: number, y: number) => pointerAt(id, x, y, { type: 'touch' });

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
	vi.useRealTimers();
	closeEditors();
});

describe('touch selection', () => {
	it('hold on empty canvas, then drag: a selection box instead of a pan', () => {
		const ed = open();
		const a = ed.create('sticky', { x: 200, y: 200 }) as string;
		const b = ed.create('sticky', { x: 500, y: 200 }) as string;
		const far = ed.create('sticky', { x: 900, y: 700 }) as string;
		ed.select([]);
		const id = newPointerId();
		ed.interaction.down(finger(id, 20, 20));
		vi.advanceTimersByTime(500);
		ed.interaction.move(finger(id, 300, 200));
		ed.interaction.move(finger(id, 650, 320));
		ed.interaction.up(finger(id, 650, 320));
		expect(new Set(ed.selection)).toEqual(new Set([a, b]));
		expect(ed.selection.has(far)).toBe(false);
		expect(ed.camera.current).toMatchObject({ x: 0, y: 0 });
	});

	it('a drag without holding still pans, and a wobble within the slop is still a hold', () => {
		const ed = open();
		ed.create('sticky', { x: 200, y: 200 });
		ed.select([]);
		let id = newPointerId();
		ed.interaction.down(finger(id, 20, 20));
		ed.interaction.move(finger(id, 120, 20));
		vi.advanceTimersByTime(500);
		ed.interaction.move(finger(id, 220, 20));
		ed.interaction.up(finger(id, 220, 20));
		expect(ed.camera.current.x).toBe(-200);
		expect(ed.selection.size).toBe(0);

		id = newPointerId();
		ed.interaction.down(finger(id, 20, 20));
		ed.interaction.move(finger(id, 24, 23));
		vi.advanceTimersByTime(500);
		expect(ed.interaction.active).toBe('marquee');
		ed.interaction.up(finger(id, 24, 23));
	});

	it('hold on a shape adds it to the selection; a tap selects it alone', () => {
		const ed = open();
		const a = ed.create('sticky', { x: 200, y: 200 }) as string;
		const b = ed.create('sticky', { x: 500, y: 200 }) as string;
		ed.select([a]);
		let id = newPointerId();
		ed.interaction.down(finger(id, 500, 200));
		vi.advanceTimersByTime(500);
		ed.interaction.up(finger(id, 500, 200));
		expect(new Set(ed.selection)).toEqual(new Set([a, b]));
		// Holding a selected one takes it out again.
		id = newPointerId();
		ed.interaction.down(finger(id, 200, 200));
		vi.advanceTimersByTime(500);
		ed.interaction.up(finger(id, 200, 200));
		expect([...ed.selection]).toEqual([b]);
		// A tap selects only what was tapped.
		id = newPointerId();
		ed.interaction.down(finger(id, 200, 200));
		ed.interaction.up(finger(id, 200, 200));
		expect([...ed.selection]).toEqual([a]);
	});

	it('a viewer only pans', () => {
		const ed = open('view');
		const id = newPointerId();
		ed.interaction.down(finger(id, 20, 20));
		vi.advanceTimersByTime(500);
		ed.interaction.move(finger(id, 120, 20));
		ed.interaction.up(finger(id, 120, 20));
		expect(ed.interaction.active).toBe('idle');
		expect(ed.camera.current.x).toBe(-100);
	});
});
