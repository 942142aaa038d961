import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { DEFAULT_LIMITS } from './limits';
import { encodeSyncStep1, encodeUpdate, syncStep2Of } from './protocol';
import { Room, RoomLimitError, type Peer } from './room';

type TestPeer = Peer & { sent: Uint8Array[]; written: (() => void)[] };

/** A peer whose frames are kept; the network "writes" them when the test calls `written`. */
function peer(facilitator = false): TestPeer {
	const sent: Uint8Array[] = [];
	const written: (() => void)[] = [];
	return {
		canWrite: true,
		facilitator,
		userId: 'u1',
		user: { name: 'Ayu', handle: 'ayu' },
		send: (m, onWritten) => {
			sent.push(m);
			if (onWritten) written.push(onWritten);
		},
		close: () => {},
		sent,
		written
	};
}

/** A board's stored snapshot: a free note and a locked one. */
function snapshot(): Uint8Array {
	const doc = new Y.Doc();
	const shapes = doc.getMap<Y.Map<unknown>>('shapes');
	for (const [id, locked] of [['free', false], ['locked', true]] as const) {
		const shape = new Y.Map<unknown>();
		shapes.set(id, shape);
		shape.set('x', 10);
		shape.set('locked', locked);
	}
	return Y.encodeStateAsUpdate(doc);
}

/** A client holding the snapshot, and the update `edit` makes on it. */
function clientEdit(base: Uint8Array, edit: (shapes: Y.Map<Y.Map<unknown>>) => void): Uint8Array {
	const doc = new Y.Doc();
	Y.applyUpdate(doc, base);
	let update: Uint8Array = new Uint8Array();
	doc.on('update', (u: Uint8Array) => (update = u));
	edit(doc.getMap<Y.Map<unknown>>('shapes'));
	return update;
}

function openDeferred(): { base: Uint8Array; room: Room; persisted: Uint8Array[] } {
	const base = snapshot();
	const persisted: Uint8Array[] = [];
	const room = new Room('board-1', new Y.Doc(), { onLocalUpdate: (u) => persisted.push(u) }, DEFAULT_LIMITS, [base], true);
	return { base, room, persisted };
}

describe('a room opened from a snapshot it has not applied yet', () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	it('answers a client that has nothing with the stored bytes at once, and applies them once they are sent', () => {
		vi.useFakeTimers();
		const { base, room } = openDeferred();
		const p = peer();
		room.join(p);
		// Our own sync step 1 needs the applied document: it waits.
		expect(p.sent).toEqual([]);
		room.receive(p, encodeSyncStep1(new Y.Doc()));
		expect(p.sent).toEqual([syncStep2Of(base)]);
		vi.advanceTimersByTime(10);
		expect(room.applied).toBe(false);
		for (const done of p.written) done();
		vi.advanceTimersByTime(0);
		expect(room.applied).toBe(true);
		expect(p.sent).toHaveLength(2);
		expect(p.sent[1]).toEqual(encodeSyncStep1(room.doc));
		expect(room.doc.getMap<Y.Map<unknown>>('shapes').get('free')?.get('x')).toBe(10);
		room.destroy();
	});

	it('applies the snapshot after a while when no client asks for it', () => {
		vi.useFakeTimers();
		const { room } = openDeferred();
		room.join(peer());
		vi.advanceTimersByTime(500);
		expect(room.applied).toBe(false);
		vi.advanceTimersByTime(600);
		expect(room.applied).toBe(true);
		room.destroy();
	});

	it('applies the snapshot before a write, and only the write reaches the other peers and the log', () => {
		const { base, room, persisted } = openDeferred();
		const writer = peer();
		const other = peer();
		room.join(writer);
		room.join(other);
		const edit = clientEdit(base, (shapes) => shapes.get('free')!.set('x', 99));
		room.receive(writer, encodeUpdate(edit));
		expect(room.applied).toBe(true);
		const shapes = room.doc.getMap<Y.Map<unknown>>('shapes');
		expect(shapes.get('free')?.get('x')).toBe(99);
		expect(shapes.get('locked')?.get('x')).toBe(10);
		expect(persisted).toEqual([edit]);
		// The other peer got our sync step 1 (now that the document is there) and the edit, never the snapshot again.
		expect(other.sent).toHaveLength(2);
		expect([...other.sent[0]!.slice(0, 2)]).toEqual([0, 0]);
		expect(other.sent[1]).toEqual(encodeUpdate(edit));
		room.destroy();
	});

	it('checks a participant’s write against the applied snapshot: a free note moves, a locked one does not', () => {
		const { base, room, persisted } = openDeferred();
		const participant = peer(false);
		room.join(participant);
		// Checked against an empty document, this edit would look incomplete and be refused.
		const allowed = clientEdit(base, (shapes) => shapes.get('free')!.set('x', 20));
		room.receive(participant, encodeUpdate(allowed));
		expect(persisted).toEqual([allowed]);
		const forged = clientEdit(base, (shapes) => shapes.get('locked')!.set('x', 500));
		expect(() => room.receive(participant, encodeUpdate(forged))).toThrow(RoomLimitError);
		const shapes = room.doc.getMap<Y.Map<unknown>>('shapes');
		expect(shapes.get('free')?.get('x')).toBe(20);
		expect(shapes.get('locked')?.get('x')).toBe(10);
		expect(persisted).toEqual([allowed]);
		room.destroy();
	});

	it('answers a client that already has state from the stored bytes too, and applies them for anyone reading the document', () => {
		const { base, room } = openDeferred();
		const p = peer();
		room.join(p);
		const step2 = (): Uint8Array => {
			const decoder = decoding.createDecoder(p.sent.at(-1)!);
			expect([decoding.readVarUint(decoder), decoding.readVarUint(decoder)]).toEqual([0, 1]);
			return decoding.readVarUint8Array(decoder);
		};
		// A client with an offline note of its own and none of the board gets the whole board.
		const offline = new Y.Doc();
		offline.getMap('shapes').set('mine', new Y.Map());
		room.receive(p, encodeSyncStep1(offline));
		expect(room.applied).toBe(false);
		Y.applyUpdate(offline, step2());
		expect([...offline.getMap('shapes').keys()].sort()).toEqual(['free', 'locked', 'mine']);
		// A client that fetched the board already gets nothing of it again.
		const fetched = new Y.Doc();
		Y.applyUpdate(fetched, base);
		room.receive(p, encodeSyncStep1(fetched));
		expect(room.applied).toBe(false);
		const nothing = new Y.Doc();
		Y.applyUpdate(nothing, step2());
		expect(nothing.getMap('shapes').size).toBe(0);

		const second = openDeferred();
		expect(second.room.applied).toBe(false);
		expect(second.room.doc.getMap('shapes').size).toBe(2);
		expect(second.room.applied).toBe(true);
		room.destroy();
		second.room.destroy();
	});
});
