/**
 * Sharing a board: grants to existing users by email with a role (edit, comment, view), and the
 * view-only link. Only the board's owner and admins manage sharing; the checks live here and in
 * boards.ts, so a forged form post is refused whichever page it reaches.
 *
 * The link follows the access rules (access.ts): a signed-in user who opens `/papan/<id>?token=…`
 * may view; guests are sent to sign in first. Turning the link off, or making a new one, makes the
 * old token worthless at once (open sockets holding it are closed by the realtime server's re-check).
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { boardAccess, boards, users, type BoardRole } from '../db/schema';
import { findUserByEmail } from '../auth/users';
import { authorizeBoard, type BoardActor } from './access';
import { BOARD_ID_PATTERN, BoardError, getBoard, grantBoardAccess, revokeBoardAccess, setBoardLink, type PublicBoard } from './boards';

/** One person a board is shared with, as its managers see them. */
export interface BoardShare {
	userId: number;
	name: string;
	email: string;
	role: BoardRole;
}

/** Everything the sharing page shows. */
export interface BoardSharing {
	board: PublicBoard;
	shares: BoardShare[];
	/** Token of the view-only link, or null when there is none. */
	linkToken: string | null;
}

/** Throws unless the actor manages the board: not_found without any role, forbidden with a lesser one. */
async function requireManager(db: Database, actor: BoardActor, boardId: string): Promise<void> {
	if (!BOARD_ID_PATTERN.test(boardId)) throw new BoardError('not_found');
	const auth = await authorizeBoard(db, boardId, actor);
	if (!auth.exists || !auth.role) throw new BoardError('not_found');
	if (!(actor.role === 'admin' || auth.board.ownerId === actor.id)) throw new BoardError('forbidden');
}

/** The board's grants and link (owner or admin). */
export async function boardSharing(db: Database, actor: BoardActor, boardId: string): Promise<BoardSharing> {
	await requireManager(db, actor, boardId);
	const board = await getBoard(db, actor, boardId);
	const shares = await db
		.select({ userId: boardAccess.userId, name: users.name, email: users.email, role: boardAccess.role })
		.from(boardAccess)
		.innerJoin(users, eq(users.id, boardAccess.userId))
		.where(eq(boardAccess.boardId, boardId))
		.orderBy(asc(users.name), asc(users.id));
	const [row] = await db.select({ linkToken: boards.linkToken, visibility: boards.visibility }).from(boards).where(eq(boards.id, boardId));
	return { board, shares, linkToken: row?.visibility === 'link' ? row.linkToken : null };
}

/** Why a share by email was not made (shown beside the email field). */
export type ShareRefusal = 'user_not_found' | 'owner';

/**
 * Shares the board with the user who has this email, with `role` (replacing an earlier grant).
 * Unknown and disabled accounts are refused alike; the owner needs no grant.
 */
export async function shareBoardByEmail(
	db: Database,
	actor: BoardActor,
	boardId: string,
	email: string,
	role: BoardRole
): Promise<{ ok: true; name: string } | { ok: false; reason: ShareRefusal }> {
	await requireManager(db, actor, boardId);
	const user = await findUserByEmail(db, email);
	if (!user || user.disabled) return { ok: false, reason: 'user_not_found' };
	const [board] = await db.select({ ownerId: boards.ownerId }).from(boards).where(eq(boards.id, boardId));
	if (board?.ownerId === user.id) return { ok: false, reason: 'owner' };
	await grantBoardAccess(db, actor, boardId, user.id, role);
	return { ok: true, name: user.name };
}

/** Removes one person's grant (owner or admin); returns their name, or null if they had none. */
export async function unshareBoard(db: Database, actor: BoardActor, boardId: string, userId: number): Promise<string | null> {
	await requireManager(db, actor, boardId);
	const [share] = await db
		.select({ name: users.name })
		.from(boardAccess)
		.innerJoin(users, eq(users.id, boardAccess.userId))
		.where(and(eq(boardAccess.boardId, boardId), eq(boardAccess.userId, userId)));
	if (!share) return null;
	await revokeBoardAccess(db, actor, boardId, userId);
	return share.name;
}

/** Makes a new view-only link (any older one stops working) or turns the link off; returns the token or null. */
export async function setViewLink(db: Database, actor: BoardActor, boardId: string, enabled: boolean): Promise<string | null> {
	await requireManager(db, actor, boardId);
	return setBoardLink(db, actor, boardId, enabled);
}

/** The path of a board's view-only link (unlocalized; the page localizes and makes it absolute). */
export function viewLinkPath(boardId: string, token: string): string {
	return `/papan/${boardId}?token=${encodeURIComponent(token)}`;
}
