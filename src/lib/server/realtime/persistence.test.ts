/**
 * The update log and snapshots on PGlite and on PostgreSQL: group commit latency and per-board
 * sequence numbers, compaction that deletes exactly the merged rows (also while appends race it),
 * versions, and a full round trip through the socket server and a restart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { asc, eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '../db/testing';
import type { DatabaseHandle } from '../db/client';
import { boardSnapshots, boardUpdates, boards } from '../db/schema';
import { DatabaseBoardStore } from './persistence';
import { connectClient, createTestBoard, createTestUser, startTestServer, within, type TestUser } from './testing';

/** A small Yjs update that adds `key` to the board's `shapes` map. */
function edit(key: string, value: unknown = key): Uint8Array {
	const doc = new Y.Doc();
	doc.getMap('shapes').set(key, value);
	return Y.encodeStateAsUpdate(doc);
}

function docOf(updates: Uint8Array[]): Y.Doc {
	const doc = new Y.Doc();
	for (const update of updates) Y.applyUpdate(doc, update);
	return doc;
}

describe.each(TEST_DATABASE_KINDS)('board persistence on %s', (kind) => {
	let handle: DatabaseHandle;
	let owner: TestUser;
	let store: DatabaseBoardStore;

	beforeAll(async () => {
		handle = await createTestDatabase(kind);
		owner = await createTestUser(handle.db, 'Pemilik');
		store = new DatabaseBoardStore(handle.db, { keepSnapshots: 2 });
	});
	afterAll(() => handle?.close());

	const rowsOf = async (boardId: string) =>
		handle.db.select({ seq: boardUpdates.seq }).from(boardUpdates).where(eq(boardUpdates.boardId, boardId)).orderBy(asc(boardUpdates.seq));

	it('commits concurrent appends in groups, with contiguous per-board sequence numbers', async () => {
		const ids = [await createTestBoard(handle.db, owner), await createTestBoard(handle.db, owner), await createTestBoard(handle.db, owner)];
		const latencies: number[] = [];
		const appends: Promise<void>[] = [];
		const commits = store.commits;
		// 600 updates arriving over ~300 ms, as a busy board's clients would send them.
		for (let i = 0; i < 600; i++) {
			const boardId = ids[i % 3]!;
			const started = performance.now();
			appends.push(
				store.append(boardId, edit(`k${i}`)).then((range) => {
					latencies.push(performance.now() - started);
					expect(range).not.toBeNull();
				})
			);
			if (i % 20 === 19) await new Promise((r) => setTimeout(r, 10));
		}
		await Promise.all(appends);
		for (const id of ids) {
			expect((await rowsOf(id)).map((r) => r.seq)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
			const [row] = await handle.db.select({ lastSeq: boards.lastSeq }).from(boards).where(eq(boards.id, id));
			expect(row!.lastSeq).toBe(200);
		}
		// Grouped: far fewer commits than appends. The 250 ms p99 target itself is measured by
		// `npm run bench:realtime` and held by the SIGKILL test; wall-clock bounds here would only
		// measure how busy the shared test machine is.
		expect(store.commits - commits).toBeLessThan(600 / 4);
		expect(latencies).toHaveLength(600);
	});

	it('stores bytes exactly and loads the snapshot plus the newer log rows', async () => {
		const id = await createTestBoard(handle.db, owner);
		const bytes = edit('binary', [0, 255, 92, 120]);
		await store.append(id, bytes);
		const [row] = await handle.db.select().from(boardUpdates).where(eq(boardUpdates.boardId, id));
		expect(row!.update).toBeInstanceOf(Uint8Array);
		expect(Array.from(row!.update)).toEqual(Array.from(bytes));
		await store.compact(id);
		await store.append(id, edit('after'));
		const loaded = await store.load(id);
		expect(loaded).toMatchObject({ lastSeq: 2, logRows: 1 });
		expect(docOf(loaded.updates).getMap('shapes').toJSON()).toEqual({ binary: [0, 255, 92, 120], after: 'after' });
		const newer = await store.load(id, 1);
		expect(newer.updates).toHaveLength(1);
		expect(docOf(newer.updates).getMap('shapes').toJSON()).toEqual({ after: 'after' });
	});

	it('compacts in one transaction, deleting exactly the merged rows while appends race it', async () => {
		const id = await createTestBoard(handle.db, owner);
		for (let i = 0; i < 50; i++) await store.append(id, edit(`before${i}`));
		const racing = Array.from({ length: 50 }, (_, i) => store.append(id, edit(`during${i}`)));
		const result = await store.compact(id);
		await Promise.all(racing);
		expect(result!.merged).toBeGreaterThanOrEqual(50);
		const remaining = (await rowsOf(id)).map((r) => r.seq);
		// Exactly the rows after the snapshot are left, and together they hold every update.
		expect(remaining).toEqual(Array.from({ length: 100 - result!.uptoSeq }, (_, i) => result!.uptoSeq + i + 1));
		const doc = docOf((await store.load(id)).updates);
		expect(doc.getMap('shapes').size).toBe(100);
	});

	it('keeps labelled snapshots as versions and prunes unlabelled ones to the newest few', async () => {
		const id = await createTestBoard(handle.db, owner);
		await store.append(id, edit('v1'));
		await store.compact(id, { label: 'Sebelum ideasi', createdBy: owner.id });
		for (let round = 0; round < 4; round++) {
			await store.append(id, edit(`r${round}`));
			await store.compact(id);
		}
		const snapshots = await handle.db.select().from(boardSnapshots).where(eq(boardSnapshots.boardId, id)).orderBy(asc(boardSnapshots.uptoSeq));
		expect(snapshots.map((s) => [s.label, s.uptoSeq])).toEqual([
			['Sebelum ideasi', 1],
			[null, 4],
			[null, 5]
		]);
		expect(docOf([snapshots[0]!.state]).getMap('shapes').toJSON()).toEqual({ v1: 'v1' });
		expect(docOf((await store.load(id)).updates).getMap('shapes').size).toBe(5);
	});

	it('drops appends for a board that was deleted', async () => {
		const id = await createTestBoard(handle.db, owner);
		await handle.db.delete(boards).where(eq(boards.id, id));
		expect(await store.append(id, edit('ghost'))).toBeNull();
		expect(await store.compact(id)).toBeNull();
	});

	it('keeps what clients wrote through the socket server across a server restart', async () => {
		const id = await createTestBoard(handle.db, owner);
		const first = await startTestServer(handle.db);
		const a = connectClient(first.url, id, { token: owner.token });
		const b = connectClient(first.url, id, { token: owner.token });
		await within(Promise.all([a.synced, b.synced]), 5_000, 'sync');
		a.doc.getMap('shapes').set('sticky', 'dari a');
		b.doc.getText('notes').insert(0, 'dari b');
		a.doc.getArray('order').push(['x', 'y']);
		await new Promise((r) => setTimeout(r, 100));
		a.destroy();
		b.destroy();
		await first.close();
		const second = await startTestServer(handle.db);
		const c = connectClient(second.url, id, { token: owner.token });
		await within(c.synced, 5_000, 'sync');
		expect(c.doc.getMap('shapes').get('sticky')).toBe('dari a');
		expect(c.doc.getText('notes').toString()).toBe('dari b');
		expect(c.doc.getArray('order').toArray()).toEqual(['x', 'y']);
		c.destroy();
		await second.close();
	});
});
