/**
 * Who may do what with an innovation entry. `loadAccess` reads the relations once; the `can*`
 * predicates are pure so the authorization matrix is unit-tested without HTTP.
 *
 * - Team members (innovation_members) view and edit their entry in editable statuses.
 * - Mentors assigned to the entry, and mentors/facilitators of the entry's workshop, view the draft
 *   and give feedback, but never edit.
 * - Curators and admins view and moderate every entry that reached curation (submitted at least once
 *   or published); a draft that was never submitted stays the team's own.
 * - Everyone else sees only the published revision through the public page.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client';
import { innovationMembers, innovationMentors, innovations, workshopMembers, type Role } from '../db/schema';
import type { InnovationStatus, MemberRole } from '../../innovations/fields';
import { isEditableStatus } from './state-machine';

/** The signed-in person acting (from `locals.user`). */
export interface Actor {
	id: number;
	role: Role;
}

export interface InnovationAccess {
	member: { role: MemberRole } | null;
	/** Assigned mentor, or mentor/facilitator of the entry's workshop. */
	mentor: boolean;
	curator: boolean;
}

export const NO_ACCESS: InnovationAccess = { member: null, mentor: false, curator: false };

/** Curators and admins moderate. */
export function isCurator(actor: Actor | null): boolean {
	return actor?.role === 'curator' || actor?.role === 'admin';
}

/** Reads the actor's relation to an entry; null when the entry does not exist. */
export async function loadAccess(
	db: Database,
	innovationId: number,
	actor: Actor | null
): Promise<{ status: InnovationStatus; publishedRevisionId: number | null; access: InnovationAccess } | null> {
	const [row] = await db
		.select({
			status: innovations.status,
			publishedRevisionId: innovations.publishedRevisionId,
			workshopId: innovations.workshopId,
			submittedAt: innovations.submittedAt
		})
		.from(innovations)
		.where(eq(innovations.id, innovationId));
	if (!row) return null;
	if (!actor) return { status: row.status, publishedRevisionId: row.publishedRevisionId, access: NO_ACCESS };
	const [member] = await db
		.select({ role: innovationMembers.role })
		.from(innovationMembers)
		.where(and(eq(innovationMembers.innovationId, innovationId), eq(innovationMembers.userId, actor.id)));
	const [assigned] = await db
		.select({ userId: innovationMentors.userId })
		.from(innovationMentors)
		.where(and(eq(innovationMentors.innovationId, innovationId), eq(innovationMentors.userId, actor.id)));
	let coach = Boolean(assigned);
	if (!coach && row.workshopId !== null) {
		const [staff] = await db
			.select({ role: workshopMembers.role })
			.from(workshopMembers)
			.where(
				and(
					eq(workshopMembers.workshopId, row.workshopId),
					eq(workshopMembers.userId, actor.id),
					inArray(workshopMembers.role, ['mentor', 'facilitator'])
				)
			);
		coach = Boolean(staff);
	}
	return {
		status: row.status,
		publishedRevisionId: row.publishedRevisionId,
		access: {
			member: member ? { role: member.role } : null,
			mentor: coach,
			curator: isCurator(actor) && (row.submittedAt !== null || row.publishedRevisionId !== null)
		}
	};
}

/** May see the working copy (draft, preview, history, feedback). */
export function canViewWorkingCopy(a: InnovationAccess): boolean {
	return a.member !== null || a.mentor || a.curator;
}

/** May change the entry's content (fields, media, indicators). */
export function canEditContent(a: InnovationAccess, status: InnovationStatus): boolean {
	return a.member !== null && isEditableStatus(status);
}

/** May invite members, add mentors and change team-level settings. */
export function canManageTeam(a: InnovationAccess, status: InnovationStatus): boolean {
	return a.member !== null && status !== 'rejected';
}

/** May remove `targetUserId` from the team: the lead removes anyone else, a member only leaves. */
export function canRemoveMember(a: InnovationAccess, actorId: number, targetUserId: number): boolean {
	if (!a.member) return false;
	return a.member.role === 'lead' ? targetUserId !== actorId : targetUserId === actorId;
}

/** May read and write the private mentor-feedback thread. */
export function canUseFeedback(a: InnovationAccess): boolean {
	return a.member !== null || a.mentor || a.curator;
}

/** May take curator actions (status, feature, collections, comment moderation). */
export function canModerate(a: InnovationAccess): boolean {
	return a.curator;
}

/** May read replication requests and move their status. */
export function canManageReplication(a: InnovationAccess): boolean {
	return a.member !== null || a.curator;
}
