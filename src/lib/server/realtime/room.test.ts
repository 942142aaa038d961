import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { DEFAULT_LIMITS } from './limits';
import { encodeSyncStep1, encodeUpdate, syncStep2Of } from './protocol';
import { Room, RoomLimitError, type Peer } from './room';

type TestPeer = Peer & { sent: Uint8Array[] };

/** A peer whose frames are kept. */
function peer(facilitator = false): TestPeer {
	const sent: Uint8Array[] = [];
	return {
		canWrite: true,
		facilitator,
		userId: 'u1',
		user: { name: 'Ayu', handle: 'ayu' },
		send: (m) => sent.push(m),
		close: () => {},
		sent
	};
}

/** A sync step 2 frame from a client, carrying `update`. */
function syncStep2Message(update: Uint8Array): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, 0);
	encoding.writeVarUint(encoder, 1);
	encoding.writeVarUint8Array(encoder, update);
	return encoding.toUint8Array(encoder);
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

	it('syncs a client that has nothing from the stored bytes alone, both ways, without applying them', () => {
		vi.useFakeTimers();
		const { base, room } = openDeferred();
		const p = peer();
		room.join(p);
		// Our sync step 1 carries the snapshot's state vector, read from the bytes.
		const whole = new Y.Doc();
		Y.applyUpdate(whole, base);
		expect(p.sent).toEqual([encodeSyncStep1(whole)]);
		room.receive(p, encodeSyncStep1(new Y.Doc()));
		expect(p.sent[1]).toEqual(syncStep2Of(base));
		// The client has nothing we lack: its answer is an empty step 2, and nothing is applied, ever.
		room.receive(p, syncStep2Message(new Uint8Array([0, 0])));
		vi.advanceTimersByTime(60_000);
		expect(room.applied).toBe(false);
		room.destroy();
	});

	it('is not applied for a client that holds the whole board, deletions included', () => {
		// A snapshot with deletions (an overwritten value): Yjs always sends the whole delete set.
		const doc = new Y.Doc();
		doc.getMap('shapes').set('free', 1);
		doc.getMap('shapes').set('free', 2);
		const base = Y.encodeStateAsUpdate(doc);
		const room = new Room('board-2', new Y.Doc(), { onLocalUpdate: () => {} }, DEFAULT_LIMITS, [base], true);
		const p = peer();
		room.join(p);
		const client = new Y.Doc();
		Y.applyUpdate(client, base);
		const serverVector = Y.encodeStateVectorFromUpdate(base);
		room.receive(p, syncStep2Message(Y.encodeStateAsUpdate(client, serverVector)));
		expect(room.applied).toBe(false);
		// One more deletion is news: the room applies the board and takes it.
		client.getMap('shapes').delete('free');
		room.receive(p, syncStep2Message(Y.encodeStateAsUpdate(client, serverVector)));
		expect(room.applied).toBe(true);
		expect(room.doc.getMap('shapes').has('free')).toBe(false);
		room.destroy();
	});

	it('applies the snapshot when a client answers our sync step 1 with edits made offline', () => {
		const { base, room, persisted } = openDeferred();
		const p = peer();
		room.join(p);
		const offline = clientEdit(base, (shapes) => shapes.get('free')!.set('x', 42));
		room.receive(p, syncStep2Message(offline));
		expect(room.applied).toBe(true);
		expect(room.doc.getMap<Y.Map<unknown>>('shapes').get('free')?.get('x')).toBe(42);
		expect(persisted).toEqual([offline]);
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
		// The other peer got our sync step 1 (on joining) and the edit, never the snapshot again.
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
