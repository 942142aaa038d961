import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '../db/testing';
import type { Database } from '../db/client';
import { agencies, auditLog, teamMembers, teams, users, workshopMembers, workshops, type Role } from '../db/schema';
import type { Actor } from './access';
import { canFacilitate, teamBoardAccess } from './access';
import { isWorkshopError, type WorkshopErrorCode } from './errors';
import { JOIN_CODE_ALPHABET } from './join-code';
import { addMemberByEmail, joinWorkshop, removeMember, setMemberRole } from './members';
import { onStageChange, advanceTeamStage, advanceWorkshopStage, setTeamStage, stageOfTeam, type StageChange } from './stages';
import { assignMentor, createTeam, deleteTeam, moveParticipant, renameTeam, shuffleTeams, unassignMentor } from './teams';
import {
	createWorkshop,
	findWorkshopByCode,
	getWorkshopDetail,
	listMyWorkshops,
	regenerateJoinCode,
	setWorkshopStatus,
	updateWorkshop
} from './workshops';
import type { WorkshopForm } from './forms';

let seq = 0;
async function makeUser(db: Database, role: Role, agencyId: number | null = null): Promise<Actor & { email: string }> {
	seq++;
	const email = `user${seq}@contoh.go.id`;
	const [row] = await db
		.insert(users)
		.values({ email, name: `Pengguna ${seq}`, handle: `pengguna-${seq}`, passwordHash: 'x', role, agencyId })
		.returning({ id: users.id });
	return { id: row!.id, role, email };
}

const form = (overrides: Partial<WorkshopForm> = {}): WorkshopForm => ({
	title: 'Kelas Inovasi Layanan Kependudukan',
	description: 'Tim lintas instansi merancang layanan KTP yang lebih cepat.',
	startsOn: new Date('2026-03-02T00:00:00Z'),
	endsOn: new Date('2026-03-04T00:00:00Z'),
	partnerAgencyId: null,
	capacity: 30,
	...overrides
});

async function expectRefused(promise: Promise<unknown>, code: WorkshopErrorCode): Promise<void> {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(isWorkshopError(error, code), `expected ${code}, got ${String(error)}`).toBe(true);
}

describe.each(TEST_DATABASE_KINDS)('workshop services on %s', (kind) => {
	let db: Database;
	let close: () => Promise<void>;
	let agencyIds: number[];
	let facilitator: Actor;
	let admin: Actor;

	beforeAll(async () => {
		const handle = await createTestDatabase(kind);
		db = handle.db;
		close = handle.close;
		const rows = await db
			.insert(agencies)
			.values(['Dinas Dukcapil Kota Bandung', 'Bappeda Provinsi Bali', 'Dinas Kesehatan Kabupaten Sleman', 'Badan Kepegawaian Negara'].map((name) => ({ name, kind: 'pemkot' })))
			.returning({ id: agencies.id });
		agencyIds = rows.map((r) => r.id);
		facilitator = await makeUser(db, 'facilitator');
		admin = await makeUser(db, 'admin');
	});
	afterAll(() => close());

	it('lets a facilitator create a workshop with an easy-to-type code; participants may not', async () => {
		const { id, joinCode } = await createWorkshop(db, facilitator, form({ partnerAgencyId: agencyIds[0]! }));
		expect(joinCode).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{8}$`));
		expect(joinCode).not.toMatch(/[01OI]/);
		const [member] = await db.select().from(workshopMembers).where(eq(workshopMembers.workshopId, id));
		expect(member).toMatchObject({ userId: facilitator.id, role: 'facilitator' });

		const participant = await makeUser(db, 'participant');
		const before = (await db.select().from(workshops)).length;
		await expectRefused(createWorkshop(db, participant, form()), 'forbidden');
		expect(await db.select().from(workshops)).toHaveLength(before);
		await expectRefused(createWorkshop(db, facilitator, form({ partnerAgencyId: 999_999 })), 'agency_not_found');
	});

	it('joins with the code: idempotent, case- and dash-insensitive, capacity enforced, closed refused', async () => {
		const { id, joinCode } = await createWorkshop(db, facilitator, form({ capacity: 2 }));
		const [a, b, c] = [await makeUser(db, 'participant'), await makeUser(db, 'participant'), await makeUser(db, 'participant')];
		const typed = `${joinCode.slice(0, 4).toLowerCase()}-${joinCode.slice(4)}`;
		expect(await joinWorkshop(db, a, typed)).toEqual({ workshopId: id, role: 'participant', alreadyMember: false });
		expect(await joinWorkshop(db, a, joinCode)).toEqual({ workshopId: id, role: 'participant', alreadyMember: true });
		await joinWorkshop(db, b, joinCode);
		await expectRefused(joinWorkshop(db, c, joinCode), 'full');
		// Mentors and facilitators do not take participant seats.
		const mentor = await makeUser(db, 'mentor');
		expect((await joinWorkshop(db, mentor, joinCode)).role).toBe('mentor');
		const members = await db.select().from(workshopMembers).where(eq(workshopMembers.workshopId, id));
		expect(members.filter((m) => m.role === 'participant')).toHaveLength(2);

		await setWorkshopStatus(db, facilitator, id, 'closed');
		await updateWorkshop(db, facilitator, id, form({ capacity: 10 }));
		await expectRefused(joinWorkshop(db, c, joinCode), 'closed');
		// A member joining again is still welcome while closed.
		expect((await joinWorkshop(db, a, joinCode)).alreadyMember).toBe(true);
		await expectRefused(joinWorkshop(db, c, 'ZZZZ-ZZZZ'), 'code_invalid');
	});

	it('fills the last seat only once when joins race', async () => {
		const { id, joinCode } = await createWorkshop(db, facilitator, form({ capacity: 3 }));
		const people = await Promise.all(Array.from({ length: 6 }, () => makeUser(db, 'participant')));
		const results = await Promise.allSettled(people.map((p) => joinWorkshop(db, p, joinCode)));
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
		for (const r of results) if (r.status === 'rejected') expect(isWorkshopError(r.reason, 'full')).toBe(true);
		const rows = await db.select().from(workshopMembers).where(and(eq(workshopMembers.workshopId, id), eq(workshopMembers.role, 'participant')));
		expect(rows).toHaveLength(3);
	});

	it('rate-limits guessing codes per user', async () => {
		const guesser = await makeUser(db, 'participant');
		for (let i = 0; i < 10; i++) await expectRefused(joinWorkshop(db, guesser, `ABCD${String(2000 + i)}`.replace(/[01]/g, '2')), 'code_invalid');
		await expectRefused(joinWorkshop(db, guesser, 'ABCDEFGH'), 'rate_limited');
	});

	it('refuses every management action to a participant and changes nothing', async () => {
		const { id, joinCode } = await createWorkshop(db, facilitator, form());
		const participant = await makeUser(db, 'participant', agencyIds[0]!);
		const other = await makeUser(db, 'participant', agencyIds[1]!);
		await joinWorkshop(db, participant, joinCode);
		await joinWorkshop(db, other, joinCode);
		const teamId = await createTeam(db, facilitator, id, 'Tim Kenanga');
		const otherFacilitator = await makeUser(db, 'facilitator');
		const snapshot = async () => ({
			workshop: await db.select().from(workshops).where(eq(workshops.id, id)),
			members: await db.select().from(workshopMembers).where(eq(workshopMembers.workshopId, id)),
			teams: await db.select().from(teams).where(eq(teams.workshopId, id)),
			placements: await db.select().from(teamMembers).where(eq(teamMembers.teamId, teamId))
		});
		const before = await snapshot();
		for (const actor of [participant, otherFacilitator]) {
			await expectRefused(updateWorkshop(db, actor, id, form({ title: 'Diambil alih' })), 'forbidden');
			await expectRefused(setWorkshopStatus(db, actor, id, 'archived'), 'forbidden');
			await expectRefused(regenerateJoinCode(db, actor, id), 'forbidden');
			await expectRefused(createTeam(db, actor, id, 'Tim Liar'), 'forbidden');
			await expectRefused(renameTeam(db, actor, teamId, 'Tim Liar'), 'forbidden');
			await expectRefused(deleteTeam(db, actor, teamId), 'forbidden');
			await expectRefused(moveParticipant(db, actor, id, other.id, teamId), 'forbidden');
			await expectRefused(shuffleTeams(db, actor, id, { teamCount: 2, mode: 'all', seed: 'x', namePrefix: 'Tim' }), 'forbidden');
			await expectRefused(removeMember(db, actor, id, other.id), 'forbidden');
			await expectRefused(setMemberRole(db, actor, id, actor.id, 'facilitator'), 'forbidden');
			await expectRefused(addMemberByEmail(db, actor, id, 'siapa@contoh.go.id', 'facilitator'), 'forbidden');
			await expectRefused(setTeamStage(db, actor, teamId, 'uji'), 'forbidden');
			await expectRefused(advanceTeamStage(db, actor, teamId), 'forbidden');
			await expectRefused(advanceWorkshopStage(db, actor, id), 'forbidden');
			expect(await canFacilitate(db, actor, id)).toBe(false);
		}
		expect(await snapshot()).toEqual(before);
		// An admin manages any workshop without being a member.
		await renameTeam(db, admin, teamId, 'Tim Kenanga Putih');
		expect(await canFacilitate(db, admin, id)).toBe(true);
		expect(await canFacilitate(db, facilitator, id)).toBe(true);
	});

	it('shuffles deterministically into balanced, agency-mixed teams, and places latecomers', async () => {
		const run = async (seed: string) => {
			const { id, joinCode } = await createWorkshop(db, facilitator, form());
			const people = [];
			for (let i = 0; i < 10; i++) {
				const p = await makeUser(db, 'participant', agencyIds[i % 3]!);
				await joinWorkshop(db, p, joinCode);
				people.push(p);
			}
			const result = await shuffleTeams(db, facilitator, id, { teamCount: 3, mode: 'all', seed, namePrefix: 'Tim' });
			expect(result).toMatchObject({ placed: 10, created: 3 });
			const detail = await getWorkshopDetail(db, facilitator, id);
			return { id, joinCode, detail, people };
		};
		const { id, joinCode, detail, people } = await run('pijar-2026');
		expect(detail.teams.map((t) => t.name)).toEqual(['Tim 1', 'Tim 2', 'Tim 3']);
		expect(detail.teams.map((t) => t.participants.length).sort()).toEqual([3, 3, 4]);
		expect(detail.unassigned).toEqual([]);
		for (const team of detail.teams) {
			// 4, 3, 3 people from three agencies over three teams: at most two from one agency per team.
			const agencies = team.participants.map((p) => p.agency);
			for (const a of new Set(agencies)) expect(agencies.filter((x) => x === a).length).toBeLessThanOrEqual(2);
		}
		// Same seed, same order of people → same split (by position of each person).
		const again = await run('pijar-2026');
		const shape = (d: typeof detail, ps: { id: number }[]) => d.teams.map((t) => t.participants.map((p) => ps.findIndex((x) => x.id === p.id)).sort());
		expect(shape(again.detail, again.people)).toEqual(shape(detail, people));

		// A latecomer is placed in the smallest team without moving anyone else.
		const late = await makeUser(db, 'participant', agencyIds[3]!);
		await joinWorkshop(db, late, joinCode);
		await shuffleTeams(db, facilitator, id, { teamCount: 3, mode: 'unassigned', seed: 'late', namePrefix: 'Tim' });
		const after = await getWorkshopDetail(db, facilitator, id);
		for (const team of detail.teams) {
			const now = after.teams.find((t) => t.id === team.id)!;
			expect(now.participants.filter((p) => p.id !== late.id).map((p) => p.id)).toEqual(team.participants.map((p) => p.id));
		}
		expect(after.teams.map((t) => t.participants.length).sort()).toEqual([3, 4, 4]);
	});

	it('moves participants by hand (one team per workshop), assigns mentors, removes members', async () => {
		const { id, joinCode } = await createWorkshop(db, facilitator, form());
		const p = await makeUser(db, 'participant');
		const mentor = await makeUser(db, 'mentor');
		await joinWorkshop(db, p, joinCode);
		await joinWorkshop(db, mentor, joinCode);
		const t1 = await createTeam(db, facilitator, id, 'Tim Mawar');
		const t2 = await createTeam(db, facilitator, id, 'Tim Tulip');
		await expectRefused(createTeam(db, facilitator, id, 'Tim Mawar'), 'team_name_taken');
		await expectRefused(renameTeam(db, facilitator, t2, 'Tim Mawar'), 'team_name_taken');

		await moveParticipant(db, facilitator, id, p.id, t1);
		await moveParticipant(db, facilitator, id, p.id, t2);
		let detail = await getWorkshopDetail(db, facilitator, id);
		expect(detail.teams.find((t) => t.id === t1)!.participants).toEqual([]);
		expect(detail.teams.find((t) => t.id === t2)!.participants.map((x) => x.id)).toEqual([p.id]);
		await expectRefused(moveParticipant(db, facilitator, id, mentor.id, t1), 'not_a_participant');

		await assignMentor(db, facilitator, t1, mentor.id);
		await assignMentor(db, facilitator, t2, mentor.id);
		await assignMentor(db, facilitator, t2, mentor.id);
		await expectRefused(assignMentor(db, facilitator, t1, p.id), 'not_a_mentor');
		detail = await getWorkshopDetail(db, facilitator, id);
		expect(detail.teams.map((t) => t.mentors.map((x) => x.id))).toEqual([[mentor.id], [mentor.id]]);
		await unassignMentor(db, facilitator, t1, mentor.id);

		// A team from another workshop is not a valid destination.
		const other = await createWorkshop(db, facilitator, form());
		const foreign = await createTeam(db, facilitator, other.id, 'Tim Asing');
		await expectRefused(moveParticipant(db, facilitator, id, p.id, foreign), 'not_found');

		await removeMember(db, facilitator, id, p.id);
		detail = await getWorkshopDetail(db, facilitator, id);
		expect(detail.teams.flatMap((t) => t.participants)).toEqual([]);
		expect(detail.participantCount).toBe(0);
		await expectRefused(removeMember(db, facilitator, id, facilitator.id), 'last_facilitator');
		await expectRefused(setMemberRole(db, facilitator, id, facilitator.id, 'participant'), 'last_facilitator');
		const audits = await db.select().from(auditLog).where(eq(auditLog.subject, `workshop:${id}`));
		expect(audits.map((a) => a.action)).toContain('workshop.member_removed');
	});

	it('adds co-facilitators by email and lets them manage', async () => {
		const { id } = await createWorkshop(db, facilitator, form());
		const co = await makeUser(db, 'participant');
		await expectRefused(addMemberByEmail(db, facilitator, id, 'tidak.ada@contoh.go.id', 'facilitator'), 'user_not_found');
		expect(await addMemberByEmail(db, facilitator, id, co.email.toUpperCase(), 'facilitator')).toEqual({ userId: co.id, alreadyMember: false });
		await createTeam(db, co, id, 'Tim Baru');
		await setMemberRole(db, co, id, facilitator.id, 'mentor');
		expect(await canFacilitate(db, facilitator, id)).toBe(false);
	});

	it('shows the join code and emails only to managers, and hides the workshop from outsiders', async () => {
		const { id, joinCode } = await createWorkshop(db, facilitator, form());
		const p = await makeUser(db, 'participant');
		await joinWorkshop(db, p, joinCode);
		const forManager = await getWorkshopDetail(db, facilitator, id);
		expect(forManager.join?.code).toBe(joinCode);
		expect(forManager.join?.path).toBe(`/lokakarya/gabung/${joinCode}`);
		expect(forManager.unassigned[0]?.email).toBeDefined();
		const forParticipant = await getWorkshopDetail(db, p, id);
		expect(forParticipant.join).toBeNull();
		expect(JSON.stringify(forParticipant)).not.toContain('@contoh.go.id');
		expect(forParticipant.viewer).toEqual({ role: 'participant', canManage: false, teamIds: [] });
		const outsider = await makeUser(db, 'facilitator');
		await expectRefused(getWorkshopDetail(db, outsider, id), 'not_found');

		const preview = await findWorkshopByCode(db, outsider, joinCode.toLowerCase());
		expect(preview).toMatchObject({ id, memberRole: null, seatsLeft: 29, status: 'open' });
		expect(await findWorkshopByCode(db, outsider, 'QQQQQQQQ')).toBeNull();

		const mine = await listMyWorkshops(db, p);
		expect(mine.map((w) => [w.id, w.role])).toContainEqual([id, 'participant']);
		const newCode = await regenerateJoinCode(db, facilitator, id);
		expect(newCode).not.toBe(joinCode);
		expect(await findWorkshopByCode(db, outsider, joinCode)).toBeNull();
	});

	it('moves teams and the whole workshop through the stages and tells listeners', async () => {
		const { id } = await createWorkshop(db, facilitator, form());
		const a = await createTeam(db, facilitator, id, 'Tim A');
		const b = await createTeam(db, facilitator, id, 'Tim B');
		const heard: StageChange[] = [];
		const off = onStageChange((change) => {
			heard.push(change);
		});
		try {
			expect(await advanceTeamStage(db, facilitator, a)).toBe('definisi');
			expect(await advanceTeamStage(db, facilitator, a)).toBe('ideasi');
			// The workshop moves to definisi: B catches up, A (further) stays at ideasi.
			expect(await advanceWorkshopStage(db, facilitator, id)).toBe('definisi');
			expect((await stageOfTeam(db, a))?.stage).toBe('ideasi');
			expect((await stageOfTeam(db, b))?.stage).toBe('definisi');
			expect(heard).toEqual([
				{ workshopId: id, teamId: a, stage: 'definisi' },
				{ workshopId: id, teamId: a, stage: 'ideasi' },
				{ workshopId: id, teamId: b, stage: 'definisi' }
			]);
			await setTeamStage(db, facilitator, b, 'uji');
			await expectRefused(advanceTeamStage(db, facilitator, b), 'last_stage');
			// New teams start where the workshop is.
			const c = await createTeam(db, facilitator, id, 'Tim C');
			expect((await stageOfTeam(db, c))?.stage).toBe('definisi');
		} finally {
			off();
		}
		const afterOff = heard.length;
		await setTeamStage(db, facilitator, a, 'empati');
		expect(heard).toHaveLength(afterOff);
	});

	it('grants board access by role in the workshop and team', async () => {
		const { id, joinCode } = await createWorkshop(db, facilitator, form());
		const inTeam = await makeUser(db, 'participant');
		const elsewhere = await makeUser(db, 'participant');
		const mentor = await makeUser(db, 'mentor');
		const stranger = await makeUser(db, 'participant');
		for (const u of [inTeam, elsewhere, mentor]) await joinWorkshop(db, u, joinCode);
		const team = await createTeam(db, facilitator, id, 'Tim Papan');
		await moveParticipant(db, facilitator, id, inTeam.id, team);
		expect(await teamBoardAccess(db, inTeam, team)).toBe('edit');
		expect(await teamBoardAccess(db, facilitator, team)).toBe('edit');
		expect(await teamBoardAccess(db, admin, team)).toBe('edit');
		expect(await teamBoardAccess(db, mentor, team)).toBe('comment');
		expect(await teamBoardAccess(db, elsewhere, team)).toBe('view');
		expect(await teamBoardAccess(db, stranger, team)).toBeNull();
		expect(await teamBoardAccess(db, inTeam, 987_654)).toBeNull();
	});
});
