import { describe, expect, it } from 'vitest';
import { createUndoManager } from './undo';
import { createPeers, run, type Peer } from './test-peers';
import { readBoard, readShape } from './shapes';
import { readMeta, updateMeta } from './board-state';

function setup() {
	const peers = createPeers('A', 'B');
	run(peers, `
		A add sticky n1 0,0 "Ide"
		A add sticky n2 300,0 "Lain"
		sync
	`);
	const a = peers.get('A') as Peer;
	const b = peers.get('B') as Peer;
	// Created after the shared setup, so setup itself is not undoable; no merge window in tests.
	const undoA = createUndoManager(a.doc, a.origin, { captureTimeout: 0, includeMeta: true });
	const undoB = createUndoManager(b.doc, b.origin, { captureTimeout: 0 });
	return { peers, a, b, undoA, undoB };
}

describe('per-user undo', () => {
	it('reverts only my own changes, keeping concurrent remote ones', () => {
		const { peers, a, undoA } = setup();
		run(peers, `
			A move n1 100,0
			B move n2 0,100
			B set n1 color="pink"
			sync
		`);
		undoA.undo();
		run(peers, 'sync');
		for (const peer of peers.values()) {
			expect(readShape(peer.doc, 'n1')).toMatchObject({ x: 0, props: { color: 'pink' } });
			expect(readShape(peer.doc, 'n2')).toMatchObject({ y: 100 });
		}
		undoA.redo();
		expect(readShape(a.doc, 'n1')).toMatchObject({ x: 100, props: { color: 'pink' } });
	});

	it('does nothing when I have not edited', () => {
		const { peers, undoA } = setup();
		run(peers, `
			B del n1
			sync
		`);
		expect(undoA.canUndo()).toBe(false);
		undoA.undo();
		expect(readShape((peers.get('A') as Peer).doc, 'n1')).toBeNull();
	});

	it('brings back a deleted frame with its contents', () => {
		const { peers, a, undoA } = setup();
		run(peers, `
			A add frame f1 -50,-50
			A parent n1 f1
			A del f1
		`);
		expect(readBoard(a.doc).shapes.map((s) => s.id)).toEqual(['n2']);
		undoA.undo();
		expect(readBoard(a.doc).shapes.map((s) => s.id).sort()).toEqual(['f1', 'n1', 'n2']);
		expect(readShape(a.doc, 'n1')?.parentId).toBe('f1');
	});

	it('undoes my typing without touching someone else’s in the same note', () => {
		const { peers, undoB } = setup();
		run(peers, `
			A text n1 "Ide bagus"
			sync
			B text n1 "Ide bagus sekali"
			A text n1 "Satu ide bagus"
			sync
		`);
		undoB.undo();
		run(peers, 'sync');
		for (const peer of peers.values()) {
			const note = readShape(peer.doc, 'n1');
			expect(note?.type === 'sticky' && note.props.text).toBe('Satu ide bagus');
		}
	});

	it('tracks the board title only when asked to', () => {
		const { a, b, undoA, undoB } = setup();
		updateMeta(a.doc, { title: 'Papan A' }, a.origin);
		undoA.undo();
		expect(readMeta(a.doc).title).toBe('');
		updateMeta(b.doc, { title: 'Papan B' }, b.origin);
		expect(undoB.canUndo()).toBe(false);
	});
});
