import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '../db/testing';
import type { Database, DatabaseHandle } from '../db/client';
import { boards } from '../db/schema';
import { createTestBoard, createTestTeam, createTestUser, type TestUser } from '../realtime/testing';
import { authorizeBoard, linkTokenMatches, strongerRole } from './access';
import {
	BoardError,
	createBoard,
	deleteBoard,
	getBoard,
	grantBoardAccess,
	listBoards,
	onBoardChange,
	renameBoard,
	revokeBoardAccess,
	setBoardLink,
	teamsForNewBoards
} from './boards';

describe('role arithmetic', () => {
	it('keeps the stronger role and compares link tokens exactly', () => {
		expect(strongerRole(null, 'view')).toBe('view');
		expect(strongerRole('comment', 'view')).toBe('comment');
		expect(strongerRole('comment', 'edit')).toBe('edit');
		expect(linkTokenMatches('abc', 'abc')).toBe(true);
		expect(linkTokenMatches('abc', 'abd')).toBe(false);
		expect(linkTokenMatches('abc', 'abcd')).toBe(false);
		expect(linkTokenMatches(null, 'abc')).toBe(false);
	});
});

describe.each(TEST_DATABASE_KINDS)('boards on %s', (kind) => {
	let handle: DatabaseHandle;
	let db: Database;
	let owner: TestUser, teammate: TestUser, teamMentor: TestUser, facilitator: TestUser, mentor: TestUser, otherTeam: TestUser;
	let outsider: TestUser, admin: TestUser;
	let teamId: number;
	let workshopId: number;

	beforeAll(async () => {
		handle = await createTestDatabase(kind);
		db = handle.db;
		owner = await createTestUser(db, 'Pemilik');
		teammate = await createTestUser(db, 'Rekan');
		teamMentor = await createTestUser(db, 'Mentor Tim');
		facilitator = await createTestUser(db, 'Fasilitator');
		mentor = await createTestUser(db, 'Mentor');
		otherTeam = await createTestUser(db, 'Tim Lain');
		outsider = await createTestUser(db, 'Orang Luar');
		admin = await createTestUser(db, 'Admin', 'admin');
		({ teamId, workshopId } = await createTestTeam(db, {
			workshop: [
				[facilitator, 'facilitator'],
				[mentor, 'mentor'],
				[otherTeam, 'participant']
			],
			team: [
				[owner, 'participant'],
				[teammate, 'participant'],
				[teamMentor, 'mentor']
			]
		}));
	});
	afterAll(() => handle?.close());

	const roleOf = async (boardId: string, user: TestUser, token?: string | null) => {
		const auth = await authorizeBoard(db, boardId, user, token);
		return auth.exists ? auth.role : 'missing';
	};

	it('applies the access rules: owner, grants, team, workshop, admin, link token', async () => {
		const personal = await createTestBoard(db, owner);
		const teamBoard = await createTestBoard(db, owner, { teamId, workshopId });
		const workshopBoard = await createTestBoard(db, facilitator, { workshopId });
		expect(await roleOf(personal, owner)).toBe('edit');
		expect(await roleOf(personal, teammate)).toBeNull();
		expect(await roleOf(personal, admin)).toBe('edit');
		expect(await roleOf('a'.repeat(24), owner)).toBe('missing');

		expect(await roleOf(teamBoard, teammate)).toBe('edit');
		expect(await roleOf(teamBoard, facilitator)).toBe('edit');
		expect(await roleOf(teamBoard, mentor)).toBe('comment');
		expect(await roleOf(teamBoard, teamMentor)).toBe('comment');
		expect(await roleOf(teamBoard, otherTeam)).toBe('view');
		expect(await roleOf(teamBoard, outsider)).toBeNull();

		expect(await roleOf(workshopBoard, facilitator)).toBe('edit');
		expect(await roleOf(workshopBoard, mentor)).toBe('comment');
		expect(await roleOf(workshopBoard, otherTeam)).toBe('view');
		expect(await roleOf(workshopBoard, outsider)).toBeNull();

		await grantBoardAccess(db, owner, personal, outsider.id, 'comment');
		expect(await roleOf(personal, outsider)).toBe('comment');
		// A grant never weakens what the team rules give.
		await grantBoardAccess(db, owner, teamBoard, teammate.id, 'view');
		expect(await roleOf(teamBoard, teammate)).toBe('edit');

		const token = await setBoardLink(db, owner, personal, true);
		expect(token).toMatch(/^[a-z2-7]{32}$/);
		expect(await roleOf(personal, teammate, token)).toBe('view');
		expect(await roleOf(personal, teammate, 'x'.repeat(32))).toBeNull();
		const rotated = await setBoardLink(db, owner, personal, true);
		expect(await roleOf(personal, teammate, token)).toBeNull();
		expect(await roleOf(personal, teammate, rotated)).toBe('view');
		await setBoardLink(db, owner, personal, false);
		expect(await roleOf(personal, teammate, rotated)).toBeNull();
	});

	it('creates personal and team boards, and refuses a team the actor does not work in', async () => {
		expect(await teamsForNewBoards(db, owner)).toEqual([expect.objectContaining({ id: teamId })]);
		expect(await teamsForNewBoards(db, outsider)).toEqual([]);
		const id = await createBoard(db, teammate, { title: 'Peta empati', teamId });
		const [row] = await db.select().from(boards).where(eq(boards.id, id));
		expect(row).toMatchObject({ title: 'Peta empati', ownerId: teammate.id, teamId, workshopId, visibility: 'private' });
		expect(id).toMatch(/^[a-z2-7]{24}$/);
		await expect(createBoard(db, outsider, { title: 'Menyusup', teamId })).rejects.toThrow(BoardError);
		await expect(createBoard(db, mentor, { title: 'Mentor menulis', teamId })).rejects.toThrow(BoardError);
	});

	it('lists my boards, my teams’ boards and boards shared with me, without the link token', async () => {
		const mine = await createBoard(db, outsider, { title: 'Milik orang luar' });
		const shared = await createBoard(db, admin, { title: 'Dibagikan' });
		await grantBoardAccess(db, admin, shared, outsider.id, 'view');
		const lists = await listBoards(db, outsider);
		expect(lists.mine.map((b) => b.title)).toContain('Milik orang luar');
		expect(lists.shared).toContainEqual(expect.objectContaining({ id: shared, title: 'Dibagikan', role: 'view', canManage: false }));
		expect(lists.shared.map((b) => b.id)).not.toContain(mine);
		const teamLists = await listBoards(db, owner);
		expect(teamLists.team.some((b) => b.title === 'Peta empati' && b.role === 'edit' && b.teamName)).toBe(true);
		const mentorLists = await listBoards(db, teamMentor);
		expect(mentorLists.team.find((b) => b.title === 'Peta empati')?.role).toBe('comment');
		for (const board of [...lists.mine, ...lists.shared, ...teamLists.team]) expect(Object.keys(board)).not.toContain('linkToken');
		expect((await getBoard(db, outsider, mine)).title).toBe('Milik orang luar');
		await expect(getBoard(db, teammate, mine)).rejects.toMatchObject({ code: 'not_found' });
		await expect(getBoard(db, teammate, 'not-an-id')).rejects.toMatchObject({ code: 'not_found' });
	});

	it('lets editors rename, only the owner or an admin delete or share, and announces every change', async () => {
		const id = await createBoard(db, owner, { title: 'Awal', teamId });
		const changed: string[] = [];
		const stop = onBoardChange((boardId) => changed.push(boardId));
		try {
			await renameBoard(db, teammate, id, 'Diganti rekan');
			expect((await getBoard(db, owner, id)).title).toBe('Diganti rekan');
			await expect(renameBoard(db, otherTeam, id, 'Pengamat')).rejects.toMatchObject({ code: 'forbidden' });
			await expect(renameBoard(db, outsider, id, 'Orang luar')).rejects.toMatchObject({ code: 'not_found' });
			await expect(deleteBoard(db, teammate, id)).rejects.toMatchObject({ code: 'forbidden' });
			await expect(grantBoardAccess(db, teammate, id, outsider.id, 'edit')).rejects.toMatchObject({ code: 'forbidden' });
			await grantBoardAccess(db, owner, id, outsider.id, 'edit');
			expect(await roleOf(id, outsider)).toBe('edit');
			await revokeBoardAccess(db, owner, id, outsider.id);
			expect(await roleOf(id, outsider)).toBeNull();
			await deleteBoard(db, admin, id);
			expect(await roleOf(id, owner)).toBe('missing');
			expect(changed).toEqual([id, id, id, id]);
		} finally {
			stop();
		}
	});
});
