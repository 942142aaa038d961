/**
 * Who may do what on a board — one function shared by the pages and the realtime server, so a
 * socket and a form post are authorized by the same rules:
 *
 * - admins, the owner and explicit `edit` grants edit; explicit grants otherwise give their role;
 * - team boards follow the workshop's team rules (`teamBoardAccess`: the team's participants and
 *   the workshop's facilitators edit, mentors comment, other participants of the workshop view);
 * - workshop boards without a team: facilitators edit, mentors comment, participants view;
 * - a board shared by link gives `view` to a signed-in user holding its link token;
 * - everyone else: nothing (pages answer 404, sockets close with 4403).
 *
 * Separately, `facilitator` says who may run the board's facilitation (timer, voting, private mode,
 * stage, locks): admins, the facilitators of the board's workshop (the team's workshop for team
 * boards), and the owner of a board outside any workshop.
 */
import { timingSafeEqual } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { boardAccess, boards, teams, workshopMembers, type BoardRole, type BoardVisibility, type Role } from '../db/schema';
import { teamBoardAccess } from '../workshops/access';

/** The part of the signed-in user that authorization needs. */
export interface BoardActor {
	id: number;
	role: Role;
}

/** What authorization learns about the board itself (no content). */
export interface BoardFacts {
	id: string;
	ownerId: number | null;
	teamId: number | null;
	workshopId: number | null;
	visibility: BoardVisibility;
	linkToken: string | null;
}

export type BoardAuthorization =
	| { exists: false }
	| { exists: true; board: BoardFacts; role: BoardRole | null; facilitator: boolean };

const RANK: Record<BoardRole, number> = { view: 1, comment: 2, edit: 3 };

/** The stronger of two roles (null is weaker than any role). */
export function strongerRole(a: BoardRole | null, b: BoardRole | null): BoardRole | null {
	if (!a) return b;
	if (!b) return a;
	return RANK[a] >= RANK[b] ? a : b;
}

/** True when a role may change the document (comment and view connections are read-only for now). */
export function canWrite(role: BoardRole | null): boolean {
	return role === 'edit';
}

/** Compares a presented link token with the board's in constant time. */
export function linkTokenMatches(expected: string | null, presented: string | null | undefined): boolean {
	if (!expected || !presented) return false;
	const a = Buffer.from(expected);
	const b = Buffer.from(presented);
	return a.length === b.length && timingSafeEqual(a, b);
}

/** Loads the board and works out the actor's role on it; `exists: false` when there is no such board. */
export async function authorizeBoard(
	db: Database,
	boardId: string,
	actor: BoardActor,
	linkToken?: string | null
): Promise<BoardAuthorization> {
	const [board] = await db
		.select({
			id: boards.id,
			ownerId: boards.ownerId,
			teamId: boards.teamId,
			workshopId: boards.workshopId,
			visibility: boards.visibility,
			linkToken: boards.linkToken,
			grant: boardAccess.role
		})
		.from(boards)
		.leftJoin(boardAccess, and(eq(boardAccess.boardId, boards.id), eq(boardAccess.userId, actor.id)))
		.where(eq(boards.id, boardId));
	if (!board) return { exists: false };
	const { grant, ...facts } = board;
	const facilitator = await facilitatesBoard(db, facts, actor);
	if (actor.role === 'admin' || facts.ownerId === actor.id) return { exists: true, board: facts, role: 'edit', facilitator };
	let role: BoardRole | null = grant ?? null;
	if (facts.teamId !== null) {
		role = strongerRole(role, await teamBoardAccess(db, actor, facts.teamId));
	} else if (facts.workshopId !== null) {
		role = strongerRole(role, await workshopBoardRole(db, actor.id, facts.workshopId));
	}
	if (facts.visibility === 'link' && linkTokenMatches(facts.linkToken, linkToken)) role = strongerRole(role, 'view');
	return { exists: true, board: facts, role, facilitator };
}

/** True when the actor may run the board's facilitation (see the module comment). */
export async function facilitatesBoard(
	db: Database,
	board: Pick<BoardFacts, 'ownerId' | 'teamId' | 'workshopId'>,
	actor: BoardActor
): Promise<boolean> {
	if (actor.role === 'admin') return true;
	let workshopId = board.workshopId;
	if (board.teamId !== null) {
		const [team] = await db.select({ workshopId: teams.workshopId }).from(teams).where(eq(teams.id, board.teamId));
		workshopId = team?.workshopId ?? null;
	}
	if (workshopId === null) return board.ownerId === actor.id;
	const [member] = await db
		.select({ role: workshopMembers.role })
		.from(workshopMembers)
		.where(and(eq(workshopMembers.workshopId, workshopId), eq(workshopMembers.userId, actor.id)));
	return member?.role === 'facilitator';
}

async function workshopBoardRole(db: Database, userId: number, workshopId: number): Promise<BoardRole | null> {
	const [member] = await db
		.select({ role: workshopMembers.role })
		.from(workshopMembers)
		.where(and(eq(workshopMembers.workshopId, workshopId), eq(workshopMembers.userId, userId)));
	if (!member) return null;
	if (member.role === 'facilitator') return 'edit';
	return member.role === 'mentor' ? 'comment' : 'view';
}
