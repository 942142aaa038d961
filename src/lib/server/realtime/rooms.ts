/**
 * The registry of open boards. It loads a board from the store before anyone syncs it (with
 * Redis: after subscribing, so nothing published meanwhile is missed), wires each room's writes to
 * the update log and the relay, compacts busy boards, repairs missed relay messages from the log,
 * and unloads a board `unloadDelayMs` after its last client left — after a flush and a compaction.
 */
import * as Y from 'yjs';
import { Room } from './room';
import { SeqTracker } from './sequence';
import type { BoardStore, SeqRange } from './persistence';
import type { BoardRelay, RelayMessage } from './pubsub';
import type { RealtimeLimits } from './limits';
import { metrics } from './metrics';

export interface RoomRegistryOptions {
	store: BoardStore;
	relay?: BoardRelay | null;
	limits: RealtimeLimits;
	/**
	 * The restore gate: called once on a freshly loaded board document, before any client syncs it,
	 * to repair or drop invalid records. Changes it makes are written to the log like any edit.
	 */
	restore?: (doc: Y.Doc) => void;
	/**
	 * Version of `restore` (RESTORE_GATE_VERSION). A board read as a snapshot alone that the store
	 * wrote through this same version is not gated again: the gate would change nothing, and on a
	 * large board it is a good part of the time to open it.
	 */
	gateVersion?: number;
}

/** A claim on an open room; the board stays loaded until every handle is released. */
export interface RoomHandle {
	readonly room: Room;
	release(): void;
}

// A gap may only mean another instance's message is still on its way; wait this long before reading the log.
const GAP_GRACE_MS = 250;

interface OpenBoard {
	room: Room;
	seq: SeqTracker;
	handles: number;
	/** Log rows since the last compaction (as far as this instance knows). */
	logRows: number;
	unloadTimer: ReturnType<typeof setTimeout> | null;
	compacting: Promise<void> | null;
	repairTimer: ReturnType<typeof setTimeout> | null;
	repairing: Promise<void> | null;
}

interface LoadingBoard {
	promise: Promise<OpenBoard>;
	/** Relay messages that arrived while the board was loading; applied once it is. */
	buffered: RelayMessage[];
}

export class RoomRegistry {
	readonly #open = new Map<string, OpenBoard>();
	readonly #loading = new Map<string, LoadingBoard>();
	readonly #unloading = new Map<string, Promise<void>>();
	readonly #store: BoardStore;
	readonly #relay: BoardRelay | null;
	readonly #limits: RealtimeLimits;
	readonly #restore: ((doc: Y.Doc) => void) | undefined;
	readonly #gateVersion: number | undefined;
	#repairInterval: ReturnType<typeof setInterval> | null = null;
	#closed = false;

	constructor(options: RoomRegistryOptions) {
		this.#store = options.store;
		this.#relay = options.relay ?? null;
		this.#limits = options.limits;
		this.#restore = options.restore;
		this.#gateVersion = options.gateVersion;
		if (this.#relay) {
			this.#relay.onMessage(this.#onRelay);
			this.#relay.onReconnect(() => this.repairAll());
			this.#repairInterval = setInterval(() => void this.#checkLogPositions(), this.#limits.repairIntervalMs);
			this.#repairInterval.unref();
		}
	}

	/** Number of boards in memory. */
	get size(): number {
		return this.#open.size;
	}

	/** The open room of a board, if loaded. */
	get(boardId: string): Room | undefined {
		return this.#open.get(boardId)?.room;
	}

	/** Ids of the boards in memory. */
	boardIds(): string[] {
		return [...this.#open.keys()];
	}

	/** Opens (loading if needed) a board and pins it until the handle is released. */
	async acquire(boardId: string): Promise<RoomHandle> {
		if (this.#closed) throw new Error('realtime server is shutting down');
		for (;;) {
			const open = this.#open.get(boardId);
			if (open) return this.#handle(open);
			const unloading = this.#unloading.get(boardId);
			if (unloading) {
				await unloading;
				continue;
			}
			let loading = this.#loading.get(boardId);
			if (!loading) {
				const buffered: RelayMessage[] = [];
				loading = { buffered, promise: this.#load(boardId) };
				this.#loading.set(boardId, loading);
				loading.promise.then(
					(board) => {
						this.#loading.delete(boardId);
						this.#open.set(boardId, board);
						for (const message of buffered) this.#dispatch(board, message);
						// Unpinned until the caller's handle exists; a failed upgrade still unloads it.
						this.#scheduleUnload(boardId, board);
					},
					() => this.#loading.delete(boardId)
				);
			}
			await loading.promise;
		}
	}

	/** Resolves when every update persisted so far by this registry is committed. */
	flush(): Promise<void> {
		return this.#store.flush();
	}

	/** Compacts a board now, optionally as a labelled version; waits for pending appends first. */
	async compact(boardId: string, label?: string | null, createdBy?: number | null): Promise<void> {
		await this.#store.flush();
		const result = await this.#store.compact(boardId, { label, createdBy });
		const open = this.#open.get(boardId);
		if (open && result) open.logRows = Math.max(0, open.logRows - result.merged);
	}

	/** Reads every open board's log past its watermark (after a Redis reconnect). */
	repairAll(): void {
		for (const [boardId, board] of this.#open) this.#scheduleRepair(boardId, board, 0);
	}

	/** Flushes the log and unloads every board (shutdown); peers must be closed already. */
	async close(): Promise<void> {
		this.#closed = true;
		if (this.#repairInterval) clearInterval(this.#repairInterval);
		await Promise.allSettled([...this.#loading.values()].map((l) => l.promise));
		await this.#store.flush();
		await Promise.allSettled([...this.#unloading.values()]);
		for (const [boardId, board] of this.#open) {
			this.#clearTimers(board);
			board.room.destroy();
			await this.#relay?.unsubscribe(boardId).catch(() => {});
		}
		this.#open.clear();
	}

	#handle(board: OpenBoard): RoomHandle {
		board.handles++;
		if (board.unloadTimer) clearTimeout(board.unloadTimer);
		board.unloadTimer = null;
		let released = false;
		return {
			room: board.room,
			release: () => {
				if (released) return;
				released = true;
				board.handles--;
				if (board.handles === 0) this.#scheduleUnload(board.room.boardId, board);
			}
		};
	}

	async #load(boardId: string): Promise<OpenBoard> {
		await this.#relay?.subscribe(boardId);
		try {
			const loaded = await this.#store.load(boardId);
			const doc = new Y.Doc();
			let skipped = 0;
			const gated = loaded.logRows === 0 && loaded.snapshotGate !== null && loaded.snapshotGate === this.#gateVersion;
			// A board read as one snapshot that needs no gate is applied by the room when first needed,
			// so joining clients are answered with the stored bytes at once (see Room).
			const deferred = loaded.updates.length === 1 && (!this.#restore || gated);
			for (const update of deferred ? [] : loaded.updates) {
				try {
					Y.applyUpdate(doc, update);
				} catch (error) {
					skipped++;
					// Validated before it was stored; if a row still does not apply, keep the rest of the board.
					console.error(`realtime: skipping an update of board ${boardId} that does not apply`, error);
				}
			}
			const repaired: Uint8Array[] = [];
			if (this.#restore && !gated) {
				const capture = (update: Uint8Array) => repaired.push(update);
				doc.on('update', capture);
				try {
					this.#restore(doc);
				} finally {
					doc.off('update', capture);
				}
			}
			const board: OpenBoard = {
				room: null as unknown as Room,
				seq: new SeqTracker(loaded.lastSeq),
				handles: 0,
				logRows: loaded.logRows,
				unloadTimer: null,
				compacting: null,
				repairTimer: null,
				repairing: null
			};
			board.room = new Room(
				boardId,
				doc,
				{
					onLocalUpdate: (update) => this.#persist(boardId, board, update),
					onLocalAwareness: this.#relay ? (update) => this.#relay!.publishAwareness(boardId, update) : undefined
				},
				this.#limits,
				// Unless the gate repaired it (or an update did not apply), the document is what was read.
				repaired.length === 0 && skipped === 0 ? loaded.updates : null,
				deferred
			);
			for (const update of repaired) this.#persist(boardId, board, update);
			this.#relay?.publishQuery(boardId);
			return board;
		} catch (error) {
			await this.#relay?.unsubscribe(boardId).catch(() => {});
			throw error;
		}
	}

	#persist(boardId: string, board: OpenBoard, update: Uint8Array): void {
		board.logRows++;
		void this.#store.append(boardId, update).then((range) => {
			if (!range) return;
			board.seq.add(range);
			this.#relay?.publishUpdate(boardId, range, update);
			if (board.seq.hasGap) this.#scheduleRepair(boardId, board, GAP_GRACE_MS);
			if (board.logRows >= this.#limits.compactAfterUpdates) this.#compactSoon(boardId, board);
		});
	}

	#compactSoon(boardId: string, board: OpenBoard): void {
		if (board.compacting) return;
		board.compacting = this.#store
			.compact(boardId)
			.then((result) => {
				if (result) board.logRows = Math.max(0, board.logRows - result.merged);
			})
			.catch((error) => console.error(`realtime: compacting board ${boardId} failed`, error))
			.finally(() => {
				board.compacting = null;
			});
	}

	readonly #onRelay = (message: RelayMessage): void => {
		const loading = this.#loading.get(message.boardId);
		if (loading) {
			loading.buffered.push(message);
			return;
		}
		const board = this.#open.get(message.boardId);
		if (board) this.#dispatch(board, message);
	};

	#dispatch(board: OpenBoard, message: RelayMessage): void {
		const { room } = board;
		if (message.kind === 'update') {
			if (board.seq.covers(message.range)) return;
			this.#applyRemote(board, message.update, message.range);
			if (board.seq.hasGap) this.#scheduleRepair(room.boardId, board, GAP_GRACE_MS);
		} else if (message.kind === 'awareness') {
			room.applyRemoteAwareness(message.update);
		} else {
			const presence = room.localAwareness();
			if (presence) this.#relay?.publishAwareness(room.boardId, presence);
		}
	}

	#applyRemote(board: OpenBoard, update: Uint8Array, range: SeqRange): void {
		try {
			board.room.applyRemoteUpdate(update);
		} catch (error) {
			console.error(`realtime: a relayed update of board ${board.room.boardId} does not apply`, error);
		}
		board.seq.add(range);
		board.logRows += range.to - range.from + 1;
	}

	#scheduleRepair(boardId: string, board: OpenBoard, delayMs: number): void {
		if (board.repairTimer || board.repairing) return;
		board.repairTimer = setTimeout(() => {
			board.repairTimer = null;
			if (this.#open.get(boardId) !== board) return;
			board.repairing = this.#repair(boardId, board).finally(() => {
				board.repairing = null;
			});
		}, delayMs);
	}

	async #repair(boardId: string, board: OpenBoard): Promise<void> {
		try {
			const from = board.seq.watermark;
			const loaded = await this.#store.load(boardId, from);
			if (this.#open.get(boardId) !== board) return;
			for (const update of loaded.updates) board.room.applyRemoteUpdate(update);
			board.seq.advanceTo(loaded.lastSeq);
			metrics.repairs.inc();
		} catch (error) {
			console.error(`realtime: repairing board ${boardId} from the log failed`, error);
		}
	}

	async #checkLogPositions(): Promise<void> {
		if (!this.#open.size) return;
		try {
			const positions = await this.#store.lastSeqs([...this.#open.keys()]);
			for (const [boardId, lastSeq] of positions) {
				const board = this.#open.get(boardId);
				if (board && lastSeq > board.seq.watermark) this.#scheduleRepair(boardId, board, GAP_GRACE_MS);
			}
		} catch (error) {
			console.error('realtime: checking board log positions failed', error);
		}
	}

	#scheduleUnload(boardId: string, board: OpenBoard): void {
		if (board.handles > 0 || board.unloadTimer || this.#closed) return;
		board.unloadTimer = setTimeout(() => {
			board.unloadTimer = null;
			if (board.handles > 0 || this.#open.get(boardId) !== board) return;
			this.#open.delete(boardId);
			const unloading = this.#unload(boardId, board).finally(() => this.#unloading.delete(boardId));
			this.#unloading.set(boardId, unloading);
		}, this.#limits.unloadDelayMs);
	}

	async #unload(boardId: string, board: OpenBoard): Promise<void> {
		this.#clearTimers(board);
		try {
			await board.compacting;
			await this.#store.flush();
			await this.#store.compact(boardId);
		} catch (error) {
			console.error(`realtime: compacting board ${boardId} on unload failed`, error);
		}
		await this.#relay?.unsubscribe(boardId).catch(() => {});
		board.room.destroy();
	}

	#clearTimers(board: OpenBoard): void {
		if (board.unloadTimer) clearTimeout(board.unloadTimer);
		if (board.repairTimer) clearTimeout(board.repairTimer);
		board.unloadTimer = null;
		board.repairTimer = null;
	}
}
