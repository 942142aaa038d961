/**
 * The editor's state machines without components: pointer gestures and keys go in, the board
 * document and the selection come out. Two editors on two docs linked by updates stand for two
 * browsers, so undo can be checked to touch only one's own edits.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { Editor } from './editor.svelte';
import type { EditorOptions } from './editor-types';
import type { CanvasPointer } from './interaction.svelte';
import { handleKey } from './keyboard';

const editors: Editor[] = [];
const awarenesses: Awareness[] = [];

function open(doc = new Y.Doc(), role: 'edit' | 'view' = 'edit', id = 'u1', board: Partial<EditorOptions> = {}): Editor {
	const awareness = new Awareness(doc);
	awarenesses.push(awareness);
	const editor = new Editor({ doc, awareness, user: { id, name: 'Sari', color: '#1971c2' }, role, ...board });
	// A 1000×800 screen at zoom 1 showing world (0, 0) at its top-left.
	editor.camera.resize(1000, 800);
	editor.camera.set({ x: 0, y: 0, zoom: 1 });
	editors.push(editor);
	return editor;
}

function linked(): [Editor, Editor] {
	const a = new Y.Doc();
	const b = new Y.Doc();
	a.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(b, u, 'remote'));
	b.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(a, u, 'remote'));
	return [open(a, 'edit', 'u1'), open(b, 'edit', 'u2')];
}

let nextPointer = 1;
function pointer(x: number, y: number, extra: Partial<CanvasPointer> = {}): CanvasPointer {
	return { id: nextPointer, x, y, type: 'mouse', button: 0, shift: false, alt: false, mod: false, ...extra };
}

function drag(ed: Editor, from: [number, number], to: [number, number], extra: Partial<CanvasPointer> = {}): void {
	nextPointer++;
	ed.interaction.down(pointer(from[0], from[1], extra));
	for (let i = 1; i <= 4; i++) {
		ed.interaction.move(pointer(from[0] + ((to[0] - from[0]) * i) / 4, from[1] + ((to[1] - from[1]) * i) / 4, extra));
	}
	ed.interaction.up(pointer(to[0], to[1], extra));
}

function key(ed: Editor, k: string, mods: { shift?: boolean; alt?: boolean; mod?: boolean; focused?: string | null } = {}): boolean {
	return handleKey(ed, { key: k, shift: !!mods.shift, alt: !!mods.alt, mod: !!mods.mod, focusedShape: mods.focused ?? null });
}

afterEach(() => {
	for (const e of editors.splice(0)) e.destroy();
	// Awareness keeps a renewal timer; the page's provider owns it, here the test does.
	for (const a of awarenesses.splice(0)) a.destroy();
});

describe('creating', () => {
	it('creates a sticky by click with the tool, then returns to select and edits it', () => {
		const ed = open();
		ed.tool = 'sticky';
		drag(ed, [300, 300], [300, 300]);
		const [note] = ed.live.sorted();
		expect(note).toMatchObject({ type: 'sticky', x: 200, y: 200, w: 200, h: 200, author: 'u1' });
		expect(ed.tool).toBe('select');
		expect(ed.editingId).toBe(note?.id);
	});

	it('sizes a rectangle by dragging, and draws a pen stroke', () => {
		const ed = open();
		ed.tool = 'rect';
		drag(ed, [100, 100], [300, 250]);
		expect(ed.live.sorted()[0]).toMatchObject({ type: 'rect', x: 100, y: 100, w: 200, h: 150 });
		ed.tool = 'pen';
		drag(ed, [500, 500], [600, 540]);
		const pen = ed.live.sorted().find((s) => s.type === 'pen');
		expect(pen).toMatchObject({ x: 500, y: 500, w: 100, h: 40 });
	});

	it('connects two shapes with the connector tool, binding both ends', () => {
		const ed = open();
		const a = ed.create('sticky', { x: 100, y: 100 }) as string;
		const b = ed.create('sticky', { x: 600, y: 100 }) as string;
		ed.tool = 'connector';
		drag(ed, [100, 100], [600, 120]);
		const connector = ed.live.sorted().find((s) => s.type === 'connector');
		expect(connector?.type === 'connector' && [connector.props.start.shapeId, connector.props.end.shapeId]).toEqual([a, b]);
	});
});

describe('selecting and moving', () => {
	it('selects by click, adds with shift, and selects by marquee', () => {
		const ed = open();
		const a = ed.create('sticky', { x: 100, y: 100 }) as string;
		const b = ed.create('sticky', { x: 500, y: 100 }) as string;
		ed.select([]);
		drag(ed, [100, 100], [100, 100]);
		expect([...ed.selection]).toEqual([a]);
		drag(ed, [500, 100], [500, 100], { shift: true });
		expect(new Set(ed.selection)).toEqual(new Set([a, b]));
		drag(ed, [500, 100], [500, 100], { shift: true });
		expect([...ed.selection]).toEqual([a]);
		drag(ed, [-50, -50], [700, 300]);
		expect(new Set(ed.selection)).toEqual(new Set([a, b]));
	});

	it('moves the selection in ONE document write, with a preview in between', () => {
		const ed = open();
		const a = ed.create('sticky', { x: 100, y: 100 }) as string;
		let writes = 0;
		ed.doc.on('update', () => writes++);
		nextPointer++;
		ed.interaction.down(pointer(100, 100));
		ed.interaction.move(pointer(150, 130, { alt: true }));
		ed.interaction.move(pointer(203, 170, { alt: true }));
		expect(ed.board.peek(a)).toMatchObject({ x: 103, y: 70 });
		expect(ed.live.get(a)).toMatchObject({ x: 0, y: 0 });
		expect(writes).toBe(0);
		ed.interaction.up(pointer(203, 170, { alt: true }));
		expect(writes).toBe(1);
		expect(ed.live.get(a)).toMatchObject({ x: 103, y: 70 });
	});

	it('snaps to a nearby shape and shows a guide while dragging', () => {
		const ed = open();
		ed.create('sticky', { x: 100, y: 100 });
		const b = ed.create('sticky', { x: 500, y: 400 }) as string;
		nextPointer++;
		ed.interaction.down(pointer(500, 400));
		ed.interaction.move(pointer(503, 300));
		expect(ed.guides.length).toBeGreaterThan(0);
		ed.interaction.up(pointer(503, 300));
		// Left edges 400 and 0 are too far apart; top edges 200-ish snap to 0 → the notes line up at y = 0.
		expect(ed.live.get(b)?.x).toBe(403);
	});

	it('puts a shape dropped into a frame inside it, and the frame carries it', () => {
		const ed = open();
		const frame = ed.create('frame', { x: 400, y: 400 }) as string;
		const note = ed.create('sticky', { x: 100, y: 100 }) as string;
		drag(ed, [100, 100], [400, 400], { alt: true });
		expect(ed.live.get(note)?.parentId).toBe(frame);
		ed.select([frame]);
		drag(ed, [400, 110 + 10], [500, 120], { alt: true });
		expect(ed.live.get(note)).toMatchObject({ x: 400, y: 300 });
	});

	it('resizes with a handle and rotates with the rotate handle', () => {
		const ed = open();
		const a = ed.create('rect', { x: 200, y: 200 }) as string;
		drag(ed, [300, 260], [400, 300], { handle: 'se' });
		expect(ed.live.get(a)).toMatchObject({ x: 100, y: 140, w: 300, h: 160 });
		drag(ed, [250, 100], [500, 220], { handle: 'rotate' });
		expect(ed.live.get(a)?.rotation).toBeCloseTo(Math.PI / 2, 1);
	});
});

describe('keyboard', () => {
	it('creates a note, moves it with arrows (shift bigger), resizes, connects and deletes', () => {
		const ed = open();
		expect(key(ed, 'n')).toBe(true);
		expect(ed.tool).toBe('sticky');
		key(ed, 'Enter');
		const id = [...ed.selection][0] as string;
		expect(ed.editingId).toBe(id);
		ed.stopEditing();
		const before = ed.live.get(id) as { x: number; y: number; w: number };
		key(ed, 'ArrowRight', { focused: id });
		key(ed, 'ArrowDown', { shift: true, focused: id });
		expect(ed.live.get(id)).toMatchObject({ x: before.x + 10, y: before.y + 50 });
		key(ed, 'ArrowRight', { alt: true, focused: id });
		expect(ed.live.get(id)?.w).toBe(before.w + 10);
		const other = ed.create('sticky', { x: 900, y: 900 }) as string;
		ed.select([id]);
		key(ed, 'c', { focused: id });
		expect(ed.connectFrom).toBe(id);
		key(ed, 'Enter', { focused: other });
		expect(ed.live.sorted().some((s) => s.type === 'connector')).toBe(true);
		ed.select([other]);
		key(ed, 'Delete');
		expect(ed.live.get(other)).toBeUndefined();
	});

	it('pans with arrows when nothing is selected and zooms with + and −', () => {
		const ed = open();
		key(ed, 'ArrowRight');
		expect(ed.camera.current.x).toBe(80);
		key(ed, '+');
		expect(ed.camera.current.zoom).toBe(1.5);
		key(ed, '-');
		key(ed, '-');
		expect(ed.camera.current.zoom).toBe(0.75);
	});
});

describe('collaboration rules', () => {
	it('undo reverts only my own edits', () => {
		const [mine, theirs] = linked();
		const a = mine.create('sticky', { x: 0, y: 0 }) as string;
		const b = theirs.create('sticky', { x: 500, y: 0 }) as string;
		mine.undoManager.stopCapturing();
		mine.undo();
		expect(mine.live.get(a)).toBeUndefined();
		expect(mine.live.get(b)).toBeDefined();
		expect(theirs.live.get(b)).toBeDefined();
		mine.redo();
		expect(theirs.live.get(a)).toBeDefined();
	});

	it('shows another person’s drag as a preview before their single write', () => {
		const [mine, theirs] = linked();
		const a = theirs.create('sticky', { x: 100, y: 100 }) as string;
		// Awareness is relayed by the server; here we hand their state over directly.
		theirs.presence.setDrag({ ids: [a], dx: 40, dy: 0 });
		theirs.presence.flush();
		const state = theirs.presence.awareness.getLocalState();
		mine.presence.awareness.states.set(theirs.presence.awareness.clientID, state as Record<string, unknown>);
		mine.presence.awareness.emit('change', [{ added: [theirs.presence.awareness.clientID], updated: [], removed: [] }, 'remote']);
		expect(mine.board.peek(a)?.x).toBe(40);
		expect(mine.live.get(a)?.x).toBe(0);
	});

	it('a viewer cannot change the board', () => {
		const doc = new Y.Doc();
		const editorView = open(doc, 'view');
		editorView.tool = 'sticky';
		drag(editorView, [100, 100], [100, 100]);
		expect(key(editorView, 'n')).toBe(false);
		expect(editorView.createInView('sticky')).toBeNull();
		editorView.pasteText('satu\ndua');
		expect(editorView.live.size).toBe(0);
	});

	it('pastes plain text as one note per line and shapes from another board', () => {
		const ed = open();
		ed.pasteText('- Antrian panjang\n- Formulir rumit\n\nPetugas ramah');
		expect(ed.live.sorted().map((s) => s.type === 'sticky' && s.props.text)).toEqual(['Antrian panjang', 'Formulir rumit', 'Petugas ramah']);
		const data = new Map<string, string>();
		const transfer = { setData: (t: string, v: string) => data.set(t, v), getData: (t: string) => data.get(t) ?? '' } as unknown as DataTransfer;
		ed.selectAll();
		expect(ed.copyTo(transfer)).toBe(true);
		const other = open();
		other.pasteFrom(transfer);
		expect(other.live.size).toBe(3);
		expect(other.live.sorted().every((s) => !ed.live.get(s.id))).toBe(true);
	});
});

describe('pasting pictures between boards', () => {
	const asset = 'cd'.repeat(12);
	const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
	function clipboard(): DataTransfer {
		const data = new Map<string, string>();
		return { setData: (t: string, v: string) => data.set(t, v), getData: (t: string) => data.get(t) ?? '' } as unknown as DataTransfer;
	}
	function copyPicture(from: Editor): DataTransfer {
		const id = from.create('image', { x: 0, y: 0 }, { props: { assetId: asset, alt: 'Peta', naturalW: 40, naturalH: 30 } });
		from.select([id!]);
		const transfer = clipboard();
		from.copyTo(transfer);
		return transfer;
	}

	it('links another board’s pictures to this board before placing them, and places them even if linking fails', async () => {
		const calls: [string, string[]][] = [];
		let settle!: (ok: boolean) => void;
		const adoptImages = (from: string, assets: string[]) => {
			calls.push([from, assets]);
			return new Promise((resolve, reject) => (settle = (ok) => (ok ? resolve(assets) : reject(new Error('offline')))));
		};
		const transfer = copyPicture(open(new Y.Doc(), 'edit', 'u1', { boardId: 'papanasal' }));
		const target = open(new Y.Doc(), 'edit', 'u1', { boardId: 'papantujuan', adoptImages });
		target.pasteFrom(transfer);
		expect(calls).toEqual([['papanasal', [asset]]]);
		expect(target.live.size).toBe(0);
		settle(true);
		await tick();
		expect(target.live.sorted().map((s) => s.type === 'image' && s.props.assetId)).toEqual([asset]);

		target.pasteFrom(transfer);
		settle(false);
		await tick();
		expect(target.live.size).toBe(2);
	});

	it('places pictures at once when they come from the same board or name no board', () => {
		const calls: string[] = [];
		const adoptImages = async (from: string) => void calls.push(from);
		const board = open(new Y.Doc(), 'edit', 'u1', { boardId: 'papansama', adoptImages });
		const transfer = copyPicture(board);
		board.pasteFrom(transfer);
		expect(board.live.size).toBe(2);
		const older = open(new Y.Doc(), 'edit', 'u1', { boardId: 'papanlain', adoptImages });
		copyPicture(older);
		const unnamed = copyPicture(open());
		older.pasteFrom(unnamed);
		expect(older.live.size).toBe(2);
		expect(calls).toEqual([]);
	});
});

describe('private mode and locks', () => {
	it('sends new sticky notes (made, double-clicked or pasted) to the private sink, never to the document', () => {
		const ed = open();
		const held: { at: { x: number; y: number }; color: string; lines?: string[] }[] = [];
		ed.privateSink = {
			add: (at, color) => held.push({ at, color }),
			addLines: (lines, at, color) => held.push({ at, color, lines })
		};
		ed.stickyColor = 'pink';
		expect(ed.createInView('sticky')).toBeNull();
		expect(ed.createWithTool({ x: 40, y: 50 })).toBeNull();
		ed.pasteText('Antrean daring\n\n  Loket keliling  ');
		expect(ed.live.size).toBe(0);
		expect(held.map((h) => [h.color, h.lines ?? null])).toEqual([
			['pink', null],
			['pink', null],
			['pink', ['Antrean daring', 'Loket keliling']]
		]);
		// Other shapes are not notes: they still go to the board.
		expect(ed.createInView('rect')).not.toBeNull();
		ed.privateSink = null;
		expect(ed.createInView('sticky')).not.toBeNull();
		expect(ed.live.size).toBe(2);
	});

	it('locks only for someone who may lock', () => {
		const ed = open();
		const id = ed.createInView('sticky') as string;
		ed.select([id]);
		ed.toggleLock();
		expect(ed.live.get(id)?.locked).toBe(false);
	});
});


describe('the image key', () => {
	it('I opens the image picker instead of selecting a tool that does nothing; not for viewers', () => {
		const ed = open();
		let picked = 0;
		ed.onpickimage = () => picked++;
		expect(key(ed, 'i')).toBe(true);
		expect(picked).toBe(1);
		expect(ed.tool).toBe('select');
		const viewer = open(new Y.Doc(), 'view');
		viewer.onpickimage = () => picked++;
		expect(key(viewer, 'i')).toBe(false);
		expect(picked).toBe(1);
	});
});

describe('resizing snaps', () => {
	it('a dragged edge snaps to a nearby shape and shows its guide; Alt (from the centre) does not snap', () => {
		const ed = open();
		const a = ed.create('rect', { x: 200, y: 200 }) as string; // 100..300 × 140..260
		ed.create('rect', { x: 600, y: 200 }); // left edge at 500
		ed.select([a]);
		nextPointer++;
		ed.interaction.down(pointer(300, 200, { handle: 'e' }));
		ed.interaction.move(pointer(400, 200, { handle: 'e' }));
		ed.interaction.move(pointer(496, 200, { handle: 'e' }));
		expect(ed.guides).toEqual([expect.objectContaining({ axis: 'x', at: 500 })]);
		ed.interaction.up(pointer(496, 200, { handle: 'e' }));
		expect(ed.live.get(a)).toMatchObject({ x: 100, w: 400 });
		expect(ed.guides).toEqual([]);

		drag(ed, [500, 200], [597, 200], { handle: 'e', alt: true });
		expect(ed.live.get(a)?.w).not.toBe(400);
	});
});
