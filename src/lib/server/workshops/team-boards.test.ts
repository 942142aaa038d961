import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '../db/testing';
import type { Database } from '../db/client';
import { boards, users, type Role } from '../db/schema';
import { DatabaseBoardStore } from '../realtime/persistence';
import { readBoard, readMeta } from '../../canvas/sync';
import { getMethod } from '../../methods';
import type { Actor } from './access';
import { isWorkshopError } from './errors';
import { joinWorkshop } from './members';
import { advanceWorkshopStage, setTeamStage } from './stages';
import { boardStage, createTeamBoard, initialBoardUpdate, listTeamBoards, teamsForTemplates } from './team-boards';
import { createTeam, moveParticipant } from './teams';
import { createWorkshop } from './workshops';

let seq = 0;
async function makeUser(db: Database, role: Role): Promise<Actor> {
	seq++;
	const [row] = await db
		.insert(users)
		.values({ email: `papan${seq}@contoh.go.id`, name: `Papan ${seq}`, handle: `papan-${seq}`, passwordHash: 'x', role })
		.returning({ id: users.id });
	return { id: row!.id, role };
}

async function loadDoc(db: Database, boardId: string): Promise<Y.Doc> {
	const doc = new Y.Doc();
	for (const update of (await new DatabaseBoardStore(db).load(boardId)).updates) Y.applyUpdate(doc, update);
	return doc;
}

describe('initialBoardUpdate', () => {
	it('holds the meta and, for a method, exactly its template', () => {
		const doc = new Y.Doc();
		Y.applyUpdate(doc, initialBoardUpdate({ title: 'Peta empati', stage: 'definisi', methodId: 'empathy-map', locale: 'id', author: '7', now: 1 }));
		expect(readMeta(doc)).toMatchObject({ title: 'Peta empati', stage: 'definisi', template: 'empathy-map' });
		const board = readBoard(doc);
		expect(board.dropped).toEqual([]);
		const expected = getMethod('empathy-map')!.template({ locale: 'id', author: '7', now: 1 });
		expect(board.shapes.map((s) => [s.type, s.x, s.y, s.w, s.h])).toEqual(expected.map((s) => [s.type, s.x, s.y, s.w, s.h]));
		expect(board.shapes.filter((s) => s.type === 'frame').map((s) => s.type === 'frame' && s.props.name)).toContain('Mengatakan');

		const blank = new Y.Doc();
		Y.applyUpdate(blank, initialBoardUpdate({ title: 'Kosong', stage: 'empati', methodId: null, locale: 'en', author: '7', now: 1 }));
		expect(readBoard(blank).shapes).toEqual([]);
		expect(readMeta(blank).template).toBeNull();
	});
});

describe.each(TEST_DATABASE_KINDS)('team boards on %s', (kind) => {
	let db: Database;
	let close: () => Promise<void>;
	beforeAll(async () => {
		const handle = await createTestDatabase(kind);
		db = handle.db;
		close = handle.close;
	});
	afterAll(() => close());

	it('starts a team board from a template, lists it, and mirrors stage changes into the board record', async () => {
		const facilitator = await makeUser(db, 'facilitator');
		const member = await makeUser(db, 'participant');
		const outsider = await makeUser(db, 'participant');
		const other = await makeUser(db, 'participant');
		const { id, joinCode } = await createWorkshop(db, facilitator, {
			title: 'Kelas Papan',
			description: '',
			startsOn: null,
			endsOn: null,
			partnerAgencyId: null,
			capacity: 10
		});
		await joinWorkshop(db, member, joinCode);
		await joinWorkshop(db, other, joinCode);
		const team = await createTeam(db, facilitator, id, 'Tim Papan');
		const otherTeam = await createTeam(db, facilitator, id, 'Tim Lain');
		await moveParticipant(db, facilitator, id, member.id, team);
		await moveParticipant(db, facilitator, id, other.id, otherTeam);

		const boardId = await createTeamBoard(db, member, team, { title: 'Peta empati kami', methodId: 'empathy-map', locale: 'id' });
		const [row] = await db.select().from(boards).where(eq(boards.id, boardId));
		expect(row).toMatchObject({ teamId: team, workshopId: id, template: 'empathy-map', stage: 'empati', ownerId: member.id });
		const doc = await loadDoc(db, boardId);
		expect(readMeta(doc)).toMatchObject({ title: 'Peta empati kami', template: 'empathy-map', stage: 'empati' });
		expect(readBoard(doc).shapes.length).toBe(getMethod('empathy-map')!.template({ locale: 'id', author: '', now: 0 }).length);

		// A facilitator can start one too; a participant of another team or an outsider cannot.
		const blank = await createTeamBoard(db, facilitator, team, { title: 'Papan bebas', methodId: null, locale: 'id' });
		for (const actor of [other, outsider]) {
			const before = (await db.select().from(boards)).length;
			const error = await createTeamBoard(db, actor, team, { title: 'Bukan milikku', methodId: null, locale: 'id' }).catch((e: unknown) => e);
			expect(isWorkshopError(error, 'forbidden')).toBe(true);
			expect(await db.select().from(boards)).toHaveLength(before);
		}
		const unknown = await createTeamBoard(db, member, team, { title: 'X', methodId: 'tidak-ada', locale: 'id' }).catch((e: unknown) => e);
		expect(isWorkshopError(unknown, 'method_not_found')).toBe(true);

		const listed = await listTeamBoards(db, other, id);
		expect(listed.map((b) => [b.id, b.teamId, b.template])).toEqual([
			[boardId, team, 'empathy-map'],
			[blank, team, null]
		]);
		expect(await listTeamBoards(db, outsider, id).catch((e: unknown) => isWorkshopError(e, 'not_found'))).toBe(true);

		await setTeamStage(db, facilitator, team, 'ideasi');
		expect(await boardStage(db, boardId)).toBe('ideasi');
		expect((await db.select().from(boards).where(eq(boards.id, blank)))[0]!.stage).toBe('ideasi');
		await advanceWorkshopStage(db, facilitator, id);
		// Team stays ahead at ideasi; the board record follows the team, not the workshop.
		expect((await db.select().from(boards).where(eq(boards.id, boardId)))[0]!.stage).toBe('ideasi');
		expect(await boardStage(db, 'tidakadapapannyatidakada')).toBeNull();

		// Who may start boards where: a participant in their team, a facilitator in every team.
		expect((await teamsForTemplates(db, member)).map((t) => t.teamId)).toEqual([team]);
		expect((await teamsForTemplates(db, facilitator)).map((t) => t.teamName)).toEqual(['Tim Lain', 'Tim Papan']);
		expect(await teamsForTemplates(db, outsider)).toEqual([]);
	});
});
