/**
 * Dot voting and private mode against a real realtime server with stock y-websocket clients: ballots
 * and private notes never reach a participant's document before the reveal; the rules (budget, one
 * vote per shape, open session, roles) hold on the server whatever a browser sends; the reveal
 * reaches every connected client and the database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '../db/testing';
import type { DatabaseHandle } from '../db/client';
import { boardBallots, boardPrivateNotes } from '../db/schema';
import { createShape } from '../../canvas/model';
import { createShapes, readFacilitation, updateFacilitation } from '../../canvas/sync';
import { DatabaseBoardStore } from '../realtime/persistence';
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
} from '../realtime/testing';
import { BoardError } from './boards';
import { castVote, myVote, revealVotes, VoteError } from './voting';
import { deletePrivateNote, listPrivateNotes, MAX_PRIVATE_NOTES, PrivateNoteError, revealPrivateNotes, savePrivateNote } from './private-notes';
import type { LiveRooms } from './live-rooms';
import { broadcastSchema, broadcastToWorkshop } from '../workshops/broadcast';
import { WorkshopError } from '../workshops/errors';

async function refusal(run: Promise<unknown>): Promise<string | null> {
	const error = await run.then(() => null, (e: unknown) => e);
	if (error instanceof BoardError || error instanceof VoteError || error instanceof PrivateNoteError || error instanceof WorkshopError) return error.code;
	return error === null ? null : String(error);
}

const origin = { kind: 'local', userId: 'fac' } as const;
const note = (id: string, text = '') => ({ ...createShape('sticky', { x: 0, y: 0, props: { text } }, { author: 'fac', now: 1, order: 'a0' }), id });
const session = (id: string, extra: Partial<{ budget: number; multiplePerShape: boolean; anonymous: boolean }> = {}) => ({
	id,
	open: true,
	budget: 2,
	multiplePerShape: false,
	anonymous: true,
	revealed: false,
	startedAt: 1,
	...extra
});

describe.each(TEST_DATABASE_KINDS)('facilitation on the server, %s', (kind) => {
	let handle: DatabaseHandle;
	let server: TestServer;
	let rooms: LiveRooms;
	let facilitator: TestUser;
	let ani: TestUser;
	let budi: TestUser;
	let mentor: TestUser;
	let outsider: TestUser;
	let board: string;
	let workshop: number;
	let team: number;
	const clients: TestClient[] = [];

	function client(user: TestUser): TestClient {
		const c = connectClient(server.url, board, { token: user.token });
		clients.push(c);
		return c;
	}

	async function stored(): Promise<Y.Doc> {
		const loaded = await new DatabaseBoardStore(handle.db).load(board);
		const doc = new Y.Doc();
		for (const update of loaded.updates) Y.applyUpdate(doc, update);
		return doc;
	}

	/** Every string anywhere in a document's state, to look for leaked text. */
	function docText(doc: Y.Doc): string {
		return JSON.stringify(doc.getMap('shapes').toJSON()) + JSON.stringify(doc.getMap('facilitation').toJSON());
	}

	beforeAll(async () => {
		handle = await createTestDatabase(kind);
		facilitator = await createTestUser(handle.db, 'Fina Fasilitator', 'facilitator');
		ani = await createTestUser(handle.db, 'Ani Peserta');
		budi = await createTestUser(handle.db, 'Budi Peserta');
		mentor = await createTestUser(handle.db, 'Mira Mentor', 'mentor');
		outsider = await createTestUser(handle.db, 'Oki Luar');
		const { teamId, workshopId } = await createTestTeam(handle.db, {
			workshop: [
				[facilitator, 'facilitator'],
				[mentor, 'mentor']
			],
			team: [
				[ani, 'participant'],
				[budi, 'participant']
			]
		});
		board = await createTestBoard(handle.db, facilitator, { teamId, workshopId });
		workshop = workshopId;
		team = teamId;
		server = await startTestServer(handle.db);
		rooms = server.realtime.registry;
	});

	afterAll(async () => {
		for (const c of clients) c.destroy();
		await server?.close();
		await handle?.close();
	});

	it('keeps ballots off the document until the reveal, enforcing the session rules', async () => {
		const fac = client(facilitator);
		const watcher = client(budi);
		await within(Promise.all([fac.synced, watcher.synced]), 5_000, 'sync');
		createShapes(fac.doc, [note('n1', 'Antrean daring'), note('n2', 'Loket keliling'), note('n3', 'SMS pengingat')], origin);
		expect(await refusal(castVote(handle.db, rooms, ani, board, { shapeId: 'n1', delta: 1 }))).toBe('closed');
		updateFacilitation(fac.doc, { voting: session('v1') }, origin);
		await waitFor(() => server.realtime.registry.get(board) !== undefined && readFacilitation(server.realtime.registry.get(board)!.doc).voting?.id === 'v1', 5_000, 'session reached the room');

		expect((await castVote(handle.db, rooms, ani, board, { shapeId: 'n1', delta: 1 })).left).toBe(1);
		expect(await refusal(castVote(handle.db, rooms, ani, board, { shapeId: 'n1', delta: 1 }))).toBe('one_per_shape');
		expect(await refusal(castVote(handle.db, rooms, ani, board, { shapeId: 'ghost', delta: 1 }))).toBe('no_shape');
		expect(await refusal(castVote(handle.db, rooms, ani, board, { shapeId: 'n3', delta: -1 }))).toBe('no_vote');
		expect((await castVote(handle.db, rooms, ani, board, { shapeId: 'n2', delta: 1 })).left).toBe(0);
		expect(await refusal(castVote(handle.db, rooms, ani, board, { shapeId: 'n3', delta: 1 }))).toBe('budget');
		await castVote(handle.db, rooms, budi, board, { shapeId: 'n1', delta: 1 });
		// Roles: a mentor comments, an outsider sees nothing; neither votes.
		expect(await refusal(castVote(handle.db, rooms, mentor, board, { shapeId: 'n1', delta: 1 }))).toBe('forbidden');
		expect(await refusal(castVote(handle.db, rooms, outsider, board, { shapeId: 'n1', delta: 1 }))).toBe('not_found');

		// A participant sees only their own ballot; the facilitator sees the standings.
		const mine = await myVote(handle.db, rooms, ani, board);
		expect(mine).toEqual({ session: 'v1', votes: [{ shapeId: 'n1', count: 1 }, { shapeId: 'n2', count: 1 }], left: 0 });
		expect((await myVote(handle.db, rooms, facilitator, board)).standings).toEqual({
			voters: 2,
			tally: [{ shapeId: 'n1', count: 2 }, { shapeId: 'n2', count: 1 }]
		});
		// Nothing of the vote is in any participant's document, nor stored in the board.
		await new Promise((r) => setTimeout(r, 200));
		expect(watcher.doc.getMap('facilitation').has('ballots')).toBe(false);
		expect(readFacilitation(watcher.doc).results).toBeNull();
		expect(readFacilitation(await stored()).results).toBeNull();

		expect(await refusal(revealVotes(handle.db, rooms, ani, board))).toBe('forbidden');
		const results = await revealVotes(handle.db, rooms, facilitator, board);
		expect(results.tally).toEqual([{ shapeId: 'n1', count: 2 }, { shapeId: 'n2', count: 1 }]);
		await waitFor(() => readFacilitation(watcher.doc).results?.voters === 2, 5_000, 'results reached a participant');
		expect(readFacilitation(watcher.doc).voting).toMatchObject({ revealed: true, open: false });
		expect(readFacilitation(await stored()).results?.tally[0]).toEqual({ shapeId: 'n1', count: 2 });
		expect(await refusal(castVote(handle.db, rooms, budi, board, { shapeId: 'n2', delta: 1 }))).toBe('closed');
	});

	it('names the voters of a named vote, and a new session starts from nothing', async () => {
		const fac = client(facilitator);
		await within(fac.synced, 5_000, 'sync');
		updateFacilitation(fac.doc, { voting: session('v2', { anonymous: false, multiplePerShape: true, budget: 3 }) }, origin);
		await waitFor(() => readFacilitation(server.realtime.registry.get(board)!.doc).voting?.id === 'v2', 5_000, 'new session');
		expect(await myVote(handle.db, rooms, ani, board)).toMatchObject({ session: 'v2', votes: [], left: 3 });
		await castVote(handle.db, rooms, ani, board, { shapeId: 'n3', delta: 1 });
		await castVote(handle.db, rooms, ani, board, { shapeId: 'n3', delta: 1 });
		const results = await revealVotes(handle.db, rooms, facilitator, board);
		expect(results.tally).toEqual([{ shapeId: 'n3', count: 2, names: ['Ani Peserta'] }]);
		const rows = await handle.db.select().from(boardBallots).where(eq(boardBallots.boardId, board));
		expect(rows.map((r) => r.session).sort()).toEqual(['v1', 'v1', 'v2']);
	});

	it('keeps private notes out of everyone else’s document until the reveal', async () => {
		const fac = client(facilitator);
		const budiClient = client(budi);
		await within(Promise.all([fac.synced, budiClient.synced]), 5_000, 'sync');
		const secret = note('secret-1', 'Ide rahasia Ani: layanan KTP di pasar');
		expect(await refusal(savePrivateNote(handle.db, rooms, ani, board, secret))).toBe('mode_off');
		updateFacilitation(fac.doc, { privateMode: true }, origin);
		await waitFor(() => readFacilitation(server.realtime.registry.get(board)!.doc).privateMode, 5_000, 'private mode on');

		const saved = await savePrivateNote(handle.db, rooms, ani, board, { ...secret, author: String(budi.id), parentId: 'n1' });
		expect(saved).toMatchObject({ id: 'secret-1', author: String(ani.id), parentId: null });
		await savePrivateNote(handle.db, rooms, ani, board, { ...secret, props: { ...secret.props, text: 'Ide rahasia Ani, versi 2' } });
		await savePrivateNote(handle.db, rooms, budi, board, note('secret-2', 'Catatan Budi'));
		// Hostile input: another person's note id, an id already on the board, not a sticky, a viewer.
		expect(await refusal(savePrivateNote(handle.db, rooms, budi, board, { ...secret, props: { text: 'ambil alih' } }))).toBe('taken');
		expect(await refusal(savePrivateNote(handle.db, rooms, ani, board, note('n1', 'timpa')))).toBe('taken');
		expect(await refusal(savePrivateNote(handle.db, rooms, ani, board, { ...createShape('rect', { x: 0, y: 0 }, { author: 'a', now: 1, order: 'a0' }) }))).toBe('invalid');
		expect(await refusal(savePrivateNote(handle.db, rooms, ani, board, { type: 'sticky', id: '<script>', x: NaN }))).toBe('invalid');
		expect(await refusal(savePrivateNote(handle.db, rooms, mentor, board, note('m1', 'x')))).toBe('forbidden');
		await deletePrivateNote(handle.db, budi, board, 'secret-1'); // not Budi's: nothing happens

		const aniView = await listPrivateNotes(handle.db, ani, board);
		expect(aniView.notes.map((n) => [n.id, (n.props as { text: string }).text])).toEqual([['secret-1', 'Ide rahasia Ani, versi 2']]);
		expect(aniView.hidden).toEqual({ notes: 1, people: 1 });
		const budiView = await listPrivateNotes(handle.db, budi, board);
		expect(budiView.notes.map((n) => n.id)).toEqual(['secret-2']);
		expect(JSON.stringify(budiView)).not.toContain('rahasia');

		await new Promise((r) => setTimeout(r, 200));
		for (const doc of [budiClient.doc, fac.doc, await stored()]) expect(docText(doc)).not.toContain('rahasia');

		expect(await refusal(revealPrivateNotes(handle.db, rooms, ani, board, true))).toBe('forbidden');
		expect(await revealPrivateNotes(handle.db, rooms, facilitator, board, true)).toBe(2);
		await waitFor(() => budiClient.doc.getMap('shapes').has('secret-1'), 5_000, 'revealed note reached Budi');
		expect(docText(budiClient.doc)).toContain('Ide rahasia Ani, versi 2');
		expect(readFacilitation(budiClient.doc).privateMode).toBe(false);
		expect(docText(await stored())).toContain('Ide rahasia Ani, versi 2');
		expect(await handle.db.select().from(boardPrivateNotes).where(eq(boardPrivateNotes.boardId, board))).toEqual([]);
	});

	it('caps the private notes one person holds on a board', async () => {
		const fac = client(facilitator);
		await within(fac.synced, 5_000, 'sync');
		updateFacilitation(fac.doc, { privateMode: true }, origin);
		await waitFor(() => readFacilitation(server.realtime.registry.get(board)!.doc).privateMode, 5_000, 'private mode on');
		const rows = Array.from({ length: MAX_PRIVATE_NOTES }, (_, i) => ({ boardId: board, id: `cap-${i}`, authorId: ani.id, record: note(`cap-${i}`) }));
		await handle.db.insert(boardPrivateNotes).values(rows);
		expect(await refusal(savePrivateNote(handle.db, rooms, ani, board, note('one-more')))).toBe('too_many');
		// Updating one already held is still fine.
		expect(await refusal(savePrivateNote(handle.db, rooms, ani, board, note('cap-0', 'diubah')))).toBeNull();
	});

	it('broadcasts a timer, a spotlight and the end of private mode to every team board, for facilitators only', async () => {
		const second = await createTestBoard(handle.db, facilitator, { teamId: team, workshopId: workshop });
		const watcher = connectClient(server.url, second, { token: budi.token });
		clients.push(watcher);
		await within(watcher.synced, 5_000, 'sync');
		const parse = (raw: Record<string, string>) => broadcastSchema.parse(raw);
		expect(broadcastSchema.safeParse({ action: 'timer', minutes: '0' }).success).toBe(false);
		expect(broadcastSchema.safeParse({ action: 'spotlight', text: '   ' }).success).toBe(false);
		expect(broadcastSchema.safeParse({ action: 'reboot' }).success).toBe(false);
		expect(await refusal(broadcastToWorkshop(handle.db, rooms, ani, workshop, parse({ action: 'spotlight', text: 'x' })))).toBe('forbidden');

		expect(await broadcastToWorkshop(handle.db, rooms, facilitator, workshop, parse({ action: 'timer', minutes: '7' }))).toBe(2);
		await broadcastToWorkshop(handle.db, rooms, facilitator, workshop, parse({ action: 'spotlight', text: 'Waktunya ideasi' }));
		await broadcastToWorkshop(handle.db, rooms, facilitator, workshop, parse({ action: 'private_on' }));
		await waitFor(() => readFacilitation(watcher.doc).privateMode && readFacilitation(watcher.doc).spotlight?.text === 'Waktunya ideasi', 5_000, 'broadcast reached a board');
		expect(readFacilitation(watcher.doc).timer.durationMs).toBe(7 * 60_000);
		await savePrivateNote(handle.db, rooms, budi, second, note('broadcast-secret', 'Ide Budi'));
		await broadcastToWorkshop(handle.db, rooms, facilitator, workshop, parse({ action: 'private_end' }));
		await waitFor(() => watcher.doc.getMap('shapes').has('broadcast-secret') && !readFacilitation(watcher.doc).privateMode, 5_000, 'notes revealed everywhere');
		const first = await stored();
		expect(readFacilitation(first).spotlight?.text).toBe('Waktunya ideasi');
	});
});
