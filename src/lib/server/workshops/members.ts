/**
 * Workshop membership: joining with the code (capacity enforced, idempotent), facilitators adding
 * people by email, changing roles and removing members. A workshop always keeps one facilitator.
 */
import { and, count, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { teamMembers, teams, users, workshopMembers, workshops, type WorkshopRole } from '../db/schema';
import { hitRateLimit, refundRateLimit, type RateLimitPolicy } from '../auth/rate-limit';
import { requireManager, type Actor } from './access';
import { WorkshopError } from './errors';
import { audit, type Tx } from './internal';
import { isPlausibleJoinCode, normalizeJoinCode } from './join-code';

/** Wrong codes per user: 10 per 15 minutes makes guessing a 40-bit code pointless. */
export const JOIN_PER_USER: RateLimitPolicy = { name: 'workshop-join:user', limit: 10, windowMs: 15 * 60_000 };

export interface JoinResult {
	workshopId: number;
	role: WorkshopRole;
	/** True when the user was a member already (joining again changes nothing). */
	alreadyMember: boolean;
}

/** The role a user gets by joining with the code: mentors come to mentor, everyone else to take part. */
export function joinRole(actor: Actor): WorkshopRole {
	return actor.role === 'mentor' ? 'mentor' : 'participant';
}

async function participantCount(tx: Tx, workshopId: number): Promise<number> {
	const [row] = await tx
		.select({ n: count() })
		.from(workshopMembers)
		.where(and(eq(workshopMembers.workshopId, workshopId), eq(workshopMembers.role, 'participant')));
	return Number(row?.n ?? 0);
}

/** Adds a member inside a transaction that holds the workshop row lock; enforces capacity for participants. */
async function insertMember(tx: Tx, workshopId: number, capacity: number, userId: number, role: WorkshopRole): Promise<void> {
	if (role === 'participant' && (await participantCount(tx, workshopId)) >= capacity) throw new WorkshopError('full');
	await tx.insert(workshopMembers).values({ workshopId, userId, role });
}

/**
 * Joins the workshop with this code. Joining twice returns the existing membership; a closed or
 * full workshop refuses newcomers. Unknown codes count against a per-user rate limit.
 */
export async function joinWorkshop(db: Database, actor: Actor, rawCode: string): Promise<JoinResult> {
	const code = normalizeJoinCode(rawCode);
	const limit = await hitRateLimit(db, JOIN_PER_USER, String(actor.id));
	if (!limit.allowed) throw new WorkshopError('rate_limited');
	if (!isPlausibleJoinCode(code)) throw new WorkshopError('code_invalid');
	const result = await db.transaction(async (tx) => {
		// The row lock serializes joins to one workshop, so two last-seat joins cannot both win.
		const [workshop] = await tx.select().from(workshops).where(eq(workshops.joinCode, code)).for('update');
		if (!workshop) return null;
		const [member] = await tx
			.select({ role: workshopMembers.role })
			.from(workshopMembers)
			.where(and(eq(workshopMembers.workshopId, workshop.id), eq(workshopMembers.userId, actor.id)));
		if (member) return { workshopId: workshop.id, role: member.role, alreadyMember: true };
		if (workshop.status !== 'open') throw new WorkshopError('closed');
		const role = joinRole(actor);
		await insertMember(tx, workshop.id, workshop.capacity, actor.id, role);
		return { workshopId: workshop.id, role, alreadyMember: false };
	});
	if (!result) throw new WorkshopError('code_invalid');
	await refundRateLimit(db, JOIN_PER_USER, String(actor.id));
	return result;
}

/** Adds an existing account by email with a role (facilitators add co-facilitators and mentors this way). */
export async function addMemberByEmail(
	db: Database,
	actor: Actor,
	workshopId: number,
	email: string,
	role: WorkshopRole
): Promise<{ userId: number; alreadyMember: boolean }> {
	await requireManager(db, actor, workshopId);
	const [user] = await db
		.select({ id: users.id, disabled: users.disabled })
		.from(users)
		.where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()));
	if (!user || user.disabled) throw new WorkshopError('user_not_found');
	return db.transaction(async (tx) => {
		const [workshop] = await tx.select().from(workshops).where(eq(workshops.id, workshopId)).for('update');
		if (!workshop) throw new WorkshopError('not_found');
		const [member] = await tx
			.select({ role: workshopMembers.role })
			.from(workshopMembers)
			.where(and(eq(workshopMembers.workshopId, workshopId), eq(workshopMembers.userId, user.id)));
		if (member) return { userId: user.id, alreadyMember: true };
		await insertMember(tx, workshopId, workshop.capacity, user.id, role);
		await audit(tx, actor.id, workshopId, 'member_added', `user:${user.id} as ${role}`);
		return { userId: user.id, alreadyMember: false };
	});
}

async function facilitatorCount(tx: Tx, workshopId: number): Promise<number> {
	const [row] = await tx
		.select({ n: count() })
		.from(workshopMembers)
		.where(and(eq(workshopMembers.workshopId, workshopId), eq(workshopMembers.role, 'facilitator')));
	return Number(row?.n ?? 0);
}

async function teamIdsOf(tx: Tx, workshopId: number): Promise<number[]> {
	return (await tx.select({ id: teams.id }).from(teams).where(eq(teams.workshopId, workshopId))).map((t) => t.id);
}

/**
 * Changes a member's role. Leaving the participant role takes them out of their team; leaving the
 * mentor role ends their mentoring; the last facilitator cannot step down.
 */
export async function setMemberRole(db: Database, actor: Actor, workshopId: number, userId: number, role: WorkshopRole): Promise<void> {
	await requireManager(db, actor, workshopId);
	await db.transaction(async (tx) => {
		const [workshop] = await tx.select().from(workshops).where(eq(workshops.id, workshopId)).for('update');
		const [member] = await tx
			.select({ role: workshopMembers.role })
			.from(workshopMembers)
			.where(and(eq(workshopMembers.workshopId, workshopId), eq(workshopMembers.userId, userId)));
		if (!workshop || !member) throw new WorkshopError('not_found');
		if (member.role === role) return;
		if (member.role === 'facilitator' && (await facilitatorCount(tx, workshopId)) <= 1) throw new WorkshopError('last_facilitator');
		if (role === 'participant' && (await participantCount(tx, workshopId)) >= workshop.capacity) throw new WorkshopError('full');
		const teamIds = await teamIdsOf(tx, workshopId);
		if (teamIds.length) {
			await tx.delete(teamMembers).where(and(eq(teamMembers.userId, userId), inArray(teamMembers.teamId, teamIds)));
		}
		await tx
			.update(workshopMembers)
			.set({ role })
			.where(and(eq(workshopMembers.workshopId, workshopId), eq(workshopMembers.userId, userId)));
		await audit(tx, actor.id, workshopId, 'member_role', `user:${userId} ${member.role} -> ${role}`);
	});
}

/** Removes someone from the workshop and from its teams (never the last facilitator). */
export async function removeMember(db: Database, actor: Actor, workshopId: number, userId: number): Promise<void> {
	await requireManager(db, actor, workshopId);
	await db.transaction(async (tx) => {
		const [member] = await tx
			.select({ role: workshopMembers.role })
			.from(workshopMembers)
			.where(and(eq(workshopMembers.workshopId, workshopId), eq(workshopMembers.userId, userId)));
		if (!member) throw new WorkshopError('not_found');
		if (member.role === 'facilitator' && (await facilitatorCount(tx, workshopId)) <= 1) throw new WorkshopError('last_facilitator');
		const teamIds = await teamIdsOf(tx, workshopId);
		if (teamIds.length) {
			await tx.delete(teamMembers).where(and(eq(teamMembers.userId, userId), inArray(teamMembers.teamId, teamIds)));
		}
		await tx.delete(workshopMembers).where(and(eq(workshopMembers.workshopId, workshopId), eq(workshopMembers.userId, userId)));
		await audit(tx, actor.id, workshopId, 'member_removed', `user:${userId} (${member.role})`);
	});
}
