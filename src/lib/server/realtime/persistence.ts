/**
 * Durable boards on the app's database (PGlite or PostgreSQL):
 *
 * - Every update a writer sends is appended to `board_updates` with group commit: appends that
 *   arrive while a commit is running go into the next one — one statement, so one round trip and
 *   one transaction, for all boards — so each waits at most about two commits (issue 3: ≤ 250 ms p99).
 * - Sequence numbers count per board and are taken from `boards.last_seq` under that row's lock,
 *   so they are contiguous and commit in order; another instance can tell a lost message from a
 *   late one, and read exactly what it missed (`load(boardId, afterSeq)`).
 * - Compaction merges the newest snapshot and the log into a new snapshot and deletes exactly the
 *   merged rows, in one transaction holding the board row lock. Labelled snapshots are versions and
 *   are kept; unlabelled ones are pruned to the newest `keepSnapshots`.
 */
import * as Y from 'yjs';
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client';
import { base64Of, boardSnapshots, boardUpdates, fromBase64 } from '../db/schema';
import { metrics } from './metrics';

/** Contiguous per-board sequence numbers given to one committed batch of a board's updates. */
export interface SeqRange {
	from: number;
	to: number;
}

/** A board as read from the log: updates to apply in order, and the sequence number they reach. */
export interface LoadedBoard {
	updates: Uint8Array[];
	/** Highest sequence number merged into `updates` (the caller's new watermark). */
	lastSeq: number;
	/** Log rows read (not counting the snapshot): how far the board is from its next compaction. */
	logRows: number;
	/** Restore-gate version the snapshot read first was written through, or null. */
	snapshotGate: number | null;
}

/** The model's restore gate as the store applies it when it writes a snapshot (see RESTORE_GATE_VERSION). */
export interface RestoreGate {
	version: number;
	/** Repairs a board document in place. */
	restore(doc: Y.Doc): void;
}

export interface CompactOptions {
	/** Makes the snapshot a named version that pruning keeps. */
	label?: string | null;
	createdBy?: number | null;
}

/** What compaction did; null when the board does not exist. */
export interface CompactResult {
	merged: number;
	uptoSeq: number;
	snapshotBytes: number;
}

/** Storage of board documents, injected into the room registry. */
export interface BoardStore {
	/** The board's snapshot (if newer than `afterSeq`) and log rows after it. */
	load(boardId: string, afterSeq?: number): Promise<LoadedBoard>;
	/** Appends an update; resolves with its sequence range once committed, null if the board is gone. */
	append(boardId: string, update: Uint8Array): Promise<SeqRange | null>;
	/** Resolves when every append made before the call is committed. */
	flush(): Promise<void>;
	/** Merges the log into a snapshot (see the module comment). */
	compact(boardId: string, options?: CompactOptions): Promise<CompactResult | null>;
	/** `boards.last_seq` of each board (boards that no longer exist are absent). */
	lastSeqs(boardIds: string[]): Promise<Map<string, number>>;
}

export interface StoreOptions {
	/** Unlabelled snapshots kept per board (at least the newest one is always kept). */
	keepSnapshots: number;
	/**
	 * Minimum time between the starts of two commits. 0 commits as soon as the previous one is done
	 * (PostgreSQL: commits run on the server). PGlite runs in this thread and blocks it while it
	 * commits, so spacing its commits keeps the fan-out of edits smooth at the cost of persist latency.
	 */
	commitIntervalMs: number;
	/**
	 * Compaction passes the merged state through this gate before storing it and records its
	 * version, so loading that snapshot alone needs no second pass (null: snapshots are stored as merged).
	 */
	gate: RestoreGate | null;
}

interface PendingAppend {
	boardId: string;
	update: Uint8Array;
	receivedAt: number;
	resolve(range: SeqRange | null): void;
}

// Rows per statement: 3 parameters each, far below PostgreSQL's 65,535 parameter cap.
const MAX_BATCH_ROWS = 1000;
// Bytes per statement: a flood of large updates is committed in several statements.
const MAX_BATCH_BYTES = 16 * 1024 * 1024;
const RETRY_MIN_MS = 100;
const RETRY_MAX_MS = 5_000;

/** The update log and snapshots in the app's database (both drivers). */
export class DatabaseBoardStore implements BoardStore {
	#queue: PendingAppend[] = [];
	#running: Promise<void> | null = null;
	#scheduled = false;
	#lastCommitAt = -Infinity;
	#waiters: (() => void)[] = [];
	readonly #options: StoreOptions;
	/** Transactions committed so far (group commit makes this far smaller than the number of appends). */
	commits = 0;

	constructor(
		private readonly db: Database,
		options: Partial<StoreOptions> = {}
	) {
		this.#options = { keepSnapshots: 10, commitIntervalMs: 0, gate: null, ...options };
	}

	async load(boardId: string, afterSeq = 0): Promise<LoadedBoard> {
		const rows = await readLog(this.db, boardId, afterSeq);
		let lastSeq = afterSeq;
		let logRows = 0;
		let snapshotGate: number | null = null;
		const updates: Uint8Array[] = [];
		for (const row of rows) {
			updates.push(row.data);
			lastSeq = Math.max(lastSeq, Number(row.seq));
			if (Number(row.kind) === 1) logRows++;
			else if (row.gate !== null) snapshotGate = Number(row.gate);
		}
		return { updates, lastSeq, logRows, snapshotGate };
	}

	append(boardId: string, update: Uint8Array): Promise<SeqRange | null> {
		return new Promise((resolve) => {
			this.#queue.push({ boardId, update, receivedAt: performance.now(), resolve });
			this.#kick();
		});
	}

	flush(): Promise<void> {
		if (!this.#queue.length && !this.#running) return Promise.resolve();
		return new Promise((resolve) => this.#waiters.push(resolve));
	}

	#kick(): void {
		if (this.#running || this.#scheduled) return;
		this.#scheduled = true;
		// At least one macrotask of slack gathers what the same socket read delivered; with a commit
		// interval, commits start at most that often (see StoreOptions.commitIntervalMs).
		const wait = Math.max(0, this.#lastCommitAt + this.#options.commitIntervalMs - performance.now());
		const start = () => {
			this.#scheduled = false;
			this.#lastCommitAt = performance.now();
			this.#running = this.#commitNext().finally(() => {
				this.#running = null;
				if (this.#queue.length) this.#kick();
				else for (const resolve of this.#waiters.splice(0)) resolve();
			});
		};
		if (wait > 0) setTimeout(start, wait);
		else setImmediate(start);
	}

	/** Commits the next batch from the queue, retrying until the database takes it. */
	async #commitNext(): Promise<void> {
		let delay = RETRY_MIN_MS;
		let bytes = 0;
		let count = 0;
		while (
			count < this.#queue.length &&
			count < MAX_BATCH_ROWS &&
			(count === 0 || bytes + this.#queue[count]!.update.length <= MAX_BATCH_BYTES)
		) {
			bytes += this.#queue[count]!.update.length;
			count++;
		}
		const batch = this.#queue.slice(0, count);
		for (;;) {
			try {
				const ranges = await commitBatch(this.db, batch);
				this.commits++;
				this.#queue.splice(0, count);
				const now = performance.now();
				for (const [i, item] of batch.entries()) {
					metrics.persistLatency.observe((now - item.receivedAt) / 1000);
					item.resolve(ranges[i] ?? null);
				}
				metrics.persistedUpdates.inc(batch.length);
				return;
			} catch (error) {
				// The updates live on in memory and in clients; keep them queued until the database is back.
				console.error('realtime: committing board updates failed, retrying', error);
				await new Promise((r) => setTimeout(r, delay));
				delay = Math.min(delay * 2, RETRY_MAX_MS);
			}
		}
	}

	async compact(boardId: string, options: CompactOptions = {}): Promise<CompactResult | null> {
		const keep = Math.max(1, this.#options.keepSnapshots);
		const result = await this.db.transaction(async (tx) => {
			const [board] = await queryRows<{ last_seq: unknown }>(tx, sql`select last_seq from boards where id = ${boardId} for update`);
			if (!board) return null;
			if (!options.label) {
				// Unloading an unchanged board must not read its snapshot just to find nothing to merge.
				const [pending] = await queryRows(tx, sql`select 1 from board_updates where board_id = ${boardId} limit 1`);
				if (!pending) return { merged: 0, uptoSeq: Number(board.last_seq), snapshotBytes: 0 };
			}
			const rows = await readLog(tx, boardId, 0);
			const logRows = rows.filter((r) => Number(r.kind) === 1);
			if (!logRows.length && !options.label) return { merged: 0, uptoSeq: Number(board.last_seq), snapshotBytes: 0 };
			const doc = new Y.Doc();
			for (const row of rows) Y.applyUpdate(doc, row.data);
			const gate = this.#options.gate;
			gate?.restore(doc);
			const state = Y.encodeStateAsUpdate(doc);
			doc.destroy();
			const snapshotSeq = rows.find((r) => Number(r.kind) === 0);
			const fromSeq = snapshotSeq ? Number(snapshotSeq.seq) : 0;
			const uptoSeq = logRows.length ? Number(logRows[logRows.length - 1]!.seq) : fromSeq;
			await tx.insert(boardSnapshots).values({
				boardId,
				state,
				uptoSeq,
				label: options.label ?? null,
				createdBy: options.createdBy ?? null,
				gateVersion: gate?.version ?? null
			});
			const deleted = await queryRows(
				tx,
				sql`delete from board_updates where board_id = ${boardId} and seq > ${fromSeq} and seq <= ${uptoSeq} returning seq`
			);
			// Under the row lock nothing else can touch this range; anything else means a bug, so undo.
			if (deleted.length !== logRows.length) {
				throw new Error(`compaction of ${boardId}: merged ${logRows.length} rows but would delete ${deleted.length}`);
			}
			await tx.execute(sql`
				delete from board_snapshots where board_id = ${boardId} and label is null and id not in (
					select id from board_snapshots where board_id = ${boardId} and label is null
					order by upto_seq desc, id desc limit ${keep})`);
			return { merged: logRows.length, uptoSeq, snapshotBytes: state.length };
		});
		if (result && result.merged) metrics.compactions.inc();
		return result;
	}

	async lastSeqs(boardIds: string[]): Promise<Map<string, number>> {
		if (!boardIds.length) return new Map();
		const rows = await queryRows<{ id: string; last_seq: unknown }>(this.db, sql`select id, last_seq from boards where id in ${boardIds}`);
		return new Map(rows.map((r) => [r.id, Number(r.last_seq)]));
	}
}

type LogRow = { kind: unknown; seq: unknown; data: Uint8Array; gate: unknown };

/**
 * One statement, so one consistent view: the newest snapshot if it is past `afterSeq`, then the
 * log rows after both. A compaction committing in between cannot make rows vanish from the read.
 * The bytes travel as base64 text (see `base64Of`), so a large board opens without waiting for
 * PGlite's bytea decoder.
 */
async function readLog(db: Database, boardId: string, afterSeq: number): Promise<LogRow[]> {
	const rows = await queryRows<{ kind: unknown; seq: unknown; data: string; gate: unknown }>(
		db,
		sql`with base as (
			select upto_seq, state, gate_version from board_snapshots where board_id = ${boardId}
			order by upto_seq desc, id desc limit 1
		)
		select 0 as kind, upto_seq as seq, ${base64Of(sql`state`)} as data, gate_version as gate from base where upto_seq > ${afterSeq}
		union all
		select 1 as kind, seq, ${base64Of(boardUpdates.update)} as data, null as gate from ${boardUpdates}
		where board_id = ${boardId} and seq > ${afterSeq} and seq > coalesce((select upto_seq from base), 0)
		order by kind, seq`
	);
	return rows.map((row) => ({ kind: row.kind, seq: row.seq, data: fromBase64(row.data), gate: row.gate }));
}

/**
 * One statement per batch (one round trip, one implicit transaction): lock the batch's boards in id
 * order (so instances never deadlock on each other), take `count` sequence numbers from each
 * board's `last_seq`, and insert the rows. Boards that no longer exist take no rows.
 */
async function commitBatch(db: Database, batch: PendingAppend[]): Promise<(SeqRange | null)[]> {
	const ordinal = new Map<string, number>();
	const ordinals = batch.map((item) => {
		const n = (ordinal.get(item.boardId) ?? 0) + 1;
		ordinal.set(item.boardId, n);
		return n;
	});
	const values = sql.join(
		batch.map((item, i) => sql`(${item.boardId}::text, ${ordinals[i]!}::int, ${item.update}::bytea)`),
		sql`, `
	);
	const inserted = await queryRows<{ board_id: string; seq: unknown }>(
		db,
		sql`with v (board_id, n, data) as (values ${values}),
		counts as (select board_id, count(*)::int as k from v group by board_id),
		locked as (select b.id from boards b where b.id in (select board_id from counts) order by b.id for update),
		bumped as (
			update boards b set last_seq = b.last_seq + c.k from counts c
			where b.id = c.board_id and b.id in (select id from locked)
			returning b.id, b.last_seq - c.k as base
		)
		insert into board_updates (board_id, seq, update)
		select v.board_id, bumped.base + v.n, v.data from v join bumped on bumped.id = v.board_id
		returning board_id, seq`
	);
	const base = new Map<string, number>();
	for (const row of inserted) {
		const seq = Number(row.seq);
		base.set(row.board_id, Math.min(base.get(row.board_id) ?? Infinity, seq - 1));
	}
	return batch.map((item, i) => {
		const b = base.get(item.boardId);
		return b === undefined ? null : { from: b + ordinals[i]!, to: b + ordinals[i]! };
	});
}

/**
 * The commit interval for a database: REALTIME_COMMIT_INTERVAL_MS if set; otherwise 100 ms on
 * PGlite (at most ten blocking commits a second, each update still committed well within 250 ms)
 * and 0 on PostgreSQL, whose commits do not hold up this thread.
 */
export function commitIntervalFor(kind: 'pglite' | 'postgres', env: Record<string, string | undefined> = process.env): number {
	const raw = env.REALTIME_COMMIT_INTERVAL_MS;
	if (raw !== undefined && raw !== '') {
		const value = Number(raw);
		if (!Number.isSafeInteger(value) || value < 0 || value > 200) {
			throw new Error(`REALTIME_COMMIT_INTERVAL_MS must be an integer from 0 to 200, got "${raw}"`);
		}
		return value;
	}
	return kind === 'pglite' ? 100 : 0;
}
