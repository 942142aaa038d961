/**
 * Comments and mentor feedback pinned to shapes or frames of a board. Who may read and write them:
 * anyone whose board role is `comment` or `edit` — the team, the workshop's mentors (comment) and
 * facilitators (edit), the owner and people the board was shared with to comment or edit. Viewers
 * (a view grant, a view-only link, other teams on a gallery walk) are refused: feedback is for the
 * team and its coaches, never public. Mentions are kept only for people who may read the comment,
 * and each mentioned person gets an in-app notification.
 */
import { and, asc, eq, inArray, ne, or } from 'drizzle-orm';
import { z } from 'zod';
import * as m from '../../paraglide/messages';
import type { Database } from '../db/client';
import { boardAccess, boardComments, boards, MAX_COMMENT_BODY, teamMembers, teams, users, workshopMembers } from '../db/schema';
import { notify } from '../innovations/notifications';
import { authorizeBoard, type BoardActor } from './access';
import { BoardError } from './boards';

/** A comment as the panel shows it. */
export interface PublicComment {
	id: number;
	shapeId: string;
	author: { id: number; name: string } | null;
	body: string;
	mentions: { id: number; name: string }[];
	resolved: boolean;
	createdAt: string;
	/** The viewer wrote it (or facilitates the board) and may delete it. */
	canDelete: boolean;
}

/** Someone who may be @mentioned: a person who can read the board's comments. */
export interface Commenter {
	id: number;
	name: string;
	handle: string;
}

const SHAPE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** A new comment, as posted by the panel. */
export const commentInputSchema = z.object({
	shapeId: z.string().regex(SHAPE_ID, { error: () => m.comment_error_shape() }),
	body: z
		.string({ error: () => m.comment_error_empty() })
		.trim()
		.min(1, { error: () => m.comment_error_empty() })
		.max(MAX_COMMENT_BODY, { error: () => m.comment_error_too_long({ max: MAX_COMMENT_BODY }) }),
	mentions: z.array(z.number().int().positive()).max(20).default([])
});
export type CommentInput = z.infer<typeof commentInputSchema>;

/** Resolve or reopen. */
export const commentPatchSchema = z.object({ resolved: z.boolean() });

interface CommentContext {
	boardId: string;
	title: string;
	facilitator: boolean;
}

/** Throws not_found (no board, no role) or forbidden (view only) unless the actor may comment. */
async function requireCommenter(db: Database, actor: BoardActor, boardId: string): Promise<CommentContext> {
	const auth = await authorizeBoard(db, boardId, actor);
	if (!auth.exists || !auth.role) throw new BoardError('not_found');
	if (auth.role !== 'comment' && auth.role !== 'edit') throw new BoardError('forbidden');
	const [board] = await db.select({ title: boards.title }).from(boards).where(eq(boards.id, boardId));
	return { boardId, title: board?.title ?? '', facilitator: auth.facilitator };
}

/** True when the actor may read and write the board's comments. */
export async function canComment(db: Database, actor: BoardActor, boardId: string): Promise<boolean> {
	try {
		await requireCommenter(db, actor, boardId);
		return true;
	} catch (error) {
		if (error instanceof BoardError) return false;
		throw error;
	}
}

/** People who may read the board's comments (the candidates for @mentions), by name. */
export async function boardCommenters(db: Database, boardId: string): Promise<Commenter[]> {
	const [board] = await db
		.select({ ownerId: boards.ownerId, teamId: boards.teamId, workshopId: boards.workshopId })
		.from(boards)
		.where(eq(boards.id, boardId));
	if (!board) return [];
	const ids = new Set<number>();
	if (board.ownerId !== null) ids.add(board.ownerId);
	const grants = await db
		.select({ userId: boardAccess.userId })
		.from(boardAccess)
		.where(and(eq(boardAccess.boardId, boardId), ne(boardAccess.role, 'view')));
	for (const grant of grants) ids.add(grant.userId);
	let workshopId = board.workshopId;
	if (board.teamId !== null) {
		const [team] = await db.select({ workshopId: teams.workshopId }).from(teams).where(eq(teams.id, board.teamId));
		workshopId = team?.workshopId ?? null;
		const members = await db
			.select({ userId: teamMembers.userId })
			.from(teamMembers)
			.where(and(eq(teamMembers.teamId, board.teamId), eq(teamMembers.role, 'participant')));
		for (const member of members) ids.add(member.userId);
	}
	if (workshopId !== null) {
		const coaches = await db
			.select({ userId: workshopMembers.userId })
			.from(workshopMembers)
			.where(and(eq(workshopMembers.workshopId, workshopId), or(eq(workshopMembers.role, 'facilitator'), eq(workshopMembers.role, 'mentor'))));
		for (const coach of coaches) ids.add(coach.userId);
	}
	if (ids.size === 0) return [];
	const people = await db
		.select({ id: users.id, name: users.name, handle: users.handle })
		.from(users)
		.where(and(inArray(users.id, [...ids]), eq(users.disabled, false)))
		.orderBy(asc(users.name));
	return people;
}

/** The board's comments, oldest first (the panel groups them per shape). */
export async function listComments(db: Database, actor: BoardActor, boardId: string): Promise<PublicComment[]> {
	const context = await requireCommenter(db, actor, boardId);
	const rows = await db
		.select({
			id: boardComments.id,
			shapeId: boardComments.shapeId,
			authorId: boardComments.authorId,
			authorName: users.name,
			body: boardComments.body,
			mentions: boardComments.mentions,
			resolved: boardComments.resolved,
			createdAt: boardComments.createdAt
		})
		.from(boardComments)
		.leftJoin(users, eq(users.id, boardComments.authorId))
		.where(eq(boardComments.boardId, boardId))
		.orderBy(asc(boardComments.createdAt), asc(boardComments.id));
	const mentioned = [...new Set(rows.flatMap((row) => row.mentions))];
	const names = new Map<number, string>();
	if (mentioned.length) {
		for (const person of await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, mentioned))) {
			names.set(person.id, person.name);
		}
	}
	return rows.map((row) => toPublicComment(row, names, actor, context));
}

function toPublicComment(
	row: { id: number; shapeId: string; authorId: number | null; authorName: string | null; body: string; mentions: number[]; resolved: boolean; createdAt: Date },
	names: Map<number, string>,
	actor: BoardActor,
	context: CommentContext
): PublicComment {
	return {
		id: row.id,
		shapeId: row.shapeId,
		author: row.authorId !== null ? { id: row.authorId, name: row.authorName ?? '' } : null,
		body: row.body,
		mentions: row.mentions.filter((id) => names.has(id)).map((id) => ({ id, name: names.get(id)! })),
		resolved: row.resolved,
		createdAt: row.createdAt.toISOString(),
		canDelete: row.authorId === actor.id || context.facilitator
	};
}

/** Adds a comment to a shape; mentions of people who cannot read it are dropped; the rest are notified. */
export async function addComment(db: Database, actor: BoardActor & { name: string }, boardId: string, input: CommentInput): Promise<PublicComment> {
	const context = await requireCommenter(db, actor, boardId);
	let mentions: number[] = [];
	if (input.mentions.length) {
		const allowed = new Set((await boardCommenters(db, boardId)).map((c) => c.id));
		mentions = [...new Set(input.mentions)].filter((id) => allowed.has(id) && id !== actor.id);
	}
	const [row] = await db
		.insert(boardComments)
		.values({ boardId, shapeId: input.shapeId, authorId: actor.id, body: input.body, mentions })
		.returning();
	if (mentions.length) {
		await notify(db, {
			userIds: mentions,
			kind: 'comment',
			data: { title: context.title, actor: actor.name },
			link: `/papan/${boardId}?komentar=${encodeURIComponent(input.shapeId)}`,
			exceptUserId: actor.id
		});
	}
	const names = new Map<number, string>();
	if (mentions.length) {
		for (const person of await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, mentions))) {
			names.set(person.id, person.name);
		}
	}
	return toPublicComment({ ...row!, authorName: actor.name }, names, actor, context);
}

/** Marks a comment resolved or open again (anyone who may comment: the team closes its feedback). */
export async function setCommentResolved(db: Database, actor: BoardActor, boardId: string, commentId: number, resolved: boolean): Promise<void> {
	await requireCommenter(db, actor, boardId);
	const updated = await db
		.update(boardComments)
		.set({ resolved, resolvedBy: resolved ? actor.id : null })
		.where(and(eq(boardComments.id, commentId), eq(boardComments.boardId, boardId)))
		.returning({ id: boardComments.id });
	if (!updated.length) throw new BoardError('not_found');
}

/** Deletes a comment: its author, or a facilitator of the board. */
export async function deleteComment(db: Database, actor: BoardActor, boardId: string, commentId: number): Promise<void> {
	const context = await requireCommenter(db, actor, boardId);
	const [row] = await db
		.select({ authorId: boardComments.authorId })
		.from(boardComments)
		.where(and(eq(boardComments.id, commentId), eq(boardComments.boardId, boardId)));
	if (!row) throw new BoardError('not_found');
	if (row.authorId !== actor.id && !context.facilitator) throw new BoardError('forbidden');
	await db.delete(boardComments).where(eq(boardComments.id, commentId));
}
