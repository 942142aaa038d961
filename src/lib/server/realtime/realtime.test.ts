/**
 * The realtime server against real sockets and stock y-websocket clients (no socket mocks):
 * convergence, late joiners, read-only connections, refusals with their close codes, hostile
 * frames, limits, presence, and the live re-check of sessions and access.
 */
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { WebSocket } from 'ws';
import { and, eq, sql } from 'drizzle-orm';
import * as encoding from 'lib0/encoding';
import { createTestDatabase } from '../db/testing';
import { queryRows, type DatabaseHandle } from '../db/client';
import { boardAccess, boardSnapshots, boardUpdates, sessions } from '../db/schema';
import { invalidateSession } from '../auth/session';
import { grantBoardAccess } from '../boards/boards';
import { CLOSE_CODES } from '../../realtime/close-codes';
import { DatabaseBoardStore } from './persistence';
import { renderMetrics } from './metrics';
import {
	connectClient,
	createTestBoard,
	createTestTeam,
	createTestUser,
	startTestServer,
	waitFor,
	webSocketWithHeaders,
	within,
	type TestClient,
	type TestServer,
	type TestUser
} from './testing';

const MAX_MESSAGE = 64 * 1024;

let handle: DatabaseHandle;
let server: TestServer;
let owner: TestUser;
let editor: TestUser;
let viewer: TestUser;
let outsider: TestUser;
let board: string;
const clients: TestClient[] = [];

function client(boardId: string, user: TestUser | null, options: { origin?: string; params?: Record<string, string> } = {}): TestClient {
	const c = connectClient(server.url, boardId, { token: user?.token ?? null, ...options });
	clients.push(c);
	return c;
}

async function boardDoc(boardId: string): Promise<Y.Doc> {
	const store = new DatabaseBoardStore(handle.db);
	const loaded = await store.load(boardId);
	const doc = new Y.Doc();
	for (const update of loaded.updates) Y.applyUpdate(doc, update);
	return doc;
}

/** A raw `ws` socket speaking (or not) the protocol, with the browser's cookie and Origin. */
function rawSocket(boardId: string, user: TestUser): Promise<{ ws: WebSocket; closed: Promise<{ code: number; reason: string }> }> {
	const Socket = webSocketWithHeaders({ origin: server.origin, cookie: `rp_session=${user.token}` });
	const ws = new Socket(`${server.url}/${boardId}`);
	const closed = new Promise<{ code: number; reason: string }>((resolve) =>
		ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() }))
	);
	ws.on('error', () => {});
	return new Promise((resolve, reject) => {
		ws.once('open', () => resolve({ ws, closed }));
		ws.once('error', reject);
	});
}

beforeAll(async () => {
	handle = await createTestDatabase('pglite');
	owner = await createTestUser(handle.db, 'Putri Pemilik');
	editor = await createTestUser(handle.db, 'Bima Penyunting');
	viewer = await createTestUser(handle.db, 'Sari Pengamat');
	outsider = await createTestUser(handle.db, 'Rudi Luar');
	board = await createTestBoard(handle.db, owner);
	await grantBoardAccess(handle.db, owner, board, editor.id, 'edit');
	await grantBoardAccess(handle.db, owner, board, viewer.id, 'view');
	server = await startTestServer(handle.db, {
		limits: { maxMessageBytes: MAX_MESSAGE, recheckMs: 250, awarenessIntervalMs: 20, unloadDelayMs: 300 }
	});
});

afterAll(async () => {
	for (const c of clients) c.destroy();
	await server?.close();
	await handle?.close();
});

describe('sync', () => {
	it('converges two and more clients on maps, arrays and text', async () => {
		const [a, b, c] = [client(board, owner), client(board, editor), client(board, owner)];
		await within(Promise.all([a.synced, b.synced, c.synced]), 5_000, 'sync');
		// Concurrent edits on all three before any of them can have seen the others'.
		a.doc.getMap('shapes').set('a', 'from a');
		b.doc.getMap('shapes').set('b', 'from b');
		c.doc.getMap('shapes').set('a', 'from c');
		a.doc.getArray('order').push(['a1', 'a2']);
		b.doc.getArray('order').insert(0, ['b1']);
		a.doc.getText('notes').insert(0, 'Halo ');
		c.doc.getText('notes').insert(0, 'dunia');
		b.doc.transact(() => {
			const note = new Y.Map<unknown>();
			note.set('type', 'sticky');
			note.set('text', new Y.Text('catatan'));
			b.doc.getMap('shapes').set('note', note);
		});
		// Doc.toJSON only lists the types a client has touched; compare the three explicitly.
		const view = (x: TestClient) => ({
			shapes: x.doc.getMap('shapes').toJSON(),
			order: x.doc.getArray('order').toJSON(),
			notes: x.doc.getText('notes').toString()
		});
		const same = (x: TestClient, y: TestClient) => isDeepStrictEqual(view(x), view(y));
		await waitFor(
			() => same(a, b) && same(b, c) && a.doc.getArray('order').length === 3 && a.doc.getText('notes').length === 10,
			5_000,
			'convergence'
		);
		const shapes = a.doc.getMap('shapes').toJSON();
		expect(shapes.b).toBe('from b');
		expect(['from a', 'from c']).toContain(shapes.a);
		expect(shapes.note).toEqual({ type: 'sticky', text: 'catatan' });
		expect(a.doc.getArray('order').toArray().sort()).toEqual(['a1', 'a2', 'b1']);
		expect(['Halo dunia', 'duniaHalo ']).toContain(a.doc.getText('notes').toString());
	});

	it('gives a late joiner everything', async () => {
		const late = client(board, editor);
		await within(late.synced, 5_000, 'late sync');
		expect(late.doc.getMap('shapes').get('b')).toBe('from b');
		expect(late.doc.getArray('order').length).toBe(3);
		expect(late.doc.getText('notes').length).toBe(10);
	});

	it("drops a viewer's writes: they reach neither the other clients nor the database", async () => {
		const writer = client(board, owner);
		const watcher = client(board, editor);
		const view = client(board, viewer);
		await within(Promise.all([writer.synced, watcher.synced, view.synced]), 5_000, 'sync');
		const dropped = await metricValue('ruang_pijar_realtime_dropped_writes_total');
		view.doc.getMap('shapes').set('viewer-wrote', 'should not spread');
		// The writer's later edit reaching the viewer proves the viewer's earlier one had its chance.
		await waitFor(async () => (await metricValue('ruang_pijar_realtime_dropped_writes_total')) > dropped, 5_000, 'drop');
		writer.doc.getMap('shapes').set('after-viewer', 1);
		await waitFor(() => view.doc.getMap('shapes').get('after-viewer') === 1 && watcher.doc.getMap('shapes').get('after-viewer') === 1);
		expect(watcher.doc.getMap('shapes').has('viewer-wrote')).toBe(false);
		expect(writer.doc.getMap('shapes').has('viewer-wrote')).toBe(false);
		const fresh = client(board, owner);
		await within(fresh.synced, 5_000, 'fresh sync');
		expect(fresh.doc.getMap('shapes').has('viewer-wrote')).toBe(false);
		await waitFor(async () => (await boardDoc(board)).getMap('shapes').get('after-viewer') === 1, 5_000, 'persisted');
		expect((await boardDoc(board)).getMap('shapes').has('viewer-wrote')).toBe(false);
	});

	it("shares presence with names from the session, whatever name the client claims", async () => {
		const a = client(board, owner);
		const b = client(board, editor);
		await within(Promise.all([a.synced, b.synced]), 5_000, 'sync');
		a.provider.awareness.setLocalStateField('user', { name: 'Bukan Putri', color: '#f00' });
		await waitFor(() => b.provider.awareness.getStates().get(a.doc.clientID)?.user?.handle === owner.handle, 5_000, 'presence');
		expect(b.provider.awareness.getStates().get(a.doc.clientID)?.user).toEqual({ name: owner.name, handle: owner.handle, color: '#f00' });
		a.provider.disconnect();
		await waitFor(() => !b.provider.awareness.getStates().has(a.doc.clientID), 5_000, 'presence removal');
	});
});

describe('refusals', () => {
	let otherBoard: string;
	beforeAll(async () => {
		const teamMate = await createTestUser(handle.db, 'Teman Tim Lain');
		const { teamId } = await createTestTeam(handle.db, { team: [[teamMate, 'participant']] });
		otherBoard = await createTestBoard(handle.db, teamMate, { teamId });
	});

	const refused = async (c: TestClient) => within(c.closed, 5_000, 'close');

	it('closes a wrong Origin with 4403', async () => {
		expect(await refused(client(board, owner, { origin: 'https://evil.example' }))).toEqual({ code: 4403, reason: 'origin not allowed' });
	});

	it('closes a socket without a session cookie with 4401', async () => {
		expect(await refused(client(board, null))).toEqual({ code: 4401, reason: 'not signed in' });
	});

	it('closes an expired session with 4401', async () => {
		const expired = await createTestUser(handle.db, 'Kedaluwarsa');
		await handle.db.update(sessions).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(sessions.userId, expired.id));
		await grantBoardAccess(handle.db, owner, board, expired.id, 'edit');
		expect(await refused(client(board, expired))).toEqual({ code: 4401, reason: 'session expired' });
	});

	it("closes another team's board with 4403 and never opens it", async () => {
		expect(await refused(client(otherBoard, outsider))).toEqual({ code: 4403, reason: 'no access to this board' });
		expect(await refused(client(otherBoard, null))).toMatchObject({ code: 4401 });
		expect(server.realtime.registry.get(otherBoard)).toBeUndefined();
	});

	it('closes an unknown board with 4404 and a malformed path with 4400', async () => {
		expect(await refused(client('a'.repeat(24), owner))).toEqual({ code: 4404, reason: 'no such board' });
		expect(await refused(client('not-a-board', owner))).toEqual({ code: 4400, reason: 'bad request' });
	});

	it('stops the stock client from retrying after a 44xx close', async () => {
		const c = client(board, null);
		await refused(c);
		await new Promise((r) => setTimeout(r, 600));
		expect(c.provider.shouldConnect).toBe(false);
		expect(c.provider.ws).toBeNull();
	});
});

describe('hostile frames', () => {
	let quiet: string;
	beforeAll(async () => {
		quiet = await createTestBoard(handle.db, owner);
	});

	/** A healthy pair of clients on another board keeps syncing whatever happens on `board`. */
	async function othersUnaffected(): Promise<void> {
		const a = client(quiet, owner);
		const b = client(quiet, owner);
		await within(Promise.all([a.synced, b.synced]), 5_000, 'sync');
		const key = `k${Math.random()}`;
		a.doc.getMap('shapes').set(key, true);
		await waitFor(() => b.doc.getMap('shapes').get(key) === true, 5_000, 'other board sync');
	}

	it.each([
		['garbage', Uint8Array.from([0xff, 0xff, 0xff])],
		['an unknown message type', Uint8Array.from([7, 0])],
		['a truncated update', truncated()],
		['trailing bytes', Uint8Array.from([...validUpdateMessage(), 0, 0])],
		['an update that is not Yjs', Uint8Array.from([0, 2, 4, 0xde, 0xad, 0xbe, 0xef])],
		['awareness that is not JSON', awarenessMessage('{not json')]
	])('closes a socket that sends %s with 4400, and nothing else', async (_name, frame) => {
		const bystander = client(board, editor);
		await within(bystander.synced, 5_000, 'sync');
		const { ws, closed } = await rawSocket(board, owner);
		ws.send(frame);
		expect((await within(closed, 5_000, 'close')).code).toBe(CLOSE_CODES.badRequest);
		const key = `alive-${Math.random()}`;
		const writer = client(board, owner);
		await within(writer.synced, 5_000, 'sync');
		writer.doc.getMap('shapes').set(key, 1);
		await waitFor(() => bystander.doc.getMap('shapes').get(key) === 1, 5_000, 'bystander sync');
		await othersUnaffected();
	});

	it('closes a text frame with 4400', async () => {
		const { ws, closed } = await rawSocket(board, owner);
		ws.send('hello');
		expect(await within(closed, 5_000, 'close')).toEqual({ code: 4400, reason: 'binary frames only' });
	});

	it('closes an oversized frame with 4413, and a far larger one at the transport cap', async () => {
		const big = await rawSocket(board, owner);
		big.ws.send(new Uint8Array(MAX_MESSAGE + 1));
		expect(await within(big.closed, 5_000, 'close')).toEqual({ code: 4413, reason: 'message too large' });
		const huge = await rawSocket(board, owner);
		huge.ws.send(new Uint8Array(MAX_MESSAGE * 3));
		expect((await within(huge.closed, 5_000, 'close')).code).toBe(1009);
		await othersUnaffected();
	});

	it('closes a writer whose update would grow the document past its limit with 4413', async () => {
		const small = await startTestServer(handle.db, { limits: { maxDocumentBytes: 4096 } });
		try {
			const target = await createTestBoard(handle.db, owner);
			const c = connectClient(small.url, target, { token: owner.token });
			clients.push(c);
			await within(c.synced, 5_000, 'sync');
			c.doc.getText('notes').insert(0, 'x'.repeat(3000));
			c.doc.getText('notes').insert(0, 'y'.repeat(3000));
			expect(await within(c.closed, 5_000, 'close')).toEqual({ code: 4413, reason: 'document too large' });
			await waitFor(async () => (await boardDoc(target)).getText('notes').length === 3000, 5_000, 'first insert persisted');
		} finally {
			await small.close();
		}
	});

	it('closes a slow consumer with 4408 once its send buffer passes the bound', async () => {
		const tight = await startTestServer(handle.db, { limits: { maxBufferedBytes: 64 * 1024, maxMessageBytes: 1024 * 1024 } });
		try {
			const target = await createTestBoard(handle.db, owner);
			const Socket = webSocketWithHeaders({ origin: tight.origin, cookie: `rp_session=${owner.token}` });
			const slow = new Socket(`${tight.url}/${target}`);
			slow.on('error', () => {});
			await new Promise((resolve) => slow.once('open', resolve));
			// Stop reading: what the server sends piles up in the kernel, then in its send buffer.
			(slow as unknown as { _socket: { pause(): void } })._socket.pause();
			const writer = connectClient(tight.url, target, { token: owner.token });
			clients.push(writer);
			await within(writer.synced, 5_000, 'sync');
			const before = await metricValue('ruang_pijar_realtime_closed_connections_total', '4408');
			for (let i = 0; i < 80; i++) writer.doc.getMap('shapes').set(`blob${i}`, 'z'.repeat(200_000));
			await waitFor(async () => (await metricValue('ruang_pijar_realtime_closed_connections_total', '4408')) > before, 10_000, 'slow consumer close');
			await waitFor(() => [...tight.realtime.connections].length === 1, 5_000, 'slow socket gone');
			slow.terminate();
		} finally {
			await tight.close();
		}
	});
});

describe('live access checks', () => {
	it('closes a socket within the re-check interval when its session is revoked (4401)', async () => {
		const member = await createTestUser(handle.db, 'Dicabut Sesinya');
		await grantBoardAccess(handle.db, owner, board, member.id, 'edit');
		const c = client(board, member);
		await within(c.synced, 5_000, 'sync');
		const [session] = await handle.db.select().from(sessions).where(eq(sessions.userId, member.id));
		await invalidateSession(handle.db, session!.id);
		expect(await within(c.closed, 3_000, 'close')).toEqual({ code: 4401, reason: 'session ended' });
	});

	it('closes a socket when its access is removed (4403) or changed (4000, then reconnects)', async () => {
		const member = await createTestUser(handle.db, 'Dicabut Aksesnya');
		await grantBoardAccess(handle.db, owner, board, member.id, 'edit');
		const c = client(board, member);
		await within(c.synced, 5_000, 'sync');
		// Behind the service's back, as another instance would: only the periodic re-check sees it.
		await handle.db.update(boardAccess).set({ role: 'view' }).where(and(eq(boardAccess.boardId, board), eq(boardAccess.userId, member.id)));
		expect(await within(c.closed, 3_000, 'close')).toEqual({ code: 4000, reason: 'access changed' });
		await waitFor(() => c.provider.wsconnected && c.provider.synced, 5_000, 'reconnect as viewer');
		const conn = [...server.realtime.connections].find((x) => x.identity.user.id === member.id && !x.closed);
		expect(conn?.role).toBe('view');
		const second = new Promise<{ code: number; reason: string }>((resolve) =>
			c.provider.on('connection-close', (e: { code: number; reason: string } | null) => e && resolve({ code: e.code, reason: String(e.reason) }))
		);
		await handle.db.delete(boardAccess).where(and(eq(boardAccess.boardId, board), eq(boardAccess.userId, member.id)));
		expect(await within(second, 3_000, 'close')).toEqual({ code: 4403, reason: 'access removed' });
	});
});

describe('durability in the server', () => {
	it('unloads an idle board after a flush and a compaction, and loads it back', async () => {
		const target = await createTestBoard(handle.db, owner);
		const a = client(target, owner);
		await within(a.synced, 5_000, 'sync');
		for (let i = 0; i < 20; i++) a.doc.getArray('items').push([i]);
		await waitFor(async () => (await boardDoc(target)).getArray('items').length === 20, 5_000, 'persisted');
		a.destroy();
		await waitFor(() => server.realtime.registry.get(target) === undefined, 5_000, 'unload');
		await waitFor(async () => (await handle.db.select().from(boardUpdates).where(eq(boardUpdates.boardId, target))).length === 0, 5_000, 'compaction');
		expect(await handle.db.select().from(boardSnapshots).where(eq(boardSnapshots.boardId, target))).toHaveLength(1);
		const b = client(target, owner);
		await within(b.synced, 5_000, 'sync');
		expect(b.doc.getArray('items').toArray()).toEqual(Array.from({ length: 20 }, (_, i) => i));
	});

	it('reports the metrics the issue asks for', async () => {
		const { body } = await renderMetrics();
		for (const name of [
			'ruang_pijar_realtime_open_boards',
			'ruang_pijar_realtime_connections',
			'ruang_pijar_realtime_messages_received_total',
			'ruang_pijar_realtime_messages_sent_total',
			'ruang_pijar_realtime_persist_latency_seconds_bucket',
			'ruang_pijar_realtime_compactions_total'
		]) {
			expect(body).toContain(name);
		}
		expect(await metricValue('ruang_pijar_realtime_persist_latency_seconds_count')).toBeGreaterThan(0);
		expect(await metricValue('ruang_pijar_realtime_compactions_total')).toBeGreaterThan(0);
		expect(await metricValue('ruang_pijar_realtime_connections')).toBeGreaterThan(0);
		const [row] = await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from board_updates`);
		expect(row!.n).toBeGreaterThan(0);
	});
});

/** The value of a metric (summed over label sets, or the one with label value `label`). */
async function metricValue(name: string, label?: string): Promise<number> {
	const { body } = await renderMetrics();
	let total = 0;
	for (const line of body.split('\n')) {
		if (!line.startsWith(name)) continue;
		const rest = line.slice(name.length);
		if (rest[0] !== ' ' && rest[0] !== '{') continue;
		if (label && !rest.includes(`"${label}"`)) continue;
		total += Number(line.split(' ').pop());
	}
	return total;
}

function validUpdateMessage(): Uint8Array {
	const doc = new Y.Doc();
	doc.getMap('shapes').set('x', 'a fairly long value so that cutting it leaves a real truncation');
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, 0);
	encoding.writeVarUint(encoder, 2);
	encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(doc));
	return encoding.toUint8Array(encoder);
}

function truncated(): Uint8Array {
	const full = validUpdateMessage();
	return full.slice(0, Math.floor(full.length / 2));
}

function awarenessMessage(json: string): Uint8Array {
	const inner = encoding.createEncoder();
	encoding.writeVarUint(inner, 1);
	encoding.writeVarUint(inner, 42);
	encoding.writeVarUint(inner, 1);
	encoding.writeVarString(inner, json);
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, 1);
	encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner));
	return encoding.toUint8Array(encoder);
}
