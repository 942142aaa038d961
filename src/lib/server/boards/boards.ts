/**
 * Board records: create, list, rename, delete, share. The content of a board is a Yjs document the
 * realtime server keeps (board_updates + board_snapshots); this module only handles the record and
 * who may reach it. Every function authorizes the actor itself, so a forged form post is refused
 * whichever route it reaches.
 */
import { randomBytes } from 'node:crypto';
import { and, desc, eq, inArray, isNull, ne, or } from 'drizzle-orm';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import type { Database } from '../db/client';
import {
	boardAccess,
	boards,
	teamMembers,
	teams,
	workshops,
	type BoardRole,
	type BoardVisibility
} from '../db/schema';
import type { Stage } from '../../stages';
import { teamBoardAccess } from '../workshops/access';
import { authorizeBoard, type BoardActor } from './access';

/** Why a board operation was refused; routes answer 404 for both, so outsiders learn nothing. */
export type BoardErrorCode = 'not_found' | 'forbidden';

export class BoardError extends Error {
	constructor(readonly code: BoardErrorCode) {
		super(`board: ${code}`);
		this.name = 'BoardError';
	}
}

/** Longest board title (a line in lists and the page heading). */
export const BOARD_TITLE_MAX = 120;

/** Board ids: 15 random bytes in base32, 24 characters, unguessable and URL-safe. */
export function generateBoardId(): string {
	return encodeBase32LowerCaseNoPadding(randomBytes(15));
}

/** The shape of a board id; anything else is refused before touching the database. */
export const BOARD_ID_PATTERN = /^[a-z2-7]{24}$/;

/** What pages see of a board. */
export interface PublicBoard {
	id: string;
	title: string;
	teamName: string | null;
	workshopTitle: string | null;
	stage: string;
	visibility: BoardVisibility;
	updatedAt: string;
	/** The viewer's role; null only in lists where it is not computed. */
	role: BoardRole | null;
	/** The viewer may delete the board and change its sharing (owner or admin). */
	canManage: boolean;
}

type BoardRow = typeof boards.$inferSelect & { teamName: string | null; workshopTitle: string | null };

/** Shapes a board row for pages; never exposes the link token or internal counters. */
export function toPublicBoard(row: BoardRow, actor: BoardActor, role: BoardRole | null): PublicBoard {
	return {
		id: row.id,
		title: row.title,
		teamName: row.teamName,
		workshopTitle: row.workshopTitle,
		stage: row.stage,
		visibility: row.visibility,
		updatedAt: row.updatedAt.toISOString(),
		role,
		canManage: actor.role === 'admin' || row.ownerId === actor.id
	};
}

// Every board event (deleted, renamed, access changed) goes to these listeners; the realtime
// server re-checks the board's live connections at once instead of at its next periodic sweep.
// Kept on globalThis: pages and the realtime server may load separate module instances in dev.
type BoardListener = (boardId: string) => void;
const LISTENERS = Symbol.for('ruang-pijar.boards.listeners');
const listeners = ((globalThis as { [LISTENERS]?: Set<BoardListener> })[LISTENERS] ??= new Set<BoardListener>());

/** Calls `listener` with the board id whenever a board's record or access changes; returns an unsubscribe. */
export function onBoardChange(listener: BoardListener): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

function notify(boardId: string): void {
	for (const listener of listeners) listener(boardId);
}

const selectBoard = {
	id: boards.id,
	title: boards.title,
	ownerId: boards.ownerId,
	teamId: boards.teamId,
	workshopId: boards.workshopId,
	visibility: boards.visibility,
	linkToken: boards.linkToken,
	stage: boards.stage,
	template: boards.template,
	lastSeq: boards.lastSeq,
	createdAt: boards.createdAt,
	updatedAt: boards.updatedAt,
	teamName: teams.name,
	workshopTitle: workshops.title
};

function boardQuery(db: Database) {
	return db
		.select(selectBoard)
		.from(boards)
		.leftJoin(teams, eq(teams.id, boards.teamId))
		.leftJoin(workshops, eq(workshops.id, boards.workshopId));
}

/** The teams the actor may create boards for (teams where they work as a participant, or facilitate). */
export async function teamsForNewBoards(db: Database, actor: BoardActor): Promise<{ id: number; name: string; workshopTitle: string }[]> {
	const rows = await db
		.select({ id: teams.id, name: teams.name, workshopTitle: workshops.title })
		.from(teamMembers)
		.innerJoin(teams, eq(teams.id, teamMembers.teamId))
		.innerJoin(workshops, eq(workshops.id, teams.workshopId))
		.where(and(eq(teamMembers.userId, actor.id), eq(teamMembers.role, 'participant')))
		.orderBy(workshops.title, teams.name);
	return rows;
}

/** Creates a board owned by the actor, optionally for one of their teams; returns its id. */
export async function createBoard(db: Database, actor: BoardActor, input: { title: string; teamId?: number | null }): Promise<string> {
	let workshopId: number | null = null;
	let stage: Stage | undefined;
	if (input.teamId) {
		if ((await teamBoardAccess(db, actor, input.teamId)) !== 'edit') throw new BoardError('forbidden');
		const [team] = await db.select({ workshopId: teams.workshopId, stage: teams.stage }).from(teams).where(eq(teams.id, input.teamId));
		if (!team) throw new BoardError('not_found');
		workshopId = team.workshopId;
		stage = team.stage;
	}
	const id = generateBoardId();
	await db.insert(boards).values({
		id,
		title: input.title,
		ownerId: actor.id,
		teamId: input.teamId ?? null,
		workshopId,
		...(stage ? { stage } : {})
	});
	return id;
}

/** The actor's boards: their own, their teams', and those shared with them, newest first. */
export async function listBoards(db: Database, actor: BoardActor): Promise<{ mine: PublicBoard[]; team: PublicBoard[]; shared: PublicBoard[] }> {
	const mine = await boardQuery(db).where(eq(boards.ownerId, actor.id)).orderBy(desc(boards.updatedAt));
	const memberships = await db.select({ teamId: teamMembers.teamId, role: teamMembers.role }).from(teamMembers).where(eq(teamMembers.userId, actor.id));
	const teamRole = new Map(memberships.map((m) => [m.teamId, m.role === 'participant' ? ('edit' as const) : ('comment' as const)]));
	const team = teamRole.size
		? await boardQuery(db)
				.where(and(inArray(boards.teamId, [...teamRole.keys()]), or(isNull(boards.ownerId), ne(boards.ownerId, actor.id))))
				.orderBy(desc(boards.updatedAt))
		: [];
	const seen = new Set([...mine, ...team].map((b) => b.id));
	const grants = await db
		.select({ ...selectBoard, grant: boardAccess.role })
		.from(boardAccess)
		.innerJoin(boards, eq(boards.id, boardAccess.boardId))
		.leftJoin(teams, eq(teams.id, boards.teamId))
		.leftJoin(workshops, eq(workshops.id, boards.workshopId))
		.where(eq(boardAccess.userId, actor.id))
		.orderBy(desc(boards.updatedAt));
	return {
		mine: mine.map((b) => toPublicBoard(b, actor, 'edit')),
		team: team.map((b) => toPublicBoard(b, actor, actor.role === 'admin' ? 'edit' : (teamRole.get(b.teamId!) ?? null))),
		shared: grants.filter((b) => !seen.has(b.id)).map(({ grant, ...b }) => toPublicBoard(b, actor, grant))
	};
}

/** One board as the actor may see it; not_found when it does not exist or the actor has no role. */
export async function getBoard(db: Database, actor: BoardActor, boardId: string, linkToken?: string | null): Promise<PublicBoard> {
	if (!BOARD_ID_PATTERN.test(boardId)) throw new BoardError('not_found');
	const auth = await authorizeBoard(db, boardId, actor, linkToken);
	if (!auth.exists || !auth.role) throw new BoardError('not_found');
	const [row] = await boardQuery(db).where(eq(boards.id, boardId));
	if (!row) throw new BoardError('not_found');
	return toPublicBoard(row, actor, auth.role);
}

async function requireRole(db: Database, actor: BoardActor, boardId: string, need: 'edit' | 'manage'): Promise<void> {
	if (!BOARD_ID_PATTERN.test(boardId)) throw new BoardError('not_found');
	const auth = await authorizeBoard(db, boardId, actor);
	if (!auth.exists || !auth.role) throw new BoardError('not_found');
	if (need === 'edit' && auth.role !== 'edit') throw new BoardError('forbidden');
	if (need === 'manage' && !(actor.role === 'admin' || auth.board.ownerId === actor.id)) throw new BoardError('forbidden');
}

/** Renames a board (any editor). */
export async function renameBoard(db: Database, actor: BoardActor, boardId: string, title: string): Promise<void> {
	await requireRole(db, actor, boardId, 'edit');
	await db.update(boards).set({ title, updatedAt: new Date() }).where(eq(boards.id, boardId));
	notify(boardId);
}

/** Deletes a board with its history (owner or admin); live connections are closed by the realtime server. */
export async function deleteBoard(db: Database, actor: BoardActor, boardId: string): Promise<void> {
	await requireRole(db, actor, boardId, 'manage');
	await db.delete(boards).where(eq(boards.id, boardId));
	notify(boardId);
}

/** Gives a user a role on the board, replacing an earlier grant (owner or admin). */
export async function grantBoardAccess(db: Database, actor: BoardActor, boardId: string, userId: number, role: BoardRole): Promise<void> {
	await requireRole(db, actor, boardId, 'manage');
	await db
		.insert(boardAccess)
		.values({ boardId, userId, role, grantedBy: actor.id })
		.onConflictDoUpdate({ target: [boardAccess.boardId, boardAccess.userId], set: { role, grantedBy: actor.id, createdAt: new Date() } });
	notify(boardId);
}

/** Removes a user's explicit grant (owner or admin); their live connections close within a minute or at once here. */
export async function revokeBoardAccess(db: Database, actor: BoardActor, boardId: string, userId: number): Promise<void> {
	await requireRole(db, actor, boardId, 'manage');
	await db.delete(boardAccess).where(and(eq(boardAccess.boardId, boardId), eq(boardAccess.userId, userId)));
	notify(boardId);
}

/**
 * Turns the view-only link on (a fresh token each time, so an old link stops working) or off
 * (owner or admin). Returns the token, or null when the link is off.
 */
export async function setBoardLink(db: Database, actor: BoardActor, boardId: string, enabled: boolean): Promise<string | null> {
	await requireRole(db, actor, boardId, 'manage');
	const linkToken = enabled ? encodeBase32LowerCaseNoPadding(randomBytes(20)) : null;
	await db
		.update(boards)
		.set({ visibility: enabled ? 'link' : 'private', linkToken, updatedAt: new Date() })
		.where(eq(boards.id, boardId));
	notify(boardId);
	return linkToken;
}
