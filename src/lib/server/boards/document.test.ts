/**
 * The board document over HTTP (the editor's first paint) against a real realtime server and a
 * stock y-websocket client: who may read it, that it is the live document (also a change not yet
 * compacted), that the compressed copy follows changes, and that a client which applied it syncs
 * only what changed since.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import * as Y from 'yjs';
import { createTestDatabase, TEST_DATABASE_KINDS } from '../db/testing';
import type { DatabaseHandle } from '../db/client';
import { createShape } from '../../canvas/model';
import { createShapes, readBoard } from '../../canvas/sync';
import { connectClient, createTestBoard, createTestUser, startTestServer, waitFor, within, type TestClient, type TestServer, type TestUser } from '../realtime/testing';
import { BoardError, grantBoardAccess, setBoardLink } from './boards';
import { boardDocument, gzipDocument } from './document';

const origin = { kind: 'local', userId: 'owner' } as const;
const note = (id: string, text = '') => ({ ...createShape('sticky', { x: 0, y: 0, props: { text } }, { author: 'o', now: 1, order: 'a0' }), id });

function docOf(update: Uint8Array): Y.Doc {
	const doc = new Y.Doc();
	Y.applyUpdate(doc, update);
	return doc;
}
const texts = (doc: Y.Doc) =>
	readBoard(doc)
		.shapes.map((s) => (s.type === 'sticky' ? `${s.id}:${s.props.text}` : s.id))
		.sort();

async function refusal(run: Promise<unknown>): Promise<string | null> {
	const error = await run.then(() => null, (e: unknown) => e);
	return error instanceof BoardError ? error.code : error === null ? null : String(error);
}

describe.each(TEST_DATABASE_KINDS)('board document over HTTP on %s', (kind) => {
	let handle: DatabaseHandle;
	let server: TestServer;
	let owner: TestUser;
	let viewer: TestUser;
	let outsider: TestUser;
	let board: string;
	const clients: TestClient[] = [];

	beforeAll(async () => {
		handle = await createTestDatabase(kind);
		owner = await createTestUser(handle.db, 'Olga Pemilik');
		viewer = await createTestUser(handle.db, 'Vina Pengamat');
		outsider = await createTestUser(handle.db, 'Oki Luar');
		board = await createTestBoard(handle.db, owner);
		await grantBoardAccess(handle.db, owner, board, viewer.id, 'view');
		// Boards unload as soon as nobody has them open, so a read can find one unloaded.
		server = await startTestServer(handle.db, { limits: { unloadDelayMs: 0 } });
	});

	afterAll(async () => {
		for (const c of clients) c.destroy();
		await server?.close();
		await handle?.close();
	});

	it('gives the live document to anyone with a role, and nothing to anyone else', async () => {
		const live = connectClient(server.url, board, { token: owner.token });
		clients.push(live);
		await within(live.synced, 5_000, 'sync');
		createShapes(live.doc, [note('a', 'antrean'), note('b', 'loket')], origin);
		const room = () => server.realtime.registry.get(board);
		await waitFor(() => room()?.doc.getMap('shapes').size === 2, 5_000, 'edit reached the room');

		const rooms = server.realtime.registry;
		expect(texts(docOf(await boardDocument(handle.db, rooms, owner, board, null)))).toEqual(['a:antrean', 'b:loket']);
		expect(texts(docOf(await boardDocument(handle.db, rooms, viewer, board, null)))).toEqual(['a:antrean', 'b:loket']);

		expect(await refusal(boardDocument(handle.db, rooms, outsider, board, null))).toBe('not_found');
		expect(await refusal(boardDocument(handle.db, rooms, owner, 'bukan-papan', null))).toBe('not_found');
		expect(await refusal(boardDocument(handle.db, rooms, owner, 'a'.repeat(24), null))).toBe('not_found');

		// A view link opens it for the outsider, the wrong token does not.
		const token = await setBoardLink(handle.db, owner, board, true);
		expect(await refusal(boardDocument(handle.db, rooms, outsider, board, `${token}x`))).toBe('not_found');
		expect(texts(docOf(await boardDocument(handle.db, rooms, outsider, board, token)))).toEqual(['a:antrean', 'b:loket']);
	});

	it('reads an unloaded board from the store, and compresses each state once', async () => {
		const other = await createTestBoard(handle.db, owner);
		const writer = connectClient(server.url, other, { token: owner.token });
		await within(writer.synced, 5_000, 'sync');
		createShapes(writer.doc, [note('x', 'sebelum')], origin);
		await waitFor(() => server.realtime.registry.get(other)?.doc.getMap('shapes').size === 1, 5_000, 'edit reached the room');
		writer.destroy();
		// Unloaded, then opened again by the HTTP read alone.
		await waitFor(() => server.realtime.registry.get(other) === undefined, 5_000, 'board unloaded');
		expect(texts(docOf(await boardDocument(handle.db, server.realtime.registry, owner, other, null)))).toEqual(['x:sebelum']);

		// While the board stays open and unchanged, its state is the same bytes object, compressed once.
		const pin = await server.realtime.registry.acquire(other);
		try {
			const first = await boardDocument(handle.db, server.realtime.registry, owner, other, null);
			const zipped = await gzipDocument(first);
			expect(zipped.length).toBeLessThan(first.length);
			expect(gunzipSync(zipped).equals(first)).toBe(true);
			const again = await boardDocument(handle.db, server.realtime.registry, owner, other, null);
			expect(again).toBe(first);
			expect(await gzipDocument(again)).toBe(zipped);
			// A change gives a new state.
			pin.room.applyServerEdit((doc, by) => createShapes(doc, [note('y', 'baru')], by));
			const changed = await boardDocument(handle.db, server.realtime.registry, owner, other, null);
			expect(changed).not.toBe(first);
			expect(texts(docOf(new Uint8Array(gunzipSync(await gzipDocument(changed)))))).toEqual(['x:sebelum', 'y:baru']);
		} finally {
			pin.release();
		}
	});

	it('a client that applied the document syncs only what changed since, and both converge', async () => {
		const live = clients[0]!;
		// A board worth fetching: a hundred notes more.
		createShapes(live.doc, Array.from({ length: 100 }, (_, i) => note(`n${i}`, `catatan ${i}`)), origin);
		await waitFor(() => server.realtime.registry.get(board)?.doc.getMap('shapes').size === 102, 5_000, 'notes reached the room');
		const fetched = await boardDocument(handle.db, server.realtime.registry, viewer, board, null);
		const doc = docOf(fetched);
		// A change made between the HTTP read and the socket's sync still arrives.
		createShapes(live.doc, [note('c', 'sesudah')], origin);
		let received = 0;
		doc.on('update', (update: Uint8Array) => (received += update.length));
		const latecomer = connectClient(server.url, board, { token: viewer.token, doc });
		clients.push(latecomer);
		await within(latecomer.synced, 5_000, 'sync');
		await waitFor(() => texts(latecomer.doc).length === 103, 5_000, 'the later note arrived');
		expect(texts(latecomer.doc)).toEqual(texts(live.doc));
		expect(texts(latecomer.doc)).toContain('c:sesudah');
		// Only the later note travelled, not the whole board again.
		expect(received).toBeGreaterThan(0);
		expect(received).toBeLessThan(fetched.length / 10);
	});
});
