/**
 * Frames carry what lies inside them, however the shapes got there: a frame drawn around notes,
 * resized over or away from them, notes duplicated or pasted into it. Driven through the editor as a
 * user would (pointer, keys, clipboard text), on one Yjs document.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from './editor.svelte';
import type { CanvasPointer } from './interaction.svelte';
import { handleKey } from './keyboard';
import { closeEditors, dragOn, openEditor } from './test-editors';

const open = () => openEditor();
const drag = (ed: Editor, from: [number, number], to: [number, number], extra: Partial<CanvasPointer> = {}) => void dragOn(ed, from, to, extra);

afterEach(closeEditors);

const frameOf = (ed: Editor) => ed.live.sorted().find((s) => s.type === 'frame')!;

describe('frames', () => {
	it('a frame drawn around notes takes them in and goes beneath them, in one undo step', () => {
		const ed = open();
		const a = ed.create('sticky', { x: 200, y: 200 }) as string;
		const b = ed.create('sticky', { x: 450, y: 200 }) as string;
		const outside = ed.create('sticky', { x: 800, y: 600 }) as string;
		ed.undoManager.stopCapturing();
		ed.tool = 'frame';
		drag(ed, [50, 50], [650, 400]);
		const frame = frameOf(ed);
		expect(ed.live.get(a)?.parentId).toBe(frame.id);
		expect(ed.live.get(b)?.parentId).toBe(frame.id);
		expect(ed.live.get(outside)?.parentId).toBeNull();
		// Beneath the notes it carries, so its fill never veils them.
		const order = ed.live.sorted().map((s) => s.id);
		expect(order.indexOf(frame.id)).toBeLessThan(order.indexOf(a));
		// Moving the frame takes its notes along.
		ed.undoManager.stopCapturing();
		ed.select([frame.id]);
		drag(ed, [60, 60], [160, 160], { alt: true });
		expect(ed.live.get(a)).toMatchObject({ x: 200, y: 200 });
		// Undo the move, then the drawing: the notes are back on their own.
		ed.undoManager.stopCapturing();
		ed.undoManager.undo();
		ed.undoManager.undo();
		expect(ed.live.get(frame.id)).toBeUndefined();
		expect(ed.live.get(a)?.parentId).toBeNull();
	});

	it('a frame drawn inside a frame nests, above its outer frame', () => {
		const ed = open();
		ed.tool = 'frame';
		drag(ed, [0, 0], [900, 700]);
		const outer = frameOf(ed);
		const note = ed.create('sticky', { x: 300, y: 300 }) as string;
		expect(ed.live.get(note)?.parentId).toBe(outer.id);
		ed.tool = 'frame';
		drag(ed, [150, 150], [450, 450]);
		const inner = ed.live.sorted().find((s) => s.type === 'frame' && s.id !== outer.id)!;
		expect(inner.parentId).toBe(outer.id);
		expect(ed.live.get(note)?.parentId).toBe(inner.id);
		const order = ed.live.sorted().map((s) => s.id);
		expect(order.indexOf(outer.id)).toBeLessThan(order.indexOf(inner.id));
		expect(order.indexOf(inner.id)).toBeLessThan(order.indexOf(note));
	});

	it('resizing a frame takes in what it now covers and lets go of what it no longer does', () => {
		const ed = open();
		const near = ed.create('sticky', { x: 200, y: 200 }) as string;
		const far = ed.create('sticky', { x: 700, y: 200 }) as string;
		ed.tool = 'frame';
		drag(ed, [50, 50], [350, 350]);
		const frame = frameOf(ed);
		expect(ed.live.get(near)?.parentId).toBe(frame.id);
		ed.select([frame.id]);
		// Drag the right edge past the far note.
		drag(ed, [350, 200], [850, 200], { handle: 'e' });
		expect(ed.live.get(frame.id)?.w).toBe(800);
		expect(ed.live.get(far)?.parentId).toBe(frame.id);
		// And back, narrower than the near note.
		drag(ed, [850, 200], [150, 200], { handle: 'e' });
		expect(ed.live.get(near)?.parentId).toBeNull();
		expect(ed.live.get(far)?.parentId).toBeNull();
	});

	it('a note resized out of its frame leaves it; Alt+arrows too', () => {
		const ed = open();
		ed.tool = 'frame';
		drag(ed, [0, 0], [400, 400]);
		const frame = frameOf(ed);
		const note = ed.create('sticky', { x: 200, y: 200 }) as string;
		expect(ed.live.get(note)?.parentId).toBe(frame.id);
		ed.select([note]);
		for (let i = 0; i < 12; i++) handleKey(ed, { key: 'ArrowRight', shift: true, alt: true, mod: false, focusedShape: note });
		expect(ed.live.get(note)!.w).toBeGreaterThan(400);
		expect(ed.live.get(note)?.parentId).toBeNull();
	});

	it('a duplicate and pasted lines belong to the frame they land in', () => {
		const ed = open();
		ed.tool = 'frame';
		drag(ed, [0, 0], [1000, 800]);
		const frame = frameOf(ed);
		const note = ed.create('sticky', { x: 300, y: 300 }) as string;
		ed.select([note]);
		handleKey(ed, { key: 'd', shift: false, alt: false, mod: true, focusedShape: note });
		const [copy] = [...ed.selection];
		expect(copy).not.toBe(note);
		expect(ed.live.get(copy!)?.parentId).toBe(frame.id);
		// Plain text lands in the middle of the view, which the frame covers.
		ed.pasteText('Antrean panjang\nFormulir rumit');
		const pasted = [...ed.selection].map((id) => ed.live.get(id)!);
		expect(pasted.map((s) => s.type)).toEqual(['sticky', 'sticky']);
		expect(pasted.every((s) => s.parentId === frame.id)).toBe(true);
	});
});
