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
});
