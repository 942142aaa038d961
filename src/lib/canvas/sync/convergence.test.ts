import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createPeers, run, type Peer } from './test-peers';
import { readBoard, readShape } from './shapes';
import { prng } from '../test-utils';

/** Every peer holds the same document, and every live view shows exactly what the gate reads. */
function expectConverged(peers: Map<string, Peer>) {
	const list = [...peers.values()];
	const first = readBoard((list[0] as Peer).doc);
	for (const peer of list) {
		expect(Y.encodeStateVector(peer.doc)).toEqual(Y.encodeStateVector((list[0] as Peer).doc));
		const board = readBoard(peer.doc);
		expect(board.shapes).toEqual(first.shapes);
		expect(peer.live.sorted()).toEqual(board.shapes);
	}
	return first.shapes;
}

function shape(peers: Map<string, Peer>, id: string) {
	return readBoard((peers.get('A') as Peer).doc).shapes.find((s) => s.id === id);
}

describe('convergence', () => {
	it('merges concurrent edits of different fields of one shape', () => {
		const peers = createPeers('A', 'B');
		run(peers, `
			A add sticky n1 0,0 "Ide"
			sync
			A move n1 100,50
			B set n1 color="pink"
			sync
		`);
		expectConverged(peers);
		expect(shape(peers, 'n1')).toMatchObject({ x: 100, y: 50, props: { color: 'pink' } });
	});

	it('keeps both people’s typing in one note', () => {
		const peers = createPeers('A', 'B');
		run(peers, `
			A add sticky n1 0,0 "Antrian"
			sync
			A text n1 "Antrian panjang"
			B text n1 "Loket antrian"
			sync
		`);
		expectConverged(peers);
		const note = shape(peers, 'n1');
		// A appended " panjang"; B replaced the leading "A" with "Loket a": both edits survive.
		expect(note?.type === 'sticky' && note.props.text).toBe('Loket antrian panjang');
	});

	it('applies updates received out of order', () => {
		const peers = createPeers('A', 'B', 'C');
		run(peers, `
			A add sticky n1 0,0 "Satu"
			A move n1 10,10
			A set n1 color="blue"
			A text n1 "Satu dua"
			deliver A>B reverse
			deliver A>C
			sync
		`);
		expectConverged(peers);
		expect(shape(peers, 'n1')).toMatchObject({ x: 10, y: 10, props: { color: 'blue', text: 'Satu dua' } });
	});

	it('resolves frames nested into each other concurrently the same way everywhere', () => {
		const peers = createPeers('A', 'B', 'C');
		run(peers, `
			A add frame f1 0,0
			A add frame f2 1000,0
			A add sticky n1 20,60
			sync
			A parent f1 f2
			B parent f2 f1
			C parent n1 f2
			deliver B>C
			deliver A>C reverse
			sync
		`);
		const shapes = expectConverged(peers);
		const parents = Object.fromEntries(shapes.map((s) => [s.id, s.parentId]));
		// The cycle f1 → f2 → f1 is cut at f1, the smaller id.
		expect(parents).toEqual({ f1: null, f2: 'f1', n1: 'f2' });
	});

	it('puts a note dropped into a frame that was deleted meanwhile at the root', () => {
		const peers = createPeers('A', 'B');
		run(peers, `
			A add frame f1 0,0
			A add sticky n1 900,900
			sync
			A del f1
			B parent n1 f1
			sync
		`);
		const shapes = expectConverged(peers);
		expect(shapes.map((s) => [s.id, s.parentId])).toEqual([['n1', null]]);
		// The document still says f1: if the delete is undone, the note is in its frame again.
		expect(readShape((peers.get('A') as Peer).doc, 'n1')?.parentId).toBe('f1');
	});

	it('frees a connector end whose shape was deleted by someone else', () => {
		const peers = createPeers('A', 'B');
		run(peers, `
			A add sticky n1 0,0
			A add sticky n2 500,0
			sync
			B bind c1 n1 n2
			A del n2
			sync
		`);
		const shapes = expectConverged(peers);
		const c1 = shapes.find((s) => s.id === 'c1');
		expect(c1?.type === 'connector' && c1.props.end.shapeId).toBeNull();
		expect(c1?.type === 'connector' && c1.props.start.shapeId).toBe('n1');
	});

	it.each([3, 17, 2026])('converges under random edits and random delivery (seed %i)', (seed) => {
		const rand = prng(seed);
		const names = ['A', 'B', 'C'];
		const peers = createPeers(...names);
		const ids = ['n1', 'n2', 'n3', 'f1', 'f2', 'c1'];
		const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
		run(peers, `
			A add frame f1 0,0
			A add frame f2 1000,0
			A add sticky n1 10,60
			A add sticky n2 500,500
			A add ellipse n3 -300,0 "Ide"
			A bind c1 n1 n2
			sync
		`);
		for (let step = 0; step < 120; step++) {
			const peer = pick(names);
			const id = pick(ids);
			const ops = [
				`${peer} move ${id} ${Math.round(rand() * 200 - 100)},${Math.round(rand() * 200 - 100)}`,
				`${peer} set ${id} locked=${rand() < 0.5}`,
				`${peer} set ${id} x=${rand() < 0.1 ? '"NaN"' : Math.round(rand() * 1000)}`,
				`${peer} parent ${id} ${pick(['root', 'f1', 'f2', 'n1'])}`,
				`${peer} text ${id} "${pick(['', 'a', 'ab', 'Ide baru', '😀 ok'])}"`,
				`${peer} del ${id}`,
				`${peer} add ${pick(['sticky', 'frame', 'rect'])} ${id} 0,0`,
				`deliver ${peer}>${pick(names.filter((n) => n !== peer))}${rand() < 0.5 ? ' reverse' : ''}`
			];
			run(peers, pick(ops));
		}
		run(peers, 'sync');
		expectConverged(peers);
	});
});
