/**
 * Named versions against a real realtime server and a stock y-websocket client: saving, listing,
 * restoring as a copy, and restoring in place through the live room (the connected client
 * converges, the log has it), with the permissions of each.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createTestDatabase, TEST_DATABASE_KINDS } from '../db/testing';
import type { DatabaseHandle } from '../db/client';
import { createShape } from '../../canvas/model';
import { createShapes, readBoard } from '../../canvas/sync';
import { DatabaseBoardStore } from '../realtime/persistence';
import { connectClient, createTestBoard, createTestUser, startTestServer, waitFor, within, type TestClient, type TestServer, type TestUser } from '../realtime/testing';
import { BoardError, grantBoardAccess } from './boards';
import { listVersions, restoreVersionAsCopy, restoreVersionInPlace, saveVersion, versionLabelSchema, type HistoryDeps } from './history';

async function refusal(run: Promise<unknown>): Promise<string | null> {
	const error = await run.then(() => null, (e: unknown) => e);
	return error instanceof BoardError ? error.code : error === null ? null : String(error);
}

const origin = { kind: 'local', userId: 'owner' } as const;
const note = (id: string) => ({ ...createShape('sticky', { x: 0, y: 0 }, { author: 'o', now: 1, order: 'a0' }), id });
const ids = (doc: Y.Doc) => readBoard(doc).shapes.map((s) => s.id).sort();

describe.each(TEST_DATABASE_KINDS)('board history on %s', (kind) => {
	let handle: DatabaseHandle;
	let server: TestServer;
	let owner: TestUser;
	let editor: TestUser;
	let viewer: TestUser;
	let outsider: TestUser;
	let board: string;
	let deps: HistoryDeps;
	const clients: TestClient[] = [];

	async function storedIds(boardId: string): Promise<string[]> {
		const loaded = await new DatabaseBoardStore(handle.db).load(boardId);
		const doc = new Y.Doc();
		for (const update of loaded.updates) Y.applyUpdate(doc, update);
		return ids(doc);
	}

	beforeAll(async () => {
		handle = await createTestDatabase(kind);
		owner = await createTestUser(handle.db, 'Olga Pemilik');
		editor = await createTestUser(handle.db, 'Eko Penyunting');
		viewer = await createTestUser(handle.db, 'Vina Pengamat');
		outsider = await createTestUser(handle.db, 'Oki Luar');
		board = await createTestBoard(handle.db, owner);
		await grantBoardAccess(handle.db, owner, board, editor.id, 'edit');
		await grantBoardAccess(handle.db, owner, board, viewer.id, 'view');
		server = await startTestServer(handle.db);
		deps = { store: new DatabaseBoardStore(handle.db), registry: server.realtime.registry };
	});

	afterAll(async () => {
		for (const c of clients) c.destroy();
		await server?.close();
		await handle?.close();
	});

	it('saves a named version, restores it in place for everyone connected, and as a copy', async () => {
		const live = connectClient(server.url, board, { token: owner.token });
		clients.push(live);
		await within(live.synced, 5_000, 'sync');
		createShapes(live.doc, [note('a'), note('b')], origin);
		await waitFor(async () => (await storedIds(board)).length === 2, 5_000, 'first notes persisted');
		await saveVersion(handle.db, owner, board, 'Akhir empati', deps);
		const { versions, access } = await listVersions(handle.db, editor, board);
		expect(versions.map((v) => [v.label, v.createdBy])).toEqual([['Akhir empati', 'Olga Pemilik']]);
		expect(access).toMatchObject({ canSave: true, canRestoreInPlace: false });

		live.doc.getMap('shapes').delete('a');
		createShapes(live.doc, [note('c')], origin);
		await waitFor(() => server.realtime.registry.get(board)?.doc.getMap('shapes').has('c') === true, 5_000, 'edit reached the room');

		expect(await refusal(restoreVersionInPlace(handle.db, editor, board, versions[0]!.id, deps))).toBe('forbidden');
		await restoreVersionInPlace(handle.db, owner, board, versions[0]!.id, deps);
		await waitFor(() => ids(live.doc).join() === 'a,b', 5_000, 'client converged on the version');
		expect(await storedIds(board)).toEqual(['a', 'b']);

		const copy = await restoreVersionAsCopy(handle.db, editor, board, versions[0]!.id, deps);
		expect(copy).not.toBe(board);
		expect(await storedIds(copy)).toEqual(['a', 'b']);
	});

	it('refuses viewers and outsiders, and versions of another board', async () => {
		expect(await refusal(listVersions(handle.db, viewer, board))).toBe('forbidden');
		expect(await refusal(listVersions(handle.db, outsider, board))).toBe('not_found');
		expect(await refusal(saveVersion(handle.db, viewer, board, 'x', deps))).toBe('forbidden');
		const other = await createTestBoard(handle.db, owner);
		const [version] = (await listVersions(handle.db, owner, board)).versions;
		expect(await refusal(restoreVersionInPlace(handle.db, owner, other, version!.id, deps))).toBe('not_found');
		expect(versionLabelSchema.safeParse({ label: '  ' }).success).toBe(false);
		expect(versionLabelSchema.safeParse({ label: 'x'.repeat(101) }).success).toBe(false);
	});
});
