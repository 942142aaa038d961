/**
 * Engagement on a published entry: appreciation (one per person, shown as a count, never a ranking),
 * public comments with flags and moderation, the team's private mentor-feedback thread, and
 * de-duplicated view counts. Write paths are rate-limited per user.
 */
import { createHash } from 'node:crypto';
import { and, asc, desc, eq, lt, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { appreciations, commentFlags, comments, innovationViews, innovations, users } from '../db/schema';
import type { CommentKind, CommentStatus } from '../../innovations/fields';
import { hitRateLimit, type RateLimitPolicy } from '../auth/rate-limit';
import { notify, teamUserIds } from './notifications';

const MINUTE = 60_000;
/** Comments: a conversation pace, not a flood (5 per 10 minutes per person). */
export const COMMENT_LIMIT: RateLimitPolicy = { name: 'innovation:comment', limit: 5, windowMs: 10 * MINUTE };
/** Appreciation toggles: enough to change one's mind, not to drum a counter. */
export const APPRECIATION_LIMIT: RateLimitPolicy = { name: 'innovation:appreciate', limit: 30, windowMs: 10 * MINUTE };
/** Flags: a reader reporting a thread is fine; a reader flagging everything is not. */
export const FLAG_LIMIT: RateLimitPolicy = { name: 'innovation:flag', limit: 10, windowMs: 60 * MINUTE };
/** Comments with this many flags are hidden until a curator looks. */
export const AUTO_HIDE_FLAGS = 3;

export type EngagementError = 'rate_limited' | 'not_found' | 'already' | 'forbidden';
export type EngagementResult = { ok: true } | { ok: false; error: EngagementError };

/** Toggles the user's appreciation; returns whether they now appreciate the entry. */
export async function toggleAppreciation(
	db: Database,
	innovationId: number,
	userId: number,
	want: boolean
): Promise<EngagementResult & { appreciated?: boolean }> {
	const hit = await hitRateLimit(db, APPRECIATION_LIMIT, String(userId));
	if (!hit.allowed) return { ok: false, error: 'rate_limited' };
	await db.transaction(async (tx) => {
		if (want) {
			const inserted = await tx.insert(appreciations).values({ innovationId, userId }).onConflictDoNothing().returning();
			if (inserted.length) {
				await tx.update(innovations).set({ appreciationCount: sql`${innovations.appreciationCount} + 1` }).where(eq(innovations.id, innovationId));
			}
		} else {
			const removed = await tx
				.delete(appreciations)
				.where(and(eq(appreciations.innovationId, innovationId), eq(appreciations.userId, userId)))
				.returning();
			if (removed.length) {
				await tx
					.update(innovations)
					.set({ appreciationCount: sql`greatest(${innovations.appreciationCount} - 1, 0)` })
					.where(eq(innovations.id, innovationId));
			}
		}
	});
	return { ok: true, appreciated: want };
}

/** Whether the user has appreciated the entry. */
export async function hasAppreciated(db: Database, innovationId: number, userId: number): Promise<boolean> {
	const [row] = await db
		.select({ userId: appreciations.userId })
		.from(appreciations)
		.where(and(eq(appreciations.innovationId, innovationId), eq(appreciations.userId, userId)));
	return Boolean(row);
}

export interface PublicComment {
	id: number;
	authorName: string;
	authorHandle: string | null;
	body: string;
	status: CommentStatus;
	flagCount: number;
	createdAt: string;
	mine: boolean;
	flaggedByMe: boolean;
}

/** Comments of one kind, oldest first; hidden public comments only for curators. */
export async function listComments(
	db: Database,
	innovationId: number,
	kind: CommentKind,
	viewer: { id: number; curator: boolean } | null
): Promise<PublicComment[]> {
	const conditions = [eq(comments.innovationId, innovationId), eq(comments.kind, kind)];
	if (kind === 'public' && !viewer?.curator) conditions.push(eq(comments.status, 'visible'));
	const rows = await db
		.select({
			comment: comments,
			name: users.name,
			handle: users.handle,
			flagged: viewer
				? sql<boolean>`exists(select 1 from ${commentFlags} f where f.comment_id = ${comments.id} and f.user_id = ${viewer.id})`
				: sql<boolean>`false`
		})
		.from(comments)
		.leftJoin(users, eq(comments.authorId, users.id))
		.where(and(...conditions))
		.orderBy(asc(comments.createdAt), asc(comments.id))
		.limit(300);
	return rows.map((r) => ({
		id: r.comment.id,
		authorName: r.name ?? '—',
		authorHandle: r.handle,
		body: r.comment.body,
		status: r.comment.status,
		flagCount: r.comment.flagCount,
		createdAt: r.comment.createdAt.toISOString(),
		mine: viewer?.id === r.comment.authorId,
		flaggedByMe: Boolean(r.flagged)
	}));
}

/** Adds a comment (public, or mentor feedback) and tells the team. */
export async function addComment(
	db: Database,
	input: { innovationId: number; author: { id: number; name: string }; kind: CommentKind; body: string; title: string; link: string }
): Promise<EngagementResult> {
	const hit = await hitRateLimit(db, COMMENT_LIMIT, String(input.author.id));
	if (!hit.allowed) return { ok: false, error: 'rate_limited' };
	await db.transaction(async (tx) => {
		await tx.insert(comments).values({ innovationId: input.innovationId, authorId: input.author.id, kind: input.kind, body: input.body });
		if (input.kind === 'public') {
			await tx.update(innovations).set({ commentCount: sql`${innovations.commentCount} + 1` }).where(eq(innovations.id, input.innovationId));
		}
	});
	await notify(db, {
		userIds: await teamUserIds(db, input.innovationId),
		kind: input.kind === 'public' ? 'comment' : 'mentor_feedback',
		data: { title: input.title, actor: input.author.name },
		link: input.link,
		exceptUserId: input.author.id
	});
	return { ok: true };
}

/** Flags a visible public comment once per user; enough flags hide it pending review. */
export async function flagComment(
	db: Database,
	input: { innovationId: number; commentId: number; userId: number; reason: string }
): Promise<EngagementResult> {
	const [comment] = await db
		.select({ id: comments.id, authorId: comments.authorId })
		.from(comments)
		.where(and(eq(comments.id, input.commentId), eq(comments.innovationId, input.innovationId), eq(comments.kind, 'public'), eq(comments.status, 'visible')));
	if (!comment) return { ok: false, error: 'not_found' };
	if (comment.authorId === input.userId) return { ok: false, error: 'forbidden' };
	const hit = await hitRateLimit(db, FLAG_LIMIT, String(input.userId));
	if (!hit.allowed) return { ok: false, error: 'rate_limited' };
	const inserted = await db
		.insert(commentFlags)
		.values({ commentId: comment.id, userId: input.userId, reason: input.reason })
		.onConflictDoNothing()
		.returning();
	if (!inserted.length) return { ok: false, error: 'already' };
	const [updated] = await db
		.update(comments)
		.set({ flagCount: sql`${comments.flagCount} + 1` })
		.where(eq(comments.id, comment.id))
		.returning({ flagCount: comments.flagCount });
	if ((updated?.flagCount ?? 0) >= AUTO_HIDE_FLAGS) await setCommentStatus(db, comment.id, 'hidden', null);
	return { ok: true };
}

/** Hides or shows a public comment (curators; the automatic hide passes a null moderator). */
export async function setCommentStatus(db: Database, commentId: number, status: CommentStatus, moderatorId: number | null): Promise<boolean> {
	const [before] = await db.select().from(comments).where(and(eq(comments.id, commentId), eq(comments.kind, 'public')));
	if (!before || before.status === status) return false;
	await db.transaction(async (tx) => {
		await tx
			.update(comments)
			.set({ status, moderatedBy: moderatorId, moderatedAt: new Date(), ...(status === 'visible' && moderatorId ? { flagCount: 0 } : {}) })
			.where(eq(comments.id, commentId));
		if (status === 'visible' && moderatorId) await tx.delete(commentFlags).where(eq(commentFlags.commentId, commentId));
		const delta = status === 'hidden' ? -1 : 1;
		await tx
			.update(innovations)
			.set({ commentCount: sql`greatest(${innovations.commentCount} + ${delta}, 0)` })
			.where(eq(innovations.id, before.innovationId));
	});
	return true;
}

export interface FlaggedComment {
	id: number;
	innovationId: number;
	innovationTitle: string;
	innovationSlug: string;
	authorName: string;
	body: string;
	status: CommentStatus;
	flagCount: number;
	createdAt: string;
}

/** Public comments that were flagged or hidden, most flagged first (the curators' review list). */
export async function flaggedComments(db: Database, limit = 100): Promise<FlaggedComment[]> {
	const rows = await db
		.select({ c: comments, title: innovations.title, slug: innovations.slug, name: users.name })
		.from(comments)
		.innerJoin(innovations, eq(comments.innovationId, innovations.id))
		.leftJoin(users, eq(comments.authorId, users.id))
		.where(and(eq(comments.kind, 'public'), sql`(${comments.flagCount} > 0 or ${comments.status} = 'hidden')`))
		.orderBy(desc(comments.flagCount), desc(comments.createdAt))
		.limit(limit);
	return rows.map((r) => ({
		id: r.c.id,
		innovationId: r.c.innovationId,
		innovationTitle: r.title,
		innovationSlug: r.slug,
		authorName: r.name ?? '—',
		body: r.c.body,
		status: r.c.status,
		flagCount: r.c.flagCount,
		createdAt: r.c.createdAt.toISOString()
	}));
}

/** User agents of crawlers, link previewers and HTTP tools: their requests are not readers. */
const BOT_AGENT = /bot|crawl|spider|slurp|preview|facebookexternalhit|embedly|whatsapp|telegram|discord|curl|wget|python-requests|httpclient|go-http|headless|lighthouse|pingdom|uptime|monitor|^$/i;

/** True when a user agent looks like a machine rather than a reader. */
export function isBotUserAgent(userAgent: string): boolean {
	return BOT_AGENT.test(userAgent.trim());
}

/** A visitor key that cannot follow anyone across days: sha256 of day, address and agent. */
export function visitorKey(day: string, address: string, userAgent: string, userId: number | null): string {
	const who = userId !== null ? `u:${userId}` : `a:${address}|${userAgent}`;
	return createHash('sha256').update(`${day}|${who}`).digest('hex');
}

// Yesterday's rows are kept for a day (visits around midnight), older ones are pruned now and then.
const PRUNE_EVERY_MS = 60 * MINUTE;
let lastPrune = 0;

/** Counts a view once per visitor per entry per day; bots are ignored. Returns whether it counted. */
export async function recordView(
	db: Database,
	input: { innovationId: number; address: string; userAgent: string; userId: number | null; now?: Date }
): Promise<boolean> {
	if (isBotUserAgent(input.userAgent)) return false;
	const now = input.now ?? new Date();
	const day = now.toISOString().slice(0, 10);
	const key = visitorKey(day, input.address, input.userAgent, input.userId);
	const counted = await db.transaction(async (tx) => {
		const inserted = await tx
			.insert(innovationViews)
			.values({ innovationId: input.innovationId, day, visitorKey: key })
			.onConflictDoNothing()
			.returning();
		if (!inserted.length) return false;
		await tx.update(innovations).set({ viewCount: sql`${innovations.viewCount} + 1` }).where(eq(innovations.id, input.innovationId));
		return true;
	});
	if (now.getTime() - lastPrune > PRUNE_EVERY_MS) {
		lastPrune = now.getTime();
		const cutoff = new Date(now.getTime() - 2 * 86_400_000).toISOString().slice(0, 10);
		await db.delete(innovationViews).where(lt(innovationViews.day, cutoff));
	}
	return counted;
}
