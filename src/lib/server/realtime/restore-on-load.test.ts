import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Database } from '../db/client';
import { createTestDatabase } from '../db/testing';
import { restoreBoardDoc } from '../../canvas/sync/restore-doc';
import { DatabaseBoardStore } from './persistence';
import { connectClient, createTestBoard, createTestUser, startTestServer, waitFor, type TestServer } from './testing';

// A board whose stored state was written by a buggy or hostile client must reach browsers only
// after the model's restore gate: unknown types dropped, broken geometry repaired.
describe('boards pass the restore gate when loaded from the database', () => {
	let db: Database;
	let close: () => Promise<void>;
	let server: TestServer;
	beforeAll(async () => {
		({ db, close } = await createTestDatabase('pglite'));
		server = await startTestServer(db, { restore: (doc) => void restoreBoardDoc(doc) });
	});
	afterAll(async () => {
		await server.close();
		await close();
	});

	it('drops unknown shape types and repairs NaN geometry before the first sync', async () => {
		const owner = await createTestUser(db, 'Owner');
		const boardId = await createTestBoard(db, owner);
		const hostile = new Y.Doc();
		const shapes = hostile.getMap<Y.Map<unknown>>('shapes');
		hostile.transact(() => {
			const good = new Y.Map<unknown>();
			for (const [k, v] of Object.entries({ id: 'good1', type: 'sticky', v: 0, x: 10, y: 20, order: 'a0' })) good.set(k, v);
			good.set('text', new Y.Text('halo'));
			shapes.set('good1', good);
			const broken = new Y.Map<unknown>();
			for (const [k, v] of Object.entries({ id: 'nan1', type: 'rect', v: 0, x: Number.NaN, y: 5, order: 'a1' })) broken.set(k, v);
			shapes.set('nan1', broken);
			const alien = new Y.Map<unknown>();
			for (const [k, v] of Object.entries({ id: 'alien', type: 'flamethrower', order: 'a2' })) alien.set(k, v);
			shapes.set('alien', alien);
		});
		const store = new DatabaseBoardStore(db, { keepSnapshots: 5 });
		await store.append(boardId, Y.encodeStateAsUpdate(hostile));
		await store.flush();

		const client = connectClient(server.url, boardId, { token: owner.token });
		await client.synced;
		const seen = client.doc.getMap<Y.Map<unknown>>('shapes');
		await waitFor(() => !seen.has('alien'), 5_000, 'the unknown shape to be dropped');
		expect(seen.has('good1')).toBe(true);
		expect(Number.isFinite(seen.get('nan1')?.get('x') ?? 0)).toBe(true);
		client.destroy();
	});

	describe('a snapshot compaction already passed through the gate', () => {
		const VERSION = 7;
		let gated: TestServer;
		let gateRuns = 0;
		beforeAll(async () => {
			gated = await startTestServer(db, {
				restore: (doc) => {
					gateRuns++;
					restoreBoardDoc(doc);
				},
				gateVersion: VERSION
			});
		});
		afterAll(async () => {
			await gated.close();
		});

		/** A board holding a valid note and a record of an unknown type, compacted through `version`'s gate. */
		async function compactedBoard(version: number | null, extraLogRow = false): Promise<{ boardId: string; token: string }> {
			const owner = await createTestUser(db, `Owner ${Math.random()}`);
			const boardId = await createTestBoard(db, owner);
			const doc = new Y.Doc();
			const shapes = doc.getMap<Y.Map<unknown>>('shapes');
			doc.transact(() => {
				const good = new Y.Map<unknown>();
				for (const [k, v] of Object.entries({ type: 'sticky', v: 0, x: 10, y: 20, order: 'a0' })) good.set(k, v);
				good.set('text', new Y.Text('halo'));
				shapes.set('good1', good);
				const alien = new Y.Map<unknown>();
				for (const [k, v] of Object.entries({ type: 'flamethrower', order: 'a2' })) alien.set(k, v);
				shapes.set('alien', alien);
			});
			const gate = version === null ? null : { version, restore: (d: Y.Doc) => void restoreBoardDoc(d) };
			const store = new DatabaseBoardStore(db, { keepSnapshots: 5, gate });
			await store.append(boardId, Y.encodeStateAsUpdate(doc));
			await store.flush();
			await store.compact(boardId);
			if (extraLogRow) {
				doc.transact(() => shapes.get('good1')!.set('x', 30));
				await store.append(boardId, Y.encodeStateAsUpdate(doc));
				await store.flush();
			}
			return { boardId, token: owner.token };
		}

		/** Opens the board in a client and checks what it is served: the note, and never the unknown record. */
		async function open(board: { boardId: string; token: string }): Promise<void> {
			const client = connectClient(gated.url, board.boardId, { token: board.token });
			await client.synced;
			const seen = client.doc.getMap<Y.Map<unknown>>('shapes');
			await waitFor(() => !seen.has('alien'), 5_000, 'the unknown shape to be gone');
			expect(seen.has('good1')).toBe(true);
			client.destroy();
		}

		it('is served as stored: compaction repaired it, loading does not gate it again', async () => {
			const board = await compactedBoard(VERSION);
			gateRuns = 0;
			await open(board);
			expect(gateRuns).toBe(0);
		});

		it('is sent as stored to a fresh client only until the document changes', async () => {
			const board = await compactedBoard(VERSION);
			const first = connectClient(gated.url, board.boardId, { token: board.token });
			await first.synced;
			first.doc.transact(() => first.doc.getMap<Y.Map<unknown>>('shapes').get('good1')!.set('x', 99));
			const second = connectClient(gated.url, board.boardId, { token: board.token });
			await second.synced;
			// The second client joined after the edit: its first sync must already hold it.
			await waitFor(() => second.doc.getMap<Y.Map<unknown>>('shapes').get('good1')?.get('x') === 99, 5_000, 'the edit in the first sync');
			first.destroy();
			second.destroy();
		});

		it('is gated again when an older gate wrote it, when log rows follow it, or when no gate did', async () => {
			for (const board of [await compactedBoard(VERSION - 1), await compactedBoard(VERSION, true), await compactedBoard(null)]) {
				gateRuns = 0;
				await open(board);
				expect(gateRuns).toBe(1);
			}
		});
	});
});
