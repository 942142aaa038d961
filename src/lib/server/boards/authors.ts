/**
 * Display names of the people who wrote on a board, for the sticky-note CSV export. Anyone who may
 * view the board may ask (they see the notes anyway); only names of the ids asked for are returned,
 * never emails, and at most MAX_AUTHOR_IDS per request.
 */
import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client';
import { users } from '../db/schema';
import type { BoardActor } from './access';
import { getBoard } from './boards';

/** Ids per request: a board of 20,000 notes from one workshop cohort has far fewer authors. */
export const MAX_AUTHOR_IDS = 500;

/** The `ids` query parameter: comma-separated user ids. */
export const authorIdsSchema = z
	.string()
	.max(MAX_AUTHOR_IDS * 11)
	.transform((value) => value.split(',').filter(Boolean))
	.pipe(z.array(z.string().regex(/^[1-9]\d{0,9}$/).transform(Number).pipe(z.number().max(2_147_483_647))).max(MAX_AUTHOR_IDS));

/** Names by user id (as strings, the way board records store authors); refuses like getBoard. */
export async function boardAuthorNames(
	db: Database,
	actor: BoardActor,
	boardId: string,
	ids: readonly number[],
	linkToken?: string | null
): Promise<Record<string, string>> {
	await getBoard(db, actor, boardId, linkToken);
	if (ids.length === 0) return {};
	const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, [...new Set(ids)]));
	return Object.fromEntries(rows.map((r) => [String(r.id), r.name]));
}
