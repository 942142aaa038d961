/**
 * Editing a connector after it is drawn: dragging an end handle onto another shape or into empty
 * space, the same from the keyboard (C / Shift+C, then Enter on a shape), and its style controls.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import type { ConnectorShape } from '../model';
import { Editor } from './editor.svelte';
import type { CanvasPointer } from './interaction.svelte';
import { handleKey } from './keyboard';

const editors: Editor[] = [];

function open(doc = new Y.Doc()): Editor {
	const awareness = new Awareness(doc);
	const editor = new Editor({ doc, awareness, user: { id: 'u1', name: 'Sari', color: '#1971c2' }, role: 'edit', canLock: true });
	// A 1000×800 screen at zoom 1 showing world (0, 0) at its top-left.
	editor.camera.resize(1000, 800);
	editor.camera.set({ x: 0, y: 0, zoom: 1 });
	editors.push(editor);
	return editor;
}

afterEach(() => {
	for (const e of editors.splice(0)) {
		e.destroy();
		e.presence.awareness.destroy();
	}
});

let nextPointer = 1;
function pointer(x: number, y: number, extra: Partial<CanvasPointer> = {}): CanvasPointer {
	return { id: nextPointer, x, y, type: 'mouse', button: 0, shift: false, alt: false, mod: false, ...extra };
}

/** Presses on a connector end handle at `from` and drags it to `to`, watching the preview half-way. */
function dragEnd(ed: Editor, handle: 'start' | 'end', from: [number, number], to: [number, number]): { target: string | null } {
	nextPointer++;
	ed.interaction.down(pointer(from[0], from[1], { handle }));
	for (let i = 1; i <= 4; i++) ed.interaction.move(pointer(from[0] + ((to[0] - from[0]) * i) / 4, from[1] + ((to[1] - from[1]) * i) / 4));
	const seen = { target: ed.interaction.target };
	ed.interaction.up(pointer(to[0], to[1]));
	return seen;
}

/** Three notes and a connector from the first to the second, selected. */
function board(): { ed: Editor; a: string; b: string; c: string; line: string } {
	const ed = open();
	const a = ed.create('sticky', { x: 100, y: 100 }) as string;
	const b = ed.create('sticky', { x: 600, y: 100 }) as string;
	const c = ed.create('sticky', { x: 600, y: 600 }) as string;
	ed.select([a]);
	handleKey(ed, { key: 'c', shift: false, alt: false, mod: false, focusedShape: a });
	ed.connectTo(b);
	const line = ed.live.sorted().find((s) => s.type === 'connector')?.id as string;
	ed.select([line]);
	return { ed, a, b, c, line };
}

const connectorOf = (ed: Editor, id: string) => ed.live.get(id) as ConnectorShape;

describe('re-attaching a connector end by dragging', () => {
	it('binds the end to the shape it is dropped on, highlighting it while dragging, in one write', () => {
		const { ed, a, c, line } = board();
		let writes = 0;
		ed.doc.on('update', () => writes++);
		// The end sits on b's left outline (500, 100); drop it on c.
		const seen = dragEnd(ed, 'end', [500, 100], [600, 600]);
		expect(seen.target).toBe(c);
		expect(ed.interaction.target).toBeNull();
		expect(connectorOf(ed, line).props.end).toMatchObject({ shapeId: c, anchor: null });
		expect(connectorOf(ed, line).props.start.shapeId).toBe(a);
		expect(writes).toBe(1);
	});

	it('frees the end where it is dropped in empty space', () => {
		const { ed, line } = board();
		dragEnd(ed, 'start', [200, 100], [300, 400]);
		expect(connectorOf(ed, line).props.start).toEqual({ x: 300, y: 400, shapeId: null, anchor: null });
	});

	it('does not bind an end to the shape the other end holds', () => {
		const { ed, line } = board();
		const seen = dragEnd(ed, 'end', [500, 100], [100, 120]);
		expect(seen.target).toBeNull();
		expect(connectorOf(ed, line).props.end.shapeId).toBeNull();
	});

	it('leaves a bound end alone on a click without a drag, and a locked connector entirely', () => {
		const { ed, b, line } = board();
		dragEnd(ed, 'end', [500, 100], [501, 101]);
		expect(connectorOf(ed, line).props.end.shapeId).toBe(b);
		ed.toggleLock();
		dragEnd(ed, 'end', [500, 100], [300, 400]);
		expect(connectorOf(ed, line).props.end.shapeId).toBe(b);
	});

	it('is undone in one step', () => {
		const { ed, b, c, line } = board();
		ed.undoManager.stopCapturing();
		dragEnd(ed, 'end', [500, 100], [600, 600]);
		expect(connectorOf(ed, line).props.end.shapeId).toBe(c);
		ed.undo();
		expect(connectorOf(ed, line).props.end.shapeId).toBe(b);
	});
});

describe('re-attaching a connector end from the keyboard', () => {
	const key = (ed: Editor, k: string, focused: string | null, shift = false) => handleKey(ed, { key: k, shift, alt: false, mod: false, focusedShape: focused });

	it('C then Enter on a shape moves the end there; Shift+C moves the start', () => {
		const { ed, a, b, c, line } = board();
		expect(key(ed, 'c', line)).toBe(true);
		expect(ed.reattaching).toEqual({ id: line, which: 'end' });
		expect(ed.connectFrom).toBeNull();
		key(ed, 'Enter', c);
		expect(ed.reattaching).toBeNull();
		expect(connectorOf(ed, line).props.end.shapeId).toBe(c);
		expect(ed.announcement?.kind).toBe('connected');
		key(ed, 'c', line, true);
		expect(ed.reattaching).toEqual({ id: line, which: 'start' });
		key(ed, 'Enter', b);
		expect(connectorOf(ed, line).props).toMatchObject({ start: { shapeId: b }, end: { shapeId: c } });
		expect(ed.live.get(a)).toBeDefined();
	});

	it('Enter on the connector itself frees the end where it is drawn; Escape cancels', () => {
		const { ed, line } = board();
		key(ed, 'c', line);
		key(ed, 'Escape', line);
		expect(ed.reattaching).toBeNull();
		key(ed, 'c', line);
		key(ed, 'Enter', line);
		expect(connectorOf(ed, line).props.end).toEqual({ x: 500, y: 100, shapeId: null, anchor: null });
		expect(ed.announcement?.kind).toBe('end-freed');
	});
});

describe('connector and text style', () => {
	it('sets line style, arrowheads and color on connectors, text size on notes only', () => {
		const { ed, a, line } = board();
		ed.setProps({ dash: 'dashed' }, ['connector', 'rect', 'ellipse']);
		ed.setProps({ startArrow: 'arrow', endArrow: 'arrow' }, ['connector']);
		ed.setProps({ color: 'red' });
		expect(connectorOf(ed, line).props).toMatchObject({ dash: 'dashed', startArrow: 'arrow', endArrow: 'arrow', color: 'red' });
		ed.select([a, line]);
		ed.setProps({ size: 'xl' }, ['sticky', 'text']);
		expect(ed.live.get(a)?.props).toMatchObject({ size: 'xl' });
		expect(connectorOf(ed, line).props.size).toBe('m');
	});
});
