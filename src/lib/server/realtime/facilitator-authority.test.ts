/**
 * Facilitator authority, end to end through the realtime server with stock y-websocket clients:
 * participants draw, vote with their own ballot, and are refused (closed with 4403, nothing
 * applied, broadcast or persisted) when they touch facilitation state, the stage, or locks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { createTestDatabase } from '../db/testing';
import type { DatabaseHandle } from '../db/client';
import { CLOSE_CODES } from '../../realtime/close-codes';
import { createShape } from '../../canvas/model';
import { createShapes, readFacilitation, readMeta, updateFacilitation, updateMeta, updateShapes } from '../../canvas/sync';
import { authorizeBoard } from '../boards/access';
import { DatabaseBoardStore } from './persistence';
import {
	connectClient,
	createTestBoard,
	createTestTeam,
	createTestUser,
	startTestServer,
	waitFor,
	within,
	type TestClient,
	type TestServer,
	type TestUser
} from './testing';

let handle: DatabaseHandle;
let server: TestServer;
let facilitator: TestUser;
let participant: TestUser;
let teammate: TestUser;
let board: string;
const clients: TestClient[] = [];

function client(user: TestUser): TestClient {
	const c = connectClient(server.url, board, { token: user.token });
	clients.push(c);
	return c;
}

async function storedDoc(): Promise<Y.Doc> {
	const loaded = await new DatabaseBoardStore(handle.db).load(board);
	const doc = new Y.Doc();
	for (const update of loaded.updates) Y.applyUpdate(doc, update);
	return doc;
}

const origin = { kind: 'local', userId: 'test' } as const;
const note = (id: string, extra: { locked?: boolean } = {}) => ({
	...createShape('sticky', { x: 0, y: 0 }, { author: 'u', now: 1, order: 'a0' }),
	id,
	...extra
});

beforeAll(async () => {
	handle = await createTestDatabase('pglite');
	facilitator = await createTestUser(handle.db, 'Fina Fasilitator', 'facilitator');
	participant = await createTestUser(handle.db, 'Pandu Peserta');
	teammate = await createTestUser(handle.db, 'Tari Peserta');
	const { teamId, workshopId } = await createTestTeam(handle.db, {
		workshop: [[facilitator, 'facilitator']],
		team: [
			[participant, 'participant'],
			[teammate, 'participant']
		]
	});
	board = await createTestBoard(handle.db, facilitator, { teamId, workshopId });
	server = await startTestServer(handle.db, { limits: { awarenessIntervalMs: 20 } });
});

afterAll(async () => {
	for (const c of clients) c.destroy();
	await server?.close();
	await handle?.close();
});

describe('facilitator flag', () => {
	it('is set for the workshop facilitator and admins only', async () => {
		const admin = await createTestUser(handle.db, 'Adi Admin', 'admin');
		const flag = async (user: TestUser) => {
			const auth = await authorizeBoard(handle.db, board, user);
			return auth.exists ? auth.facilitator : null;
		};
		expect(await flag(facilitator)).toBe(true);
		expect(await flag(admin)).toBe(true);
		expect(await flag(participant)).toBe(false);
	});
});

describe('facilitator authority over the socket', () => {
	it('lets the facilitator run facilitation and participants draw', async () => {
		const fac = client(facilitator);
		const part = client(participant);
		await within(Promise.all([fac.synced, part.synced]), 5_000, 'sync');
		createShapes(fac.doc, [note('n1'), note('locked-1', { locked: true })], origin);
		updateFacilitation(fac.doc, { voting: { id: 'v1', open: true, budget: 3, multiplePerShape: false, anonymous: true, revealed: false, startedAt: 1 } }, origin);
		await waitFor(() => readFacilitation(part.doc).voting?.id === 'v1' && part.doc.getMap('shapes').has('locked-1'), 5_000, 'voting reached the participant');
		createShapes(part.doc, [note('p1')], origin);
		await waitFor(() => fac.doc.getMap('shapes').has('p1'), 5_000, 'participant writes');
	});

	const forgeries: [string, (doc: Y.Doc) => void, (doc: Y.Doc) => unknown][] = [
		['starts the timer', (doc) => updateFacilitation(doc, { timer: { endsAt: Date.now() + 60_000, remainingMs: null, durationMs: 60_000 } }, origin), (doc) => readFacilitation(doc).timer.endsAt],
		['turns private mode on', (doc) => updateFacilitation(doc, { privateMode: true }, origin), (doc) => readFacilitation(doc).privateMode],
		['reveals the votes', (doc) => updateFacilitation(doc, { voting: { ...readFacilitation(doc).voting!, revealed: true } }, origin), (doc) => readFacilitation(doc).voting?.revealed],
		// Ballots stay on the server until the reveal: a participant can neither write results nor a ballot map.
		['writes vote results', (doc) => updateFacilitation(doc, { results: { session: 'v1', voters: 1, tally: [{ shapeId: 'n1', count: 50 }] } }, origin), (doc) => readFacilitation(doc).results],
		['writes a ballot into the document', (doc) => (doc.getMap('facilitation').set('ballots', new Y.Map()), undefined), (doc) => doc.getMap('facilitation').has('ballots')],
		['sets a spotlight message', (doc) => updateFacilitation(doc, { spotlight: { text: 'Semua ke sini', by: String(participant.id), at: 1 } }, origin), (doc) => readFacilitation(doc).spotlight],
		['moves the stage', (doc) => updateMeta(doc, { stage: 'uji' }, origin), (doc) => readMeta(doc).stage],
		['unlocks a shape', (doc) => updateShapes(doc, [{ id: 'locked-1', locked: false }], origin, 2), (doc) => (doc.getMap('shapes').get('locked-1') as Y.Map<unknown>).get('locked')],
		['moves a locked shape', (doc) => updateShapes(doc, [{ id: 'locked-1', x: 500 }], origin, 2), (doc) => (doc.getMap('shapes').get('locked-1') as Y.Map<unknown>).get('x') ?? 0],
		['deletes a locked shape', (doc) => doc.getMap('shapes').delete('locked-1'), (doc) => doc.getMap('shapes').has('locked-1')],
		['locks a shape', (doc) => updateShapes(doc, [{ id: 'n1', locked: true }], origin, 2), (doc) => (doc.getMap('shapes').get('n1') as Y.Map<unknown>).get('locked') ?? false]
	];

	it.each(forgeries)('refuses a participant who %s: closed with 4403, nothing changes anywhere', async (_what, forge, observe) => {
		const fac = client(facilitator);
		const part = client(participant);
		await within(Promise.all([fac.synced, part.synced]), 5_000, 'sync');
		const before = observe(fac.doc);
		const storedBefore = observe(await storedDoc());
		forge(part.doc);
		const closed = await within(part.closed, 5_000, 'participant closed');
		expect(closed.code).toBe(CLOSE_CODES.forbidden);
		// A later write from the facilitator still arrives: the room is healthy and did not take the forgery.
		const marker = `m-${Math.random().toString(36).slice(2, 8)}`;
		createShapes(fac.doc, [note(marker)], origin);
		const watcher = client(teammate);
		await within(watcher.synced, 5_000, 'watcher sync');
		await waitFor(() => watcher.doc.getMap('shapes').has(marker), 5_000, 'marker reached a fresh client');
		expect(observe(watcher.doc)).toEqual(before);
		expect(observe(fac.doc)).toEqual(before);
		await waitFor(async () => (await storedDoc()).getMap('shapes').has(marker), 5_000, 'marker persisted');
		expect(observe(await storedDoc())).toEqual(storedBefore);
		part.provider.disconnect();
		watcher.provider.disconnect();
	});

	it('refuses an update that would leave structs pending for a later write', async () => {
		const part = client(participant);
		await within(part.synced, 5_000, 'sync');
		// A struct of a client whose earlier clocks never arrive can only be held pending.
		const side = new Y.Doc();
		side.clientID = 987_654_321;
		side.getMap('shapes').set('x', 1);
		const sv = Y.encodeStateVector(side);
		side.getMap('shapes').set('y', 2);
		const tail = Y.encodeStateAsUpdate(side, sv);
		// Sent raw: the client's own doc would hold it pending too and never send it.
		const encoder = encoding.createEncoder();
		encoding.writeVarUint(encoder, 0);
		syncProtocol.writeUpdate(encoder, tail);
		part.provider.ws!.send(encoding.toUint8Array(encoder));
		const closed = await within(part.closed, 5_000, 'participant closed');
		expect(closed.code).toBe(CLOSE_CODES.forbidden);
		const fresh = client(teammate);
		await within(fresh.synced, 5_000, 'sync');
		expect(fresh.doc.getMap('shapes').has('y')).toBe(false);
	});
});
