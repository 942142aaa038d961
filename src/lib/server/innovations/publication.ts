/**
 * Publication: a curator's "publish" freezes the working copy's content into a revision, and the
 * public page reads that revision, so later edits (and their review) never touch what is live.
 */
import { and, eq, ne } from 'drizzle-orm';
import type { Database } from '../db/client';
import { innovationRevisions, innovations } from '../db/schema';
import type { PublicInnovation } from '../../innovations/public-entry';
import { loadContent, parseContent, type InnovationContent } from './content';
import { DRAFT_SLUG_PREFIX, uniqueSlug } from './slug';
import { isPubliclyVisible } from './state-machine';
import { toPublicInnovation } from './public';
import { listMentors, listTeam } from './team';
import { publicProfileFlags } from '../profiles/visibility';
import { boardSnapshotView } from './board-snapshot';

/** Freezes the current content into a new revision and points the entry at it (inside the caller's transaction). */
export async function publishRevision(
	tx: Database,
	innovationId: number,
	actorId: number
): Promise<{ revisionId: number; slug: string; content: InnovationContent }> {
	const content = await loadContent(tx, innovationId);
	if (!content) throw new Error(`innovation ${innovationId} not found`);
	const [entry] = await tx.select({ slug: innovations.slug }).from(innovations).where(eq(innovations.id, innovationId));
	// The slug is chosen at first publication, from the title then; after that it never changes, so links keep working.
	const slug = entry!.slug.startsWith(DRAFT_SLUG_PREFIX) ? await uniqueSlug(tx, content.title, innovationId) : entry!.slug;
	const [revision] = await tx
		.insert(innovationRevisions)
		.values({ innovationId, content, publishedBy: actorId })
		.returning({ id: innovationRevisions.id });
	const now = new Date();
	await tx
		.update(innovations)
		.set({ slug, publishedRevisionId: revision!.id, publishedAt: now, status: 'published', updatedAt: now })
		.where(eq(innovations.id, innovationId));
	return { revisionId: revision!.id, slug, content };
}

/** Loads what the public sees at `/inovasi/<slug>`, or null when nothing is public there. */
export async function getPublicEntry(db: Database, slug: string): Promise<PublicInnovation | null> {
	if (!/^[a-z0-9-]{1,160}$/.test(slug) || slug.startsWith(DRAFT_SLUG_PREFIX)) return null;
	const [row] = await db
		.select({ innovation: innovations, content: innovationRevisions.content, revisedAt: innovationRevisions.publishedAt })
		.from(innovations)
		.innerJoin(innovationRevisions, eq(innovations.publishedRevisionId, innovationRevisions.id))
		.where(and(eq(innovations.slug, slug), ne(innovations.status, 'archived')));
	if (!row || !isPubliclyVisible(row.innovation.status, true)) return null;
	const content = parseContent(row.content);
	if (!content) return null;
	const i = row.innovation;
	const [team, mentors] = await Promise.all([listTeam(db, i.id), listMentors(db, i.id)]);
	const profiles = await publicProfileFlags(db, [...team.map((t) => t.userId), ...mentors.map((t) => t.userId)]);
	return toPublicInnovation({
		id: i.id,
		slug: i.slug,
		featured: i.featured,
		publishedAt: i.publishedAt,
		updatedAt: row.revisedAt,
		content,
		team,
		mentors,
		profiles,
		counts: {
			appreciations: i.appreciationCount,
			views: i.viewCount,
			comments: i.commentCount,
			replications: i.replicationCount
		},
		board: boardSnapshotView(content.boardSnapshot)
	});
}

/** The working copy rendered exactly as the public page would show it (team preview, curator review). */
export async function getPreview(db: Database, innovationId: number): Promise<PublicInnovation | null> {
	const [i] = await db.select().from(innovations).where(eq(innovations.id, innovationId));
	const content = await loadContent(db, innovationId);
	if (!i || !content) return null;
	const [team, mentors] = await Promise.all([listTeam(db, i.id), listMentors(db, i.id)]);
	const profiles = await publicProfileFlags(db, [...team.map((t) => t.userId), ...mentors.map((t) => t.userId)]);
	return toPublicInnovation({
		id: i.id,
		slug: i.slug,
		featured: i.featured,
		publishedAt: i.publishedAt,
		updatedAt: i.updatedAt,
		content,
		team,
		mentors,
		profiles,
		counts: {
			appreciations: i.appreciationCount,
			views: i.viewCount,
			comments: i.commentCount,
			replications: i.replicationCount
		},
		board: boardSnapshotView(content.boardSnapshot)
	});
}

/** The id behind a public slug (for actions on the public page), or null when not public. */
export async function publicInnovationId(db: Database, slug: string): Promise<number | null> {
	if (!/^[a-z0-9-]{1,160}$/.test(slug) || slug.startsWith(DRAFT_SLUG_PREFIX)) return null;
	const [row] = await db
		.select({ id: innovations.id, status: innovations.status, rev: innovations.publishedRevisionId })
		.from(innovations)
		.where(eq(innovations.slug, slug));
	return row && isPubliclyVisible(row.status, row.rev !== null) ? row.id : null;
}
