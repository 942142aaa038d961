import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import {
	ProtocolError,
	decodeAwarenessUpdate,
	decodeClientMessage,
	encodeAwarenessEntries,
	encodeSyncStep1,
	encodeSyncStep2,
	encodeUpdate,
	isEmptyUpdate
} from './protocol';
import { SeqTracker } from './sequence';
import { DEFAULT_LIMITS, limitsFromEnv } from './limits';

function docWithContent(): Y.Doc {
	const doc = new Y.Doc();
	doc.getMap('shapes').set('a', { type: 'sticky', x: 1, y: 2 });
	doc.getText('t').insert(0, 'halo');
	return doc;
}

function clientSyncStep1(doc: Y.Doc): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, 0);
	syncProtocol.writeSyncStep1(encoder, doc);
	return encoding.toUint8Array(encoder);
}

/** Deterministic PRNG (mulberry32) so a failing fuzz case can be replayed. */
function random(seed: number): () => number {
	let a = seed;
	return () => {
		a |= 0;
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

describe('protocol', () => {
	it('decodes what the stock client and y-protocols encode', () => {
		const doc = docWithContent();
		expect(decodeClientMessage(clientSyncStep1(doc))).toEqual({ type: 'sync-step-1', stateVector: Y.encodeStateVector(doc) });
		const step2 = decodeClientMessage(encodeSyncStep2(doc));
		expect(step2.type).toBe('sync-step-2');
		const update = decodeClientMessage(encodeUpdate(Y.encodeStateAsUpdate(doc)));
		expect(update.type).toBe('update');
		const copy = new Y.Doc();
		Y.applyUpdate(copy, (update as { update: Uint8Array }).update);
		expect(copy.getText('t').toString()).toBe('halo');
		expect(decodeClientMessage(Uint8Array.from([3]))).toEqual({ type: 'query-awareness' });
	});

	it('round-trips awareness entries and rejects states that are not objects', () => {
		const awareness = new Awareness(new Y.Doc());
		awareness.setLocalState({ user: { name: 'Putri' }, cursor: { x: 1 } });
		const entries = decodeAwarenessUpdate(encodeAwarenessUpdate(awareness, [awareness.clientID]));
		expect(entries).toMatchObject([{ clientId: awareness.clientID, clock: awareness.meta.get(awareness.clientID)!.clock, state: { user: { name: 'Putri' }, cursor: { x: 1 } } }]);
		expect(decodeAwarenessUpdate(encodeAwarenessEntries(entries))).toEqual(entries);
		expect(() => decodeAwarenessUpdate(encodeAwarenessEntries([{ clientId: 1, clock: 1, state: [1] as never }]))).toThrow(ProtocolError);
		awareness.destroy();
	});

	it('answers sync step 1 with exactly what the other side lacks', () => {
		const server = docWithContent();
		const client = new Y.Doc();
		const reply = encodeSyncStep2(server, Y.encodeStateVector(client));
		const decoded = decodeClientMessage(reply);
		Y.applyUpdate(client, (decoded as { update: Uint8Array }).update);
		expect(client.getText('t').toString()).toBe('halo');
		expect(isEmptyUpdate(Y.encodeStateAsUpdate(server, Y.encodeStateVector(client)))).toBe(true);
		expect(decodeClientMessage(encodeSyncStep1(server)).type).toBe('sync-step-1');
	});

	it('never lets a mutated or truncated frame through as anything but a ProtocolError (seeded fuzz)', () => {
		const doc = docWithContent();
		const seeds = [encodeUpdate(Y.encodeStateAsUpdate(doc)), clientSyncStep1(doc), encodeSyncStep2(doc)];
		const next = random(20260611);
		let rejected = 0;
		for (let i = 0; i < 3000; i++) {
			const frame = Uint8Array.from(seeds[i % seeds.length]!);
			const mode = i % 3;
			let mutated: Uint8Array;
			if (mode === 0) mutated = frame.slice(0, Math.floor(next() * frame.length));
			else {
				mutated = frame;
				for (let k = 0; k < 1 + Math.floor(next() * 3); k++) mutated[Math.floor(next() * mutated.length)] = Math.floor(next() * 256);
			}
			try {
				const message = decodeClientMessage(mutated);
				// What passes must be safe to apply to a document.
				if (message.type === 'update' || message.type === 'sync-step-2') Y.applyUpdate(new Y.Doc(), message.update);
			} catch (error) {
				expect(error).toBeInstanceOf(ProtocolError);
				rejected++;
			}
		}
		expect(rejected).toBeGreaterThan(1000);
	});
});

describe('sequence tracking', () => {
	it('advances over contiguous ranges and reports a gap until it is filled', () => {
		const seq = new SeqTracker(10);
		seq.add({ from: 11, to: 12 });
		expect([seq.watermark, seq.hasGap]).toEqual([12, false]);
		seq.add({ from: 15, to: 15 });
		expect([seq.watermark, seq.hasGap, seq.covers({ from: 15, to: 15 }), seq.covers({ from: 13, to: 13 })]).toEqual([12, true, true, false]);
		seq.add({ from: 13, to: 14 });
		expect([seq.watermark, seq.hasGap]).toEqual([15, false]);
		seq.add({ from: 20, to: 20 });
		seq.advanceTo(18);
		expect([seq.watermark, seq.hasGap]).toEqual([18, true]);
		seq.advanceTo(20);
		expect([seq.watermark, seq.hasGap, seq.covers({ from: 1, to: 20 })]).toEqual([20, false, true]);
	});
});

describe('limits', () => {
	it('reads the environment and refuses nonsense', () => {
		expect(limitsFromEnv({})).toEqual(DEFAULT_LIMITS);
		expect(limitsFromEnv({ REALTIME_MAX_MESSAGE_BYTES: '1024', REALTIME_UNLOAD_DELAY_MS: '0' })).toMatchObject({ maxMessageBytes: 1024, unloadDelayMs: 0 });
		expect(() => limitsFromEnv({ REALTIME_MAX_DOCUMENT_BYTES: '10MB' })).toThrow(/REALTIME_MAX_DOCUMENT_BYTES/);
		expect(() => limitsFromEnv({ REALTIME_RECHECK_MS: '0' })).toThrow(/REALTIME_RECHECK_MS/);
	});
});
