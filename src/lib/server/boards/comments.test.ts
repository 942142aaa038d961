import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '../db/testing';
import type { Database } from '../db/client';
import { boards, notifications, teamMembers, teams, users, workshopMembers, workshops, type Role } from '../db/schema';
import { BoardError, createBoard, grantBoardAccess } from './boards';
import { addComment, boardCommenters, commentInputSchema, deleteComment, listComments, setCommentResolved } from './comments';

let seq = 0;
async function makeUser(db: Database, role: Role = 'participant') {
	seq++;
	const name = `Komentar ${seq}`;
	const [row] = await db
		.insert(users)
		.values({ email: `komentar${seq}-${Date.now()}@contoh.go.id`, name, handle: `komentar-${seq}-${Date.now()}`, passwordHash: 'x', role })
		.returning({ id: users.id });
	return { id: row!.id, role, name };
}

async function refusal(run: Promise<unknown>): Promise<string | null> {
	const error = await run.then(() => null, (e: unknown) => e);
	return error instanceof BoardError ? error.code : error === null ? null : String(error);
}

describe.each(TEST_DATABASE_KINDS)('board comments on %s', (kind) => {
	let db: Database;
	let close: () => Promise<void>;
	let facilitator: Awaited<ReturnType<typeof makeUser>>;
	let mentor: Awaited<ReturnType<typeof makeUser>>;
	let member: Awaited<ReturnType<typeof makeUser>>;
	let otherTeam: Awaited<ReturnType<typeof makeUser>>;
	let outsider: Awaited<ReturnType<typeof makeUser>>;
	let linkViewer: Awaited<ReturnType<typeof makeUser>>;
	let boardId: string;

	beforeAll(async () => {
		const handle = await createTestDatabase(kind);
		db = handle.db;
		close = handle.close;
		facilitator = await makeUser(db, 'facilitator');
		mentor = await makeUser(db, 'mentor');
		member = await makeUser(db);
		otherTeam = await makeUser(db);
		outsider = await makeUser(db);
		linkViewer = await makeUser(db);
		const [workshop] = await db.insert(workshops).values({ title: 'Kelas', joinCode: `KOM${seq}${kind.length}` }).returning({ id: workshops.id });
		const [team] = await db.insert(teams).values({ workshopId: workshop!.id, name: 'Tim Melati' }).returning({ id: teams.id });
		await db.insert(workshopMembers).values([
			{ workshopId: workshop!.id, userId: facilitator.id, role: 'facilitator' },
			{ workshopId: workshop!.id, userId: mentor.id, role: 'mentor' },
			{ workshopId: workshop!.id, userId: member.id, role: 'participant' },
			{ workshopId: workshop!.id, userId: otherTeam.id, role: 'participant' }
		]);
		await db.insert(teamMembers).values({ teamId: team!.id, userId: member.id, role: 'participant' });
		boardId = await createBoard(db, facilitator, { title: 'Papan tim' });
		await db.update(boards).set({ teamId: team!.id, workshopId: workshop!.id, ownerId: null }).where(eq(boards.id, boardId));
		await grantBoardAccess(db, { id: facilitator.id, role: 'admin' }, boardId, linkViewer.id, 'view');
	});
	afterAll(() => close());

	it('lets the team, mentors and facilitators comment, mention and resolve; notifies the mentioned', async () => {
		const feedback = await addComment(db, mentor, boardId, commentInputSchema.parse({ shapeId: 'note-1', body: '  Coba gali lagi kebutuhan pengguna @Komentar  ', mentions: [member.id, outsider.id] }));
		expect(feedback.body).toBe('Coba gali lagi kebutuhan pengguna @Komentar');
		// The outsider cannot read the board's comments, so the mention is dropped.
		expect(feedback.mentions.map((p) => p.id)).toEqual([member.id]);
		const sent = await db.select().from(notifications).where(and(eq(notifications.userId, member.id), eq(notifications.kind, 'comment')));
		expect(sent).toHaveLength(1);
		expect(sent[0]!.link).toBe(`/papan/${boardId}?komentar=note-1`);
		expect(await db.select().from(notifications).where(eq(notifications.userId, outsider.id))).toHaveLength(0);

		await addComment(db, member, boardId, { shapeId: 'note-1', body: 'Siap, kami wawancara ulang.', mentions: [] });
		await setCommentResolved(db, member, boardId, feedback.id, true);
		const thread = await listComments(db, facilitator, boardId);
		expect(thread.map((c) => [c.shapeId, c.resolved, c.author?.id])).toEqual([
			['note-1', true, mentor.id],
			['note-1', false, member.id]
		]);
		await setCommentResolved(db, facilitator, boardId, feedback.id, false);
		expect((await listComments(db, mentor, boardId))[0]!.resolved).toBe(false);
		const people = (await boardCommenters(db, boardId)).map((p) => p.id).sort((a, b) => a - b);
		expect(people).toEqual([facilitator.id, mentor.id, member.id].sort((a, b) => a - b));
	});

	it('refuses viewers and outsiders, and lets only the author or a facilitator delete', async () => {
		expect(await refusal(listComments(db, otherTeam, boardId))).toBe('forbidden');
		expect(await refusal(listComments(db, linkViewer, boardId))).toBe('forbidden');
		expect(await refusal(listComments(db, outsider, boardId))).toBe('not_found');
		expect(await refusal(addComment(db, otherTeam, boardId, { shapeId: 'n', body: 'x', mentions: [] }))).toBe('forbidden');
		expect(await refusal(setCommentResolved(db, outsider, boardId, 1, true))).toBe('not_found');
		const mine = await addComment(db, member, boardId, { shapeId: 'frame-1', body: 'Catatan saya', mentions: [] });
		expect(await refusal(deleteComment(db, mentor, boardId, mine.id))).toBe('forbidden');
		expect(await refusal(deleteComment(db, member, 'nope-board', mine.id))).toBe('not_found');
		const byMentor = await addComment(db, mentor, boardId, { shapeId: 'frame-1', body: 'Masukan', mentions: [] });
		await deleteComment(db, facilitator, boardId, byMentor.id);
		await deleteComment(db, member, boardId, mine.id);
		expect((await listComments(db, member, boardId)).some((c) => c.shapeId === 'frame-1')).toBe(false);
	});

	it('validates the input: body required and at most 2000 characters, shape id shaped like one', () => {
		expect(commentInputSchema.safeParse({ shapeId: 'n1', body: '   ' }).success).toBe(false);
		expect(commentInputSchema.safeParse({ shapeId: 'n1', body: 'x'.repeat(2001) }).success).toBe(false);
		expect(commentInputSchema.safeParse({ shapeId: '../x', body: 'ok' }).success).toBe(false);
		expect(commentInputSchema.parse({ shapeId: 'n1', body: 'x'.repeat(2000) }).mentions).toEqual([]);
	});
});
