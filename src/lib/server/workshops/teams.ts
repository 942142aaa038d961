/**
 * Teams inside a workshop: create, rename, delete, move participants by hand, shuffle them
 * (see shuffle.ts), and assign mentors. A participant is in at most one team of a workshop;
 * a mentor may coach any number of its teams. Every function checks the actor manages the workshop.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client';
import { teamMembers, teams, users, workshopMembers, workshops } from '../db/schema';
import { requireManager, type Actor } from './access';
import { WorkshopError } from './errors';
import { audit, isUniqueViolation, workshopOfTeam, type Tx } from './internal';
import { planTeams } from './shuffle';

async function nameTaken(tx: Tx, workshopId: number, name: string, exceptTeamId?: number): Promise<boolean> {
	const rows = await tx
		.select({ id: teams.id })
		.from(teams)
		.where(and(eq(teams.workshopId, workshopId), eq(teams.name, name)));
	return rows.some((r) => r.id !== exceptTeamId);
}

async function uniqueViolationAs<T>(code: 'team_name_taken', run: () => Promise<T>): Promise<T> {
	try {
		return await run();
	} catch (error) {
		if (isUniqueViolation(error)) throw new WorkshopError(code);
		throw error;
	}
}

/** Adds an empty team; it starts at the workshop's current stage. */
export async function createTeam(db: Database, actor: Actor, workshopId: number, name: string): Promise<number> {
	await requireManager(db, actor, workshopId);
	return uniqueViolationAs('team_name_taken', () =>
		db.transaction(async (tx) => {
			if (await nameTaken(tx, workshopId, name)) throw new WorkshopError('team_name_taken');
			const [workshop] = await tx.select({ stage: workshops.stage }).from(workshops).where(eq(workshops.id, workshopId));
			const [row] = await tx.insert(teams).values({ workshopId, name, stage: workshop!.stage }).returning({ id: teams.id });
			return row!.id;
		})
	);
}

/** Renames a team (names are unique within a workshop). */
export async function renameTeam(db: Database, actor: Actor, teamId: number, name: string): Promise<void> {
	const workshopId = await workshopOfTeam(db, teamId);
	await requireManager(db, actor, workshopId);
	await uniqueViolationAs('team_name_taken', () =>
		db.transaction(async (tx) => {
			if (await nameTaken(tx, workshopId, name, teamId)) throw new WorkshopError('team_name_taken');
			await tx.update(teams).set({ name }).where(eq(teams.id, teamId));
		})
	);
}

/** Deletes a team; its participants become unassigned (they stay in the workshop). */
export async function deleteTeam(db: Database, actor: Actor, teamId: number): Promise<void> {
	const workshopId = await workshopOfTeam(db, teamId);
	await requireManager(db, actor, workshopId);
	await db.transaction(async (tx) => {
		const [team] = await tx.delete(teams).where(eq(teams.id, teamId)).returning({ name: teams.name });
		await audit(tx, actor.id, workshopId, 'team_deleted', team?.name ?? String(teamId));
	});
}

async function memberRole(tx: Tx, workshopId: number, userId: number) {
	const [row] = await tx
		.select({ role: workshopMembers.role })
		.from(workshopMembers)
		.where(and(eq(workshopMembers.workshopId, workshopId), eq(workshopMembers.userId, userId)));
	return row?.role ?? null;
}

/** Moves a participant into a team of the same workshop, or out of every team (`teamId` null). */
export async function moveParticipant(db: Database, actor: Actor, workshopId: number, userId: number, teamId: number | null): Promise<void> {
	await requireManager(db, actor, workshopId);
	await db.transaction(async (tx) => {
		if ((await memberRole(tx, workshopId, userId)) !== 'participant') throw new WorkshopError('not_a_participant');
		const teamIds = (await tx.select({ id: teams.id }).from(teams).where(eq(teams.workshopId, workshopId))).map((t) => t.id);
		if (teamId !== null && !teamIds.includes(teamId)) throw new WorkshopError('not_found');
		if (teamIds.length) {
			await tx
				.delete(teamMembers)
				.where(and(eq(teamMembers.userId, userId), eq(teamMembers.role, 'participant'), inArray(teamMembers.teamId, teamIds)));
		}
		if (teamId !== null) await tx.insert(teamMembers).values({ teamId, userId, role: 'participant' });
	});
}

export interface ShuffleOptions {
	/** How many teams to spread participants over; missing teams are created. */
	teamCount: number;
	/** all: reshuffle everyone; unassigned: keep current teams, place only people in no team. */
	mode: 'all' | 'unassigned';
	/** Same seed, same participants → same teams. */
	seed: string;
	/** Name prefix for created teams, in the facilitator's language ("Tim" → "Tim 3"). */
	namePrefix: string;
}

export interface ShuffleResult {
	teamIds: number[];
	placed: number;
	created: number;
}

/** Shuffles participants into balanced, agency-mixed teams (deterministic for a seed). */
export async function shuffleTeams(db: Database, actor: Actor, workshopId: number, options: ShuffleOptions): Promise<ShuffleResult> {
	await requireManager(db, actor, workshopId);
	return db.transaction(async (tx) => {
		// Lock the workshop so a join or a second shuffle cannot interleave with this one.
		const [workshop] = await tx.select({ stage: workshops.stage }).from(workshops).where(eq(workshops.id, workshopId)).for('update');
		if (!workshop) throw new WorkshopError('not_found');
		const existing = await tx
			.select({ id: teams.id, name: teams.name })
			.from(teams)
			.where(eq(teams.workshopId, workshopId))
			.orderBy(asc(teams.id));
		const names = new Set(existing.map((t) => t.name));
		let created = 0;
		for (let n = 1; existing.length < options.teamCount; n++) {
			const name = `${options.namePrefix} ${n}`;
			if (names.has(name)) continue;
			const [row] = await tx.insert(teams).values({ workshopId, name, stage: workshop.stage }).returning({ id: teams.id, name: teams.name });
			existing.push(row!);
			names.add(name);
			created++;
		}
		const target = existing.slice(0, options.teamCount);
		const allTeamIds = existing.map((t) => t.id);

		const participants = await tx
			.select({ id: users.id, agencyId: users.agencyId })
			.from(workshopMembers)
			.innerJoin(users, eq(users.id, workshopMembers.userId))
			.where(and(eq(workshopMembers.workshopId, workshopId), eq(workshopMembers.role, 'participant')));
		const placements = allTeamIds.length
			? await tx
					.select({ teamId: teamMembers.teamId, userId: teamMembers.userId })
					.from(teamMembers)
					.where(and(inArray(teamMembers.teamId, allTeamIds), eq(teamMembers.role, 'participant')))
			: [];

		let pool = participants;
		let fixed = new Map<number, typeof participants>();
		if (options.mode === 'all') {
			if (allTeamIds.length) {
				await tx.delete(teamMembers).where(and(inArray(teamMembers.teamId, allTeamIds), eq(teamMembers.role, 'participant')));
			}
		} else {
			const placedIds = new Set(placements.map((p) => p.userId));
			pool = participants.filter((p) => !placedIds.has(p.id));
			fixed = new Map(
				target.map((t) => [t.id, participants.filter((p) => placements.some((pl) => pl.teamId === t.id && pl.userId === p.id))])
			);
		}
		const plan = planTeams(
			pool,
			target.map((t) => ({ id: t.id, members: fixed.get(t.id) ?? [] })),
			options.seed
		);
		const poolIds = new Set(pool.map((p) => p.id));
		const rows = [...plan.entries()].flatMap(([teamId, ids]) =>
			ids.filter((id) => poolIds.has(id)).map((userId) => ({ teamId, userId, role: 'participant' as const }))
		);
		if (rows.length) await tx.insert(teamMembers).values(rows);
		await audit(tx, actor.id, workshopId, 'shuffled', `${options.mode} into ${target.length} teams, seed ${options.seed}`);
		return { teamIds: target.map((t) => t.id), placed: rows.length, created };
	});
}

/** Makes a mentor of the workshop a mentor of this team (idempotent). */
export async function assignMentor(db: Database, actor: Actor, teamId: number, userId: number): Promise<void> {
	const workshopId = await workshopOfTeam(db, teamId);
	await requireManager(db, actor, workshopId);
	await db.transaction(async (tx) => {
		if ((await memberRole(tx, workshopId, userId)) !== 'mentor') throw new WorkshopError('not_a_mentor');
		await tx.insert(teamMembers).values({ teamId, userId, role: 'mentor' }).onConflictDoNothing();
	});
}

/** Ends a mentor's assignment to a team. */
export async function unassignMentor(db: Database, actor: Actor, teamId: number, userId: number): Promise<void> {
	const workshopId = await workshopOfTeam(db, teamId);
	await requireManager(db, actor, workshopId);
	await db.delete(teamMembers).where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.userId, userId), eq(teamMembers.role, 'mentor')));
}
