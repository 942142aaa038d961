/**
 * One open board: its Y.Doc, its awareness and the peers connected to it. The room speaks the
 * y-websocket protocol to peers through a tiny interface and knows nothing of HTTP, sockets or
 * storage: persistence and the inter-instance relay are the hooks the registry hands in.
 *
 * - Peers that may not write (view, comment) have their sync step 2 and update messages dropped.
 * - Writers who are not facilitators pass the write guard first (`write-guard.ts`): an update that
 *   touches facilitation state, the stage or locked shapes is refused before it reaches the live
 *   document, and the sender is closed with 4403 (its document has diverged; a reload resyncs).
 * - Awareness is coalesced: client states are applied and broadcast at most once per
 *   `awarenessIntervalMs`, so cursor storms cost one frame per peer per tick. A peer controls the
 *   client ids it introduced; entries for anyone else's id are ignored (the stock client echoes
 *   every state it hears, and a lagging client would otherwise remove live peers), and the
 *   server stamps each state's `user.name` / `user.handle` from the session.
 */
import * as Y from 'yjs';
import { Awareness, encodeAwarenessUpdate, removeAwarenessStates, applyAwarenessUpdate } from 'y-protocols/awareness';
import {
	ProtocolError,
	decodeClientMessage,
	encodeAwarenessEntries,
	encodeAwarenessMessage,
	encodeSyncStep1,
	encodeSyncStep2,
	syncStep1Of,
	syncStep2Of,
	encodeUpdate,
	isEmptyUpdate,
	type AwarenessEntry
} from './protocol';
import type { RealtimeLimits } from './limits';
import { metrics } from './metrics';
import { WriteGuard } from './write-guard';
import { CLOSE_CODES } from '../../realtime/close-codes';

/** The room's view of one connection. */
export interface Peer {
	/** False for view and comment connections: their document writes are dropped. */
	readonly canWrite: boolean;
	/** True for facilitators of the board's workshop and admins: their writes skip the write guard. */
	readonly facilitator: boolean;
	/** The user's id (the author id written into shapes). */
	readonly userId: string;
	/** Identity stamped into the peer's awareness states. */
	readonly user: { name: string; handle: string };
	/** Sends a frame. */
	send(message: Uint8Array): void;
	close(code: number, reason: string): void;
}

/** What the room reports outward; the registry wires these to the update log and the relay. */
export interface RoomHooks {
	/** A writer's update was applied: persist it (and relay it once committed). */
	onLocalUpdate(update: Uint8Array): void;
	/** States of this instance's clients changed (coalesced): relay them. */
	onLocalAwareness?(update: Uint8Array): void;
}

/** A message the room refuses as a matter of policy (not of format); closes the sender with `code`. */
export class RoomLimitError extends Error {
	constructor(
		readonly code: number,
		reason: string
	) {
		super(reason);
		this.name = 'RoomLimitError';
	}
}

/** Origin of updates and awareness that came from another instance or from the database log. */
export const REMOTE = Symbol('remote');

type Owner = Peer | typeof REMOTE;

export class Room {
	readonly #doc: Y.Doc;
	/**
	 * The stored snapshot the document is made of, while it is not applied yet (see #materialize):
	 * applying a large board blocks this thread for a few hundred milliseconds, and syncing clients
	 * only need these bytes, a diff of them or their state vector. It is applied when something needs
	 * the document itself: a write, or a reader of `doc` (server edits, another instance's updates).
	 */
	#unapplied: Uint8Array | null = null;
	/** The waiting snapshot's state vector (our sync step 1), read from the bytes once. */
	#unappliedVector: Uint8Array | null = null;
	/** The waiting snapshot's deletions alone, as an update (see #write). */
	#unappliedDeletes: Uint8Array | null = null;
	readonly awareness: Awareness;
	/** Peer → the awareness client ids it controls. */
	readonly #peers = new Map<Peer, Set<number>>();
	readonly #owners = new Map<number, Owner>();
	readonly #pending = new Map<Peer, Map<number, AwarenessEntry>>();
	readonly #dirty = new Set<number>();
	readonly #localDirty = new Set<number>();
	#timer: ReturnType<typeof setTimeout> | null = null;
	/** Upper bound of the encoded document size; recomputed exactly when it nears the limit. */
	#approxBytes: number;
	/**
	 * The whole document encoded, for clients that have nothing yet (every fresh page load): encoded
	 * once and shared until the document changes, instead of once per joining client.
	 */
	#fullState: Uint8Array | null;
	#destroyed = false;
	readonly #guard: WriteGuard;

	constructor(
		readonly boardId: string,
		doc: Y.Doc,
		private readonly hooks: RoomHooks,
		private readonly limits: Pick<RealtimeLimits, 'maxDocumentBytes' | 'awarenessIntervalMs' | 'maxAwarenessStateBytes'>,
		/**
		 * The stored updates `doc` was built from, when nothing else changed it: their sizes bound its
		 * encoded size, and a single one is already its full state (a board read as one snapshot).
		 */
		loadedFrom: readonly Uint8Array[] | null = null,
		/**
		 * `doc` is still empty and `loadedFrom` (a single snapshot) is its content: the room applies it
		 * only when the document itself is first needed (a write, `doc`).
		 */
		deferred = false
	) {
		this.#doc = doc;
		this.#approxBytes = loadedFrom ? loadedFrom.reduce((n, u) => n + u.length, 0) : Y.encodeStateAsUpdate(doc).length;
		this.#fullState = loadedFrom?.length === 1 ? loadedFrom[0]! : null;
		if (deferred) {
			if (!this.#fullState) throw new Error('a deferred room needs exactly one stored snapshot');
			this.#unapplied = this.#fullState;
		}
		this.#guard = new WriteGuard(doc);
		this.awareness = new Awareness(doc);
		// The server has no presence of its own.
		this.awareness.setLocalState(null);
		this.awareness.on('update', this.#onAwareness);
		doc.on('update', this.#onDocUpdate);
	}

	/** The live document (applying the stored snapshot first if it is still waiting). */
	get doc(): Y.Doc {
		this.#materialize();
		return this.#doc;
	}

	/** True once the stored snapshot is part of the document (always, unless the room was deferred). */
	get applied(): boolean {
		return this.#unapplied === null;
	}

	/**
	 * Applies the waiting snapshot. Its content is what every peer already has or is being sent as
	 * the first sync, so it is neither broadcast nor persisted; a snapshot that does not apply is
	 * logged and the board opens without it (as a log row that does not apply would be skipped).
	 */
	#materialize(): void {
		const base = this.#unapplied;
		if (!base || this.#destroyed) return;
		this.#unapplied = null;
		this.#unappliedVector = this.#unappliedDeletes = null;
		this.#doc.off('update', this.#onDocUpdate);
		try {
			Y.applyUpdate(this.#doc, base, REMOTE);
		} catch (error) {
			this.#fullState = null;
			console.error(`realtime: the stored snapshot of board ${this.boardId} does not apply`, error);
		} finally {
			this.#doc.on('update', this.#onDocUpdate);
		}
	}

	/**
	 * The whole document as one update, for a client that has nothing yet (the editor's first paint
	 * over HTTP, see boards/document.ts). The same bytes object is returned until the document
	 * changes, so callers may cache what they derive from it; a waiting snapshot is not applied.
	 */
	encodedState(): Uint8Array {
		return (this.#fullState ??= Y.encodeStateAsUpdate(this.doc));
	}

	#unappliedStateVector(): Uint8Array {
		return (this.#unappliedVector ??= Y.encodeStateVectorFromUpdate(this.#unapplied!));
	}

	/** What a client holding the whole waiting snapshot lacks of it, and sends back: its deletions. */
	#unappliedDeletions(): Uint8Array {
		return (this.#unappliedDeletes ??= Y.diffUpdate(this.#unapplied!, this.#unappliedStateVector()));
	}

	/** Number of connected peers. */
	get size(): number {
		return this.#peers.size;
	}

	/** All connected peers. */
	get peers(): IterableIterator<Peer> {
		return this.#peers.keys();
	}

	/** Adds a peer and starts the sync: our state vector, then everyone's presence. */
	join(peer: Peer): void {
		this.#peers.set(peer, new Set());
		peer.send(this.#unapplied ? syncStep1Of(this.#unappliedStateVector()) : encodeSyncStep1(this.#doc));
		const states = [...this.awareness.getStates().keys()];
		if (states.length) peer.send(encodeAwarenessMessage(encodeAwarenessUpdate(this.awareness, states)));
	}

	/** Removes a peer; its presence disappears for everyone at the next awareness tick. */
	leave(peer: Peer): void {
		const ids = this.#peers.get(peer);
		if (!ids) return;
		this.#peers.delete(peer);
		this.#pending.delete(peer);
		if (ids.size) removeAwarenessStates(this.awareness, [...ids], peer);
	}

	/** Handles one frame from a peer; throws ProtocolError (malformed) or RoomLimitError (policy). */
	receive(peer: Peer, frame: Uint8Array): void {
		if (!this.#peers.has(peer)) return;
		const message = decodeClientMessage(frame);
		metrics.messagesIn.inc({ type: message.type });
		switch (message.type) {
			case 'sync-step-1':
				if (Y.decodeStateVector(message.stateVector).size === 0) {
					// Served from the stored bytes while the snapshot waits: what makes it worth waiting.
					peer.send(syncStep2Of(this.encodedState()));
				} else if (this.#unapplied) {
					// A client that has the board already (the editor fetches it over HTTP first) is
					// answered from the stored bytes too: diffing encoded updates costs a fraction of applying them.
					const upToDate = sameBytes(message.stateVector, this.#unappliedStateVector());
					peer.send(syncStep2Of(upToDate ? this.#unappliedDeletions() : Y.diffUpdate(this.#unapplied, message.stateVector)));
				} else peer.send(encodeSyncStep2(this.doc, message.stateVector));
				return;
			case 'sync-step-2':
			case 'update':
				this.#write(peer, message.update);
				return;
			case 'awareness':
				this.#queueAwareness(peer, message.entries);
				return;
			case 'query-awareness': {
				const states = [...this.awareness.getStates().keys()];
				peer.send(encodeAwarenessMessage(encodeAwarenessUpdate(this.awareness, states)));
				return;
			}
		}
	}

	/** Applies an update that is already durable (another instance's, or read back from the log). */
	applyRemoteUpdate(update: Uint8Array): void {
		this.#approxBytes += update.length;
		Y.applyUpdate(this.doc, update, REMOTE);
	}

	/**
	 * Runs a server-side edit (a version restored in place) on the live document: every peer gets it
	 * like any edit, and it is persisted (and relayed) like a writer's update.
	 */
	applyServerEdit(edit: (doc: Y.Doc, origin: object) => void): void {
		const origin = { kind: 'server-edit' };
		const updates: Uint8Array[] = [];
		const collect = (update: Uint8Array, from: unknown) => {
			if (from === origin) updates.push(update);
		};
		this.doc.on('update', collect);
		try {
			edit(this.doc, origin);
		} finally {
			this.doc.off('update', collect);
		}
		for (const update of updates) {
			this.#approxBytes += update.length;
			this.hooks.onLocalUpdate(update);
		}
	}

	/** Applies presence relayed from another instance. */
	applyRemoteAwareness(update: Uint8Array): void {
		applyAwarenessUpdate(this.awareness, update, REMOTE);
	}

	/** The presence of this instance's own clients (answering another instance that just opened the board). */
	localAwareness(): Uint8Array | null {
		const ids = [...this.#owners].filter(([id, owner]) => owner !== REMOTE && this.awareness.getStates().has(id)).map(([id]) => id);
		return ids.length ? encodeAwarenessUpdate(this.awareness, ids) : null;
	}

	/** Stops timers and listeners; the registry has already closed or moved every peer. */
	destroy(): void {
		this.#destroyed = true;
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
		this.#doc.off('update', this.#onDocUpdate);
		this.awareness.off('update', this.#onAwareness);
		this.awareness.destroy();
		this.#guard.destroy();
		this.#doc.destroy();
	}

	#write(peer: Peer, update: Uint8Array): void {
		if (!peer.canWrite) {
			metrics.droppedWrites.inc();
			return;
		}
		// A reconnecting client that has nothing new sends an empty sync step 2.
		if (isEmptyUpdate(update)) return;
		// A client holding exactly the waiting snapshot answers our sync step 1 with its deletions
		// (Yjs always sends the whole delete set): nothing new, no reason to apply the board.
		if (this.#unapplied && sameBytes(update, this.#unappliedDeletions())) return;
		// The write guard and Yjs need the whole document under the update.
		this.#materialize();
		if (this.#approxBytes + update.length > this.limits.maxDocumentBytes) {
			this.#approxBytes = Y.encodeStateAsUpdate(this.doc).length;
			if (this.#approxBytes + update.length > this.limits.maxDocumentBytes) {
				throw new RoomLimitError(4413, 'document too large');
			}
		}
		try {
			if (!peer.facilitator) {
				const refusal = this.#guard.check(update);
				if (refusal) {
					metrics.droppedWrites.inc();
					throw new RoomLimitError(CLOSE_CODES.forbidden, refusal);
				}
			}
			Y.applyUpdate(this.doc, update, peer);
		} catch (error) {
			if (error instanceof RoomLimitError) throw error;
			throw new ProtocolError('update does not apply');
		}
		this.#approxBytes += update.length;
		// The update as sent, not as applied: a part Yjs keeps pending (missing dependencies)
		// must reach the log too, or it is lost on restart. Duplicates in the log are harmless.
		this.hooks.onLocalUpdate(update);
	}

	readonly #onDocUpdate = (update: Uint8Array, origin: unknown): void => {
		this.#fullState = null;
		this.#guard.follow(update);
		const message = encodeUpdate(update);
		let sent = 0;
		for (const peer of this.#peers.keys()) {
			if (peer === origin) continue;
			peer.send(message);
			sent++;
		}
		metrics.messagesOut.inc(sent);
		metrics.bytesOut.inc(sent * message.length);
	};

	#queueAwareness(peer: Peer, entries: AwarenessEntry[]): void {
		let queue = this.#pending.get(peer);
		for (const entry of entries) {
			const owner = this.#owners.get(entry.clientId);
			if (owner !== undefined && owner !== peer) continue;
			if ((entry.size ?? 0) > this.limits.maxAwarenessStateBytes) continue;
			if (!queue) this.#pending.set(peer, (queue = new Map()));
			const queued = queue.get(entry.clientId);
			if (!queued || queued.clock <= entry.clock) queue.set(entry.clientId, entry);
		}
		if (queue?.size) this.#schedule();
	}

	#schedule(): void {
		if (this.#timer || this.#destroyed) return;
		this.#timer = setTimeout(this.#tick, this.limits.awarenessIntervalMs);
	}

	readonly #tick = (): void => {
		this.#timer = null;
		for (const [peer, queue] of this.#pending) {
			const entries: AwarenessEntry[] = [];
			for (const entry of queue.values()) {
				const owner = this.#owners.get(entry.clientId);
				if (owner !== undefined && owner !== peer) continue;
				entries.push(entry.state ? { ...entry, state: { ...entry.state, user: stampUser(entry.state.user, peer.user) } } : entry);
			}
			if (entries.length) applyAwarenessUpdate(this.awareness, encodeAwarenessEntries(entries), peer);
		}
		this.#pending.clear();
		if (this.#dirty.size) {
			const message = encodeAwarenessMessage(encodeAwarenessUpdate(this.awareness, [...this.#dirty]));
			for (const peer of this.#peers.keys()) peer.send(message);
			metrics.messagesOut.inc(this.#peers.size);
			metrics.bytesOut.inc(this.#peers.size * message.length);
			this.#dirty.clear();
		}
		if (this.#localDirty.size) {
			this.hooks.onLocalAwareness?.(encodeAwarenessUpdate(this.awareness, [...this.#localDirty]));
			this.#localDirty.clear();
		}
	};

	readonly #onAwareness = (
		{ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
		origin: unknown
	): void => {
		const fromPeer = origin !== REMOTE && this.#peers.has(origin as Peer) ? (origin as Peer) : null;
		for (const id of [...added, ...updated]) {
			this.#dirty.add(id);
			if (fromPeer) {
				this.#owners.set(id, fromPeer);
				this.#peers.get(fromPeer)!.add(id);
				this.#localDirty.add(id);
			} else if (origin === REMOTE) {
				this.#owners.set(id, REMOTE);
			} else if (this.#owners.get(id) !== REMOTE) {
				this.#localDirty.add(id);
			}
		}
		for (const id of removed) {
			this.#dirty.add(id);
			const owner = this.#owners.get(id);
			// A peer that left or a local state that timed out: other instances must hear it.
			if (owner !== undefined && owner !== REMOTE && origin !== REMOTE) this.#localDirty.add(id);
			if (owner !== undefined && owner !== REMOTE) this.#peers.get(owner)?.delete(id);
			this.#owners.delete(id);
		}
		this.#schedule();
	};
}

/** The client's own `user` fields (colour, …) with name and handle taken from the session. */
function stampUser(user: unknown, identity: { name: string; handle: string }): Record<string, unknown> {
	const base = user && typeof user === 'object' && !Array.isArray(user) ? (user as Record<string, unknown>) : {};
	return { ...base, name: identity.name, handle: identity.handle };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
	return a.length === b.length && Buffer.compare(a, b) === 0;
}
