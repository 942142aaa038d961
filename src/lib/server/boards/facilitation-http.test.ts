/**
 * Per-person write limits of the board's vote and private-note endpoints, through the endpoints'
 * own write functions and answers against a live realtime server: a workshop's normal pace passes,
 * a script past the limit gets 429 with the localized message and `retry-after`, a refused write
 * changes nothing already stored, and one person's limit leaves everyone else's writes alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import * as m from '../../paraglide/messages';
import { createTestDatabase, TEST_DATABASE_KINDS } from '../db/testing';
import type { DatabaseHandle } from '../db/client';
import { boardPrivateNotes } from '../db/schema';
import { createShape } from '../../canvas/model';
import { createShapes, readFacilitation, readShape, updateFacilitation } from '../../canvas/sync';
import { effectiveLimit, hitRateLimit } from '../auth/rate-limit';
import { connectClient, createTestBoard, createTestTeam, createTestUser, startTestServer, waitFor, within, type TestClient, type TestServer, type TestUser } from '../realtime/testing';
import { broadcastToWorkshop } from '../workshops/broadcast';
import type { LiveRooms } from './live-rooms';
import { myVote } from './voting';
import { facilitationAnswer, PRIVATE_NOTE_WRITE_LIMIT, privateNoteWrite, VOTE_WRITE_LIMIT, voteWrite } from './facilitation-http';

interface Answer {
	status: number;
	body: { message?: string; code?: string; [key: string]: unknown };
	retryAfter: string | null;
}

/** What the endpoint would send for one write. */
async function answer(run: () => Promise<unknown>): Promise<Answer> {
	const response = await facilitationAnswer(run);
	return { status: response.status, body: (await response.json()) as Answer['body'], retryAfter: response.headers.get('retry-after') };
}

function expectLimited(a: Answer): void {
	expect(a.status).toBe(429);
	expect(a.body).toEqual({ message: m.facilitation_error_rate_limited(), code: 'rate_limited' });
	// The page's language (Indonesian by default), not a code.
	expect(a.body.message).toContain('Terlalu banyak permintaan');
	const wait = Number(a.retryAfter);
	expect(wait).toBeGreaterThanOrEqual(1);
	expect(wait).toBeLessThanOrEqual(VOTE_WRITE_LIMIT.windowMs / 1000);
}

const origin = { kind: 'local', userId: 'fac' } as const;
const sticky = (id: string, text = '') => ({ ...createShape('sticky', { x: 0, y: 0, props: { text } }, { author: 'x', now: 1, order: 'a0' }), id });
const statuses = (answers: Answer[]) => answers.reduce<Record<number, number>>((acc, a) => ({ ...acc, [a.status]: (acc[a.status] ?? 0) + 1 }), {});

describe.each(TEST_DATABASE_KINDS)('facilitation write limits, %s', (kind) => {
	let handle: DatabaseHandle;
	let server: TestServer;
	let rooms: LiveRooms;
	let facilitator: TestUser;
	let ani: TestUser;
	let budi: TestUser;
	let workshop: number;
	let team: number;
	const clients: TestClient[] = [];
	const savedScale = process.env.RATE_LIMIT_SCALE;

	/** The board's room in the server (open while a test client is connected). */
	function live(board: string) {
		const room = server.realtime.registry.get(board);
		if (!room) throw new Error(`no live room for ${board}`);
		return room;
	}

	/** The facilitation state the server holds for the board, once its room is open. */
	function reached(board: string) {
		const room = server.realtime.registry.get(board);
		return room ? readFacilitation(room.doc) : null;
	}

	async function facilitatorOn(board: string): Promise<TestClient> {
		const c = connectClient(server.url, board, { token: facilitator.token });
		clients.push(c);
		await within(c.synced, 5_000, 'sync');
		return c;
	}

	async function privateMode(board: string): Promise<void> {
		const fac = await facilitatorOn(board);
		updateFacilitation(fac.doc, { privateMode: true }, origin);
		await waitFor(() => reached(board)?.privateMode === true, 5_000, 'private mode on');
	}

	beforeAll(async () => {
		// The limits as shipped: a scaled limit would say nothing about a real workshop.
		delete process.env.RATE_LIMIT_SCALE;
		handle = await createTestDatabase(kind);
		facilitator = await createTestUser(handle.db, 'Fina Fasilitator', 'facilitator');
		ani = await createTestUser(handle.db, 'Ani Peserta');
		budi = await createTestUser(handle.db, 'Budi Peserta');
		({ teamId: team, workshopId: workshop } = await createTestTeam(handle.db, {
			workshop: [[facilitator, 'facilitator']],
			team: [
				[ani, 'participant'],
				[budi, 'participant']
			]
		}));
		server = await startTestServer(handle.db);
		rooms = server.realtime.registry;
	});

	afterAll(async () => {
		if (savedScale !== undefined) process.env.RATE_LIMIT_SCALE = savedScale;
		for (const c of clients) c.destroy();
		await server?.close();
		await handle?.close();
	});

	it('lets a dozen quick votes through, answers a script with 429 and keeps the ballot', async () => {
		const board = await createTestBoard(handle.db, facilitator, { teamId: team, workshopId: workshop });
		const fac = await facilitatorOn(board);
		createShapes(fac.doc, [sticky('n1', 'Antrean daring'), sticky('n2', 'Loket keliling'), sticky('n3', 'SMS pengingat')], origin);
		const voting = { id: 'v1', open: true, revealed: false, startedAt: 1, budget: 12, multiplePerShape: true, anonymous: false };
		updateFacilitation(fac.doc, { voting }, origin);
		await waitFor(() => reached(board)?.voting?.id === 'v1', 5_000, 'session reached the room');
		const vote = (user: TestUser, shapeId: string, delta: 1 | -1) => answer(() => voteWrite(handle.db, rooms, user, board, { action: 'vote', shapeId, delta }));

		// A participant places a dozen votes as fast as the server answers: all counted.
		const placed: Answer[] = [];
		for (let i = 0; i < 12; i++) placed.push(await vote(ani, `n${(i % 3) + 1}`, 1));
		expect(placed.map((a) => a.status)).toEqual(Array(12).fill(200));
		expect(placed.at(-1)!.body).toMatchObject({ left: 0 });

		// A script fires the rest of the window's budget and more at once: exactly the limit is served
		// (refused by the session's rules, since the ballot is full), the rest is turned away.
		const limit = effectiveLimit(VOTE_WRITE_LIMIT);
		const burst = await Promise.all(Array.from({ length: limit }, () => vote(ani, 'n1', 1)));
		expect(statuses(burst)).toEqual({ 409: limit - 12, 429: 12 });
		for (const a of burst.filter((b) => b.status === 429)) expectLimited(a);

		// Withdrawing while limited is refused too, and the stored ballot is as it was.
		expectLimited(await vote(ani, 'n2', -1));
		expect(await myVote(handle.db, rooms, ani, board)).toMatchObject({
			votes: [
				{ shapeId: 'n1', count: 4 },
				{ shapeId: 'n2', count: 4 },
				{ shapeId: 'n3', count: 4 }
			],
			left: 0
		});

		// Others vote and the facilitator reveals, each on their own budget.
		expect((await vote(budi, 'n3', 1)).status).toBe(200);
		const reveal = await answer(() => voteWrite(handle.db, rooms, facilitator, board, { action: 'reveal' }));
		expect(reveal.status).toBe(200);
		const results = reveal.body.results as { voters: number; tally: { shapeId: string; count: number; names?: string[] }[] };
		expect(results.voters).toBe(2);
		expect(results.tally.map((t) => [t.shapeId, t.count, [...(t.names ?? [])].sort()])).toEqual([
			['n3', 5, ['Ani Peserta', 'Budi Peserta']],
			['n1', 4, ['Ani Peserta']],
			['n2', 4, ['Ani Peserta']]
		]);
	});

	it('never limits typing into private notes, and a refused write leaves the stored notes alone', async () => {
		const board = await createTestBoard(handle.db, facilitator, { teamId: team, workshopId: workshop });
		await privateMode(board);
		const write = (user: TestUser, input: Parameters<typeof privateNoteWrite>[4]) => answer(() => privateNoteWrite(handle.db, rooms, user, board, input));
		const save = (user: TestUser, id: string, text: string) => write(user, { action: 'save', note: sticky(id, text) });

		// A participant pastes 50 lines (the client's cap: 50 notes saved at once) ...
		const pasted = await Promise.all(Array.from({ length: 50 }, (_, i) => save(ani, `ani-${i}`, `Ide ${i}`)));
		expect(statuses(pasted)).toEqual({ 200: 50 });
		// ... then types into one: the client saves 500 ms after the last key, so even typing in short
		// bursts saves at most twice a second; 100 saves is most of a minute of that, all kept.
		const typed: Answer[] = [];
		for (let i = 1; i <= 100; i++) typed.push(await save(ani, 'ani-0', 'Layanan KTP di pasar'.slice(0, (i % 20) + 1)));
		expect(statuses(typed)).toEqual({ 200: 100 });
		expect((await write(ani, { action: 'delete', id: 'ani-49' })).status).toBe(200);

		// A script saving in a loop: served up to the limit, then 429.
		const used = 50 + 100 + 1;
		const limit = effectiveLimit(PRIVATE_NOTE_WRITE_LIMIT);
		expect(used).toBeLessThan(limit);
		const burst = await Promise.all(Array.from({ length: limit - used + 20 }, (_, i) => save(ani, 'ani-0', `skrip ${i}`)));
		expect(statuses(burst)).toEqual({ 200: limit - used, 429: 20 });
		for (const a of burst.filter((b) => b.status === 429)) expectLimited(a);

		// Refused saves, deletes and new notes change nothing already stored.
		const storedNotes = () =>
			handle.db
				.select({ id: boardPrivateNotes.id, record: boardPrivateNotes.record, updatedAt: boardPrivateNotes.updatedAt })
				.from(boardPrivateNotes)
				.where(and(eq(boardPrivateNotes.boardId, board), eq(boardPrivateNotes.authorId, ani.id)))
				.orderBy(asc(boardPrivateNotes.id));
		const before = await storedNotes();
		expect(before).toHaveLength(49);
		expectLimited(await save(ani, 'ani-1', 'ditimpa'));
		expectLimited(await write(ani, { action: 'delete', id: 'ani-2' }));
		expectLimited(await save(ani, 'ani-baru', 'catatan baru'));
		expect(await storedNotes()).toEqual(before);

		// Budi writes, and the facilitator reveals everything Ani had stored.
		expect((await save(budi, 'budi-1', 'Catatan Budi')).status).toBe(200);
		const reveal = await write(facilitator, { action: 'reveal', end: true });
		expect(reveal).toMatchObject({ status: 200, body: { revealed: 50 } });
		const doc = live(board).doc;
		expect(readShape(doc, 'ani-1')?.props).toMatchObject({ text: 'Ide 1' });
		expect(readShape(doc, 'ani-2')).not.toBeNull();
		expect(readShape(doc, 'ani-baru')).toBeNull();
	});

	it('does not hold back a facilitator’s workshop-wide reveal with the endpoint limit', async () => {
		const board = await createTestBoard(handle.db, facilitator, { teamId: team, workshopId: workshop });
		await privateMode(board);
		expect((await answer(() => privateNoteWrite(handle.db, rooms, budi, board, { action: 'save', note: sticky('budi-2', 'Ide Budi') }))).status).toBe(200);
		// The facilitator has used up their own endpoint budget ...
		for (let i = 0; i < effectiveLimit(PRIVATE_NOTE_WRITE_LIMIT); i++) await hitRateLimit(handle.db, PRIVATE_NOTE_WRITE_LIMIT, String(facilitator.id));
		expectLimited(await answer(() => privateNoteWrite(handle.db, rooms, facilitator, board, { action: 'reveal', end: false })));
		// ... yet ending private mode on every team board from the overview reveals each of them.
		await broadcastToWorkshop(handle.db, rooms, facilitator, workshop, { action: 'private_end' });
		expect(readShape(live(board).doc, 'budi-2')).not.toBeNull();
	});
});
