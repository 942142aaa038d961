/**
 * The y-websocket wire protocol (y-protocols sync + awareness, lib0 encoding), decoded strictly:
 * every frame from a client must be exactly one well-formed message — unknown types, truncated
 * lengths, trailing bytes and Yjs updates that do not decode are a ProtocolError, and the socket
 * that sent them is closed (4400) before anything reaches a document.
 *
 *   message        = varUint type, payload
 *   sync (0)       = varUint subtype (0 step 1 | 1 step 2 | 2 update), varUint8Array body
 *   awareness (1)  = varUint8Array (varUint n, n × (varUint clientID, varUint clock, varString json))
 *   query aw. (3)  = nothing
 */
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';

export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;

export const SYNC_STEP_1 = 0;
export const SYNC_STEP_2 = 1;
export const SYNC_UPDATE = 2;

/** One decoded client message. */
export type ClientMessage =
	| { type: 'sync-step-1'; stateVector: Uint8Array }
	| { type: 'sync-step-2'; update: Uint8Array }
	| { type: 'update'; update: Uint8Array }
	| { type: 'awareness'; entries: AwarenessEntry[] }
	| { type: 'query-awareness' };

/** A frame that is not exactly one well-formed y-websocket message. */
export class ProtocolError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ProtocolError';
	}
}

/** A bounds-checked reader: lib0's own readers may read past a view into the rest of its buffer. */
class Reader {
	pos = 0;
	constructor(private readonly bytes: Uint8Array) {}

	get done(): boolean {
		return this.pos === this.bytes.length;
	}

	varUint(): number {
		let num = 0;
		let mult = 1;
		while (this.pos < this.bytes.length) {
			const byte = this.bytes[this.pos++]!;
			num += (byte & 0x7f) * mult;
			if (byte < 0x80) return num;
			mult *= 128;
			if (num > Number.MAX_SAFE_INTEGER) throw new ProtocolError('integer out of range');
		}
		throw new ProtocolError('truncated message');
	}

	bytesOf(length: number): Uint8Array {
		if (length > this.bytes.length - this.pos) throw new ProtocolError('truncated message');
		const view = this.bytes.subarray(this.pos, this.pos + length);
		this.pos += length;
		return view;
	}

	varBytes(): Uint8Array {
		return this.bytesOf(this.varUint());
	}

	varString(): string {
		try {
			return new TextDecoder('utf-8', { fatal: true }).decode(this.varBytes());
		} catch (error) {
			if (error instanceof ProtocolError) throw error;
			throw new ProtocolError('invalid utf-8');
		}
	}
}

/** Throws unless `update` is a Yjs (v1) update that decodes completely. */
export function assertValidUpdate(update: Uint8Array): void {
	try {
		Y.decodeUpdate(update);
	} catch {
		throw new ProtocolError('invalid Yjs update');
	}
}

/** Decodes one client frame strictly (see the module comment); throws ProtocolError. */
export function decodeClientMessage(frame: Uint8Array): ClientMessage {
	const reader = new Reader(frame);
	const type = reader.varUint();
	let message: ClientMessage;
	if (type === MESSAGE_SYNC) {
		const subtype = reader.varUint();
		const body = reader.varBytes();
		if (subtype === SYNC_STEP_1) {
			try {
				Y.decodeStateVector(body);
			} catch {
				throw new ProtocolError('invalid state vector');
			}
			message = { type: 'sync-step-1', stateVector: body };
		} else if (subtype === SYNC_STEP_2 || subtype === SYNC_UPDATE) {
			assertValidUpdate(body);
			message = { type: subtype === SYNC_STEP_2 ? 'sync-step-2' : 'update', update: body };
		} else {
			throw new ProtocolError(`unknown sync message ${subtype}`);
		}
	} else if (type === MESSAGE_AWARENESS) {
		message = { type: 'awareness', entries: decodeAwarenessUpdate(reader.varBytes()) };
	} else if (type === MESSAGE_QUERY_AWARENESS) {
		message = { type: 'query-awareness' };
	} else {
		throw new ProtocolError(`unknown message type ${type}`);
	}
	if (!reader.done) throw new ProtocolError('trailing bytes after message');
	return message;
}

/** One client's entry in an awareness update; `state` null means the client left. */
export interface AwarenessEntry {
	clientId: number;
	clock: number;
	state: Record<string, unknown> | null;
	/** Bytes of the state's JSON as received (for the size cap); 0 when built locally. */
	size?: number;
}

/** Decodes an awareness update strictly: states must be JSON objects or null. */
export function decodeAwarenessUpdate(update: Uint8Array): AwarenessEntry[] {
	const reader = new Reader(update);
	const count = reader.varUint();
	// Each entry takes at least three bytes; a larger count is a lie about the payload.
	if (count * 3 > update.length) throw new ProtocolError('truncated awareness update');
	const entries: AwarenessEntry[] = [];
	for (let i = 0; i < count; i++) {
		const clientId = reader.varUint();
		const clock = reader.varUint();
		let state: unknown;
		const start = reader.pos;
		try {
			state = JSON.parse(reader.varString());
		} catch (error) {
			if (error instanceof ProtocolError) throw error;
			throw new ProtocolError('awareness state is not JSON');
		}
		if (state !== null && (typeof state !== 'object' || Array.isArray(state))) {
			throw new ProtocolError('awareness state is not an object');
		}
		entries.push({ clientId, clock, state: state as Record<string, unknown> | null, size: reader.pos - start });
	}
	if (!reader.done) throw new ProtocolError('trailing bytes in awareness update');
	return entries;
}

/** Encodes awareness entries in the y-protocols format. */
export function encodeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, entries.length);
	for (const entry of entries) {
		encoding.writeVarUint(encoder, entry.clientId);
		encoding.writeVarUint(encoder, entry.clock);
		encoding.writeVarString(encoder, JSON.stringify(entry.state));
	}
	return encoding.toUint8Array(encoder);
}

function syncMessage(subtype: number, body: Uint8Array): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, MESSAGE_SYNC);
	encoding.writeVarUint(encoder, subtype);
	encoding.writeVarUint8Array(encoder, body);
	return encoding.toUint8Array(encoder);
}

/** Sync step 1: the server's state vector, asking the client for what the server lacks. */
export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
	return syncMessage(SYNC_STEP_1, Y.encodeStateVector(doc));
}

/** Sync step 1 from a state vector already encoded (a stored snapshot's, read without applying it). */
export function syncStep1Of(stateVector: Uint8Array): Uint8Array {
	return syncMessage(SYNC_STEP_1, stateVector);
}

/** Sync step 2: what the client lacks, given its state vector. */
export function encodeSyncStep2(doc: Y.Doc, stateVector?: Uint8Array): Uint8Array {
	return syncMessage(SYNC_STEP_2, Y.encodeStateAsUpdate(doc, stateVector));
}

/** Sync step 2 carrying a prepared update (the whole document, for a client that has nothing). */
export function syncStep2Of(update: Uint8Array): Uint8Array {
	return syncMessage(SYNC_STEP_2, update);
}

/** An incremental document update. */
export function encodeUpdate(update: Uint8Array): Uint8Array {
	return syncMessage(SYNC_UPDATE, update);
}

/** An awareness message carrying an encoded awareness update. */
export function encodeAwarenessMessage(update: Uint8Array): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
	encoding.writeVarUint8Array(encoder, update);
	return encoding.toUint8Array(encoder);
}

/** True when an update carries nothing (no structs, empty delete set): a client's no-op sync step 2. */
export function isEmptyUpdate(update: Uint8Array): boolean {
	return update.length <= 2 && update.every((b) => b === 0);
}
