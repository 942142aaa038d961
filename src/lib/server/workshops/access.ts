/**
 * Who may do what in a workshop. Facilitators of the workshop and admins manage it; members
 * (facilitator, mentor, participant) see it; everyone else is treated as if it did not exist.
 * Every service that changes a workshop calls `requireManager` first, inside its own checks, so a
 * forged form post is refused no matter which route it reaches.
 */
import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { teamMembers, teams, workshopMembers, workshops, type Role, type WorkshopRole } from '../db/schema';
import { WorkshopError } from './errors';

/** The part of the signed-in user that authorization needs. */
export interface Actor {
	id: number;
	role: Role;
}

export interface WorkshopAccess {
	/** The actor's role inside this workshop, or null when not a member. */
	memberRole: WorkshopRole | null;
	/** May change the workshop (its facilitator or an admin). */
	canManage: boolean;
	/** May see the workshop's teams and members. */
	canView: boolean;
}

/** True when the user's account may create workshops. */
export function canCreateWorkshops(actor: Actor | null): boolean {
	return actor?.role === 'facilitator' || actor?.role === 'admin';
}

/** The actor's access to a workshop; throws not_found when the workshop does not exist. */
export async function workshopAccess(db: Database, actor: Actor, workshopId: number): Promise<WorkshopAccess> {
	const [row] = await db
		.select({ id: workshops.id, memberRole: workshopMembers.role })
		.from(workshops)
		.leftJoin(workshopMembers, and(eq(workshopMembers.workshopId, workshops.id), eq(workshopMembers.userId, actor.id)))
		.where(eq(workshops.id, workshopId));
	if (!row) throw new WorkshopError('not_found');
	const memberRole = row.memberRole ?? null;
	const isAdmin = actor.role === 'admin';
	return {
		memberRole,
		canManage: isAdmin || memberRole === 'facilitator',
		canView: isAdmin || memberRole !== null
	};
}

/** Throws forbidden unless the actor manages the workshop (its facilitator or an admin). */
export async function requireManager(db: Database, actor: Actor, workshopId: number): Promise<WorkshopAccess> {
	const access = await workshopAccess(db, actor, workshopId);
	if (!access.canManage) throw new WorkshopError('forbidden');
	return access;
}

/** Throws not_found unless the actor may see the workshop (hides its existence from outsiders). */
export async function requireViewer(db: Database, actor: Actor, workshopId: number): Promise<WorkshopAccess> {
	const access = await workshopAccess(db, actor, workshopId);
	if (!access.canView) throw new WorkshopError('not_found');
	return access;
}

/** What someone may do on a team's boards: edit, comment (mentors), view, or nothing. */
export type TeamBoardAccess = 'edit' | 'comment' | 'view' | null;

/**
 * Access to the boards of a team, for the boards service and the realtime server:
 * the team's participants, the workshop's facilitators and admins edit; the workshop's mentors
 * comment (they move between teams); other participants of the workshop may look (gallery walk);
 * everyone else gets nothing.
 */
export async function teamBoardAccess(db: Database, actor: Actor, teamId: number): Promise<TeamBoardAccess> {
	const [team] = await db.select({ workshopId: teams.workshopId }).from(teams).where(eq(teams.id, teamId));
	if (!team) return null;
	if (actor.role === 'admin') return 'edit';
	const [member] = await db
		.select({ role: workshopMembers.role })
		.from(workshopMembers)
		.where(and(eq(workshopMembers.workshopId, team.workshopId), eq(workshopMembers.userId, actor.id)));
	if (!member) return null;
	if (member.role === 'facilitator') return 'edit';
	if (member.role === 'mentor') return 'comment';
	const [placed] = await db
		.select({ role: teamMembers.role })
		.from(teamMembers)
		.where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.userId, actor.id), eq(teamMembers.role, 'participant')));
	return placed ? 'edit' : 'view';
}

/** True when the actor may use facilitator controls (timer, voting, private mode, …) in the workshop. */
export async function canFacilitate(db: Database, actor: Actor, workshopId: number): Promise<boolean> {
	try {
		return (await workshopAccess(db, actor, workshopId)).canManage;
	} catch (error) {
		if (error instanceof WorkshopError) return false;
		throw error;
	}
}
