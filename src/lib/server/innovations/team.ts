/**
 * The team behind an entry and its mentors. Members are existing accounts invited by email; each
 * member decides for themselves whether their name is shown on the public page.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { agencies, innovationMembers, innovationMentors, innovations, users } from '../db/schema';
import type { MemberRole } from '../../innovations/fields';
import { notify } from './notifications';

export interface TeamMember {
	userId: number;
	name: string;
	handle: string;
	role: MemberRole;
	public: boolean;
	position: string;
	agency: string | null;
}

export interface Mentor {
	userId: number;
	name: string;
	handle: string;
}

/** The team, lead first. */
export async function listTeam(db: Database, innovationId: number): Promise<TeamMember[]> {
	const rows = await db
		.select({
			userId: users.id,
			name: users.name,
			handle: users.handle,
			role: innovationMembers.role,
			public: innovationMembers.public,
			position: users.position,
			agency: agencies.name
		})
		.from(innovationMembers)
		.innerJoin(users, eq(innovationMembers.userId, users.id))
		.leftJoin(agencies, eq(users.agencyId, agencies.id))
		.where(eq(innovationMembers.innovationId, innovationId))
		.orderBy(sql`case when ${innovationMembers.role} = 'lead' then 0 else 1 end`, asc(innovationMembers.addedAt));
	return rows;
}

/** Assigned mentors. */
export async function listMentors(db: Database, innovationId: number): Promise<Mentor[]> {
	return db
		.select({ userId: users.id, name: users.name, handle: users.handle })
		.from(innovationMentors)
		.innerJoin(users, eq(innovationMentors.userId, users.id))
		.where(eq(innovationMentors.innovationId, innovationId))
		.orderBy(asc(innovationMentors.addedAt));
}

export type InviteResult = { ok: true } | { ok: false; error: 'no_such_user' | 'already_member' | 'not_a_mentor' | 'team_full' };

/** Largest team: the anchors' team entries list a handful of people; this bounds abuse. */
const MAX_TEAM = 10;

async function findUser(db: Database, email: string) {
	const [user] = await db
		.select({ id: users.id, role: users.role, disabled: users.disabled })
		.from(users)
		.where(eq(sql`lower(${users.email})`, email.toLowerCase()));
	return user && !user.disabled ? user : null;
}

/** Adds an existing user to the team by email and tells them (in-app and email). */
export async function inviteMember(
	db: Database,
	innovationId: number,
	email: string,
	inviter: { id: number; name: string }
): Promise<InviteResult> {
	const user = await findUser(db, email);
	if (!user) return { ok: false, error: 'no_such_user' };
	const team = await listTeam(db, innovationId);
	if (team.some((t) => t.userId === user.id)) return { ok: false, error: 'already_member' };
	if (team.length >= MAX_TEAM) return { ok: false, error: 'team_full' };
	await db.insert(innovationMembers).values({ innovationId, userId: user.id, role: 'member' }).onConflictDoNothing();
	const [entry] = await db.select({ title: innovations.title }).from(innovations).where(eq(innovations.id, innovationId));
	await notify(db, {
		userIds: [user.id],
		kind: 'team_invited',
		data: { title: entry?.title || '—', actor: inviter.name },
		link: `/inovasi-saya/${innovationId}`,
		email: true
	});
	return { ok: true };
}

/** Shows or hides the member's own name on the public page. */
export async function setMemberPublic(db: Database, innovationId: number, userId: number, visible: boolean): Promise<void> {
	await db
		.update(innovationMembers)
		.set({ public: visible })
		.where(and(eq(innovationMembers.innovationId, innovationId), eq(innovationMembers.userId, userId)));
}

/** Removes a member; the lead cannot be removed (the team must keep someone responsible). */
export async function removeMember(db: Database, innovationId: number, userId: number): Promise<boolean> {
	const removed = await db
		.delete(innovationMembers)
		.where(
			and(
				eq(innovationMembers.innovationId, innovationId),
				eq(innovationMembers.userId, userId),
				eq(innovationMembers.role, 'member')
			)
		)
		.returning({ userId: innovationMembers.userId });
	return removed.length > 0;
}

/** Assigns a mentor by email; only accounts with the mentor role (or facilitators) qualify. */
export async function addMentor(db: Database, innovationId: number, email: string): Promise<InviteResult> {
	const user = await findUser(db, email);
	if (!user) return { ok: false, error: 'no_such_user' };
	if (user.role !== 'mentor' && user.role !== 'facilitator') return { ok: false, error: 'not_a_mentor' };
	const inserted = await db
		.insert(innovationMentors)
		.values({ innovationId, userId: user.id })
		.onConflictDoNothing()
		.returning({ userId: innovationMentors.userId });
	return inserted.length ? { ok: true } : { ok: false, error: 'already_member' };
}

/** Unassigns a mentor. */
export async function removeMentor(db: Database, innovationId: number, userId: number): Promise<void> {
	await db
		.delete(innovationMentors)
		.where(and(eq(innovationMentors.innovationId, innovationId), eq(innovationMentors.userId, userId)));
}
