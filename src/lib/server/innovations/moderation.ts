/**
 * Moderation: every status change (team or curator) goes through `applyAction`, which checks the
 * actor, runs the state machine on the row locked for update, writes the audit event and notifies.
 */
import { and, asc, desc, eq, exists, inArray, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client';
import {
	innovationThemes,
	innovations,
	moderationEvents,
	provinces,
	themes,
	users
} from '../db/schema';
import { STATUSES, type InnovationStatus } from '../../innovations/fields';
import { completeness } from './completeness';
import { loadContent, parseContent } from './content';
import { diffContent, type FieldDiff } from './diff';
import { curatorUserIds, notify, teamUserIds, type NotificationKind } from './notifications';
import { isCurator, loadAccess, type Actor } from './permissions';
import { publishRevision } from './publication';
import { MODERATION_ACTIONS, transition, type ActorKind, type ModerationAction } from './state-machine';

export type ModerationResult =
	| { ok: true; status: InnovationStatus; slug: string }
	| { ok: false; error: 'not_found' | 'forbidden' | 'invalid_transition' }
	| { ok: false; error: 'incomplete'; missing: string[] };

const TEAM_ACTIONS: readonly ModerationAction[] = ['submit', 'withdraw', 'edit'];
const CURATOR_DECISIONS: readonly ModerationAction[] = ['publish', 'request_revision', 'reject'];

const NOTICE: Partial<Record<ModerationAction, { kind: NotificationKind; email: boolean }>> = {
	publish: { kind: 'published', email: true },
	request_revision: { kind: 'needs_revision', email: true },
	reject: { kind: 'rejected', email: true },
	archive: { kind: 'archived', email: false }
};

/** Applies a moderation action for an actor; refuses forged or out-of-turn transitions. */
export async function applyAction(
	db: Database,
	input: { innovationId: number; actor: Actor; action: string; note?: string }
): Promise<ModerationResult> {
	const { innovationId, actor } = input;
	if (!(MODERATION_ACTIONS as readonly string[]).includes(input.action)) return { ok: false, error: 'invalid_transition' };
	const action = input.action as ModerationAction;
	const found = await loadAccess(db, innovationId, actor);
	if (!found) return { ok: false, error: 'not_found' };
	const kind: ActorKind = TEAM_ACTIONS.includes(action) ? 'team' : 'curator';
	if (kind === 'team' ? !found.access.member : !found.access.curator) return { ok: false, error: 'forbidden' };
	const note = (input.note ?? '').trim();

	if (action === 'submit') {
		const content = await loadContent(db, innovationId);
		const missing = content ? completeness(content).missingRequired.map((i) => i.key) : ['title'];
		if (missing.length) return { ok: false, error: 'incomplete', missing };
	}

	const outcome = await db.transaction(async (tx) => {
		const [row] = await tx
			.select({ status: innovations.status, rev: innovations.publishedRevisionId, slug: innovations.slug, title: innovations.title })
			.from(innovations)
			.where(eq(innovations.id, innovationId))
			.for('update');
		if (!row) return null;
		const step = transition(row.status, action, kind, row.rev !== null);
		if (!step.ok) return { ok: false as const };
		let slug = row.slug;
		const now = new Date();
		if (action === 'publish') {
			const published = await publishRevision(tx, innovationId, actor.id);
			slug = published.slug;
		} else {
			await tx
				.update(innovations)
				.set({
					status: step.to,
					updatedAt: now,
					...(action === 'submit' ? { submittedAt: now } : {}),
					...(action === 'archive' ? { featured: false } : {})
				})
				.where(eq(innovations.id, innovationId));
		}
		if (CURATOR_DECISIONS.includes(action)) {
			await tx
				.update(innovations)
				.set({ reviewedContent: await loadContent(tx, innovationId) })
				.where(eq(innovations.id, innovationId));
		}
		await tx.insert(moderationEvents).values({ innovationId, actorId: actor.id, action, fromStatus: row.status, toStatus: step.to, note });
		return { ok: true as const, to: step.to, slug, title: row.title };
	});
	if (!outcome) return { ok: false, error: 'not_found' };
	if (!outcome.ok) return { ok: false, error: 'invalid_transition' };

	const notice = NOTICE[action];
	if (notice) {
		await notify(db, {
			userIds: await teamUserIds(db, innovationId),
			kind: notice.kind,
			data: { title: outcome.title },
			link: action === 'publish' ? `/inovasi/${outcome.slug}` : `/inovasi-saya/${innovationId}/kirim`,
			email: notice.email,
			detail: note,
			exceptUserId: actor.id
		});
	} else if (action === 'submit') {
		await notify(db, {
			userIds: await curatorUserIds(db),
			kind: 'submitted',
			data: { title: outcome.title },
			link: `/kurasi/${innovationId}`,
			exceptUserId: actor.id
		});
	}
	return { ok: true, status: outcome.to, slug: outcome.slug };
}

/** A curator's note to the team, kept in the audit trail and sent to the team. */
export async function addCuratorNote(db: Database, innovationId: number, actor: Actor, note: string): Promise<boolean> {
	if (!isCurator(actor) || !note.trim()) return false;
	const [row] = await db.select({ status: innovations.status, title: innovations.title }).from(innovations).where(eq(innovations.id, innovationId));
	if (!row) return false;
	await db.insert(moderationEvents).values({ innovationId, actorId: actor.id, action: 'note', fromStatus: row.status, toStatus: row.status, note: note.trim() });
	await notify(db, {
		userIds: await teamUserIds(db, innovationId),
		kind: 'curator_note',
		data: { title: row.title },
		link: `/inovasi-saya/${innovationId}/kirim`,
		email: true,
		detail: note.trim(),
		exceptUserId: actor.id
	});
	return true;
}

/** Features or unfeatures a published entry (shown first in the gallery). */
export async function setFeatured(db: Database, innovationId: number, actor: Actor, featured: boolean): Promise<boolean> {
	if (!isCurator(actor)) return false;
	const updated = await db
		.update(innovations)
		.set({ featured })
		.where(and(eq(innovations.id, innovationId), sql`${innovations.publishedRevisionId} is not null`, sql`${innovations.status} <> 'archived'`))
		.returning({ status: innovations.status });
	if (!updated.length) return false;
	await db.insert(moderationEvents).values({
		innovationId,
		actorId: actor.id,
		action: featured ? 'feature' : 'unfeature',
		fromStatus: updated[0]!.status,
		toStatus: updated[0]!.status
	});
	return true;
}

export interface AuditEntry {
	id: number;
	action: string;
	fromStatus: InnovationStatus | null;
	toStatus: InnovationStatus | null;
	note: string;
	actorName: string;
	at: string;
}

/** The entry's full moderation history, oldest first. */
export async function auditTrail(db: Database, innovationId: number): Promise<AuditEntry[]> {
	const rows = await db
		.select({ event: moderationEvents, actorName: users.name })
		.from(moderationEvents)
		.leftJoin(users, eq(moderationEvents.actorId, users.id))
		.where(eq(moderationEvents.innovationId, innovationId))
		.orderBy(asc(moderationEvents.createdAt), asc(moderationEvents.id));
	return rows.map(({ event, actorName }) => ({
		id: event.id,
		action: event.action,
		fromStatus: event.fromStatus,
		toStatus: event.toStatus,
		note: event.note,
		actorName: actorName ?? '—',
		at: event.createdAt.toISOString()
	}));
}

/** Notes curators wrote to the team (for the team's submit page), newest first. */
export async function curatorNotes(db: Database, innovationId: number): Promise<AuditEntry[]> {
	const trail = await auditTrail(db, innovationId);
	return trail.filter((e) => e.note && e.action !== 'submit' && e.action !== 'withdraw').reverse();
}

export interface QueueFilters {
	status?: InnovationStatus | 'all';
	provinceCode?: string;
	themeSlug?: string;
}

export interface QueueItem {
	id: number;
	title: string;
	status: InnovationStatus;
	province: string | null;
	featured: boolean;
	isPublic: boolean;
	slug: string;
	submittedAt: string | null;
	updatedAt: string;
}

/** The curator queue: entries by status (default: waiting for review), province and theme. */
export async function curatorQueue(db: Database, filters: QueueFilters, limit = 100): Promise<QueueItem[]> {
	const conditions: SQL[] = [];
	const status = filters.status ?? 'submitted';
	if (status !== 'all' && (STATUSES as readonly string[]).includes(status)) conditions.push(eq(innovations.status, status));
	// Drafts that never reached a curator stay the team's business.
	conditions.push(
		sql`(${innovations.status} <> 'draft' or ${innovations.publishedRevisionId} is not null or ${innovations.submittedAt} is not null)`
	);
	if (filters.provinceCode) conditions.push(eq(innovations.provinceCode, filters.provinceCode));
	if (filters.themeSlug) {
		conditions.push(
			exists(
				db
					.select({ one: sql`1` })
					.from(innovationThemes)
					.innerJoin(themes, eq(innovationThemes.themeId, themes.id))
					.where(and(eq(innovationThemes.innovationId, innovations.id), eq(themes.slug, filters.themeSlug)))
			)
		);
	}
	const rows = await db
		.select({
			id: innovations.id,
			title: innovations.title,
			status: innovations.status,
			province: provinces.name,
			featured: innovations.featured,
			rev: innovations.publishedRevisionId,
			slug: innovations.slug,
			submittedAt: innovations.submittedAt,
			updatedAt: innovations.updatedAt
		})
		.from(innovations)
		.leftJoin(provinces, eq(innovations.provinceCode, provinces.code))
		.where(conditions.length ? and(...conditions) : undefined)
		.orderBy(status === 'submitted' ? asc(innovations.submittedAt) : desc(innovations.updatedAt))
		.limit(limit);
	return rows.map((r) => ({
		id: r.id,
		title: r.title,
		status: r.status,
		province: r.province,
		featured: r.featured,
		isPublic: r.rev !== null && r.status !== 'archived',
		slug: r.slug,
		submittedAt: r.submittedAt?.toISOString() ?? null,
		updatedAt: r.updatedAt.toISOString()
	}));
}

/** Counts per status for the queue's filter tabs. */
export async function queueCounts(db: Database): Promise<Record<string, number>> {
	const rows = await db
		.select({ status: innovations.status, n: sql<number>`count(*)::int` })
		.from(innovations)
		.where(inArray(innovations.status, ['submitted', 'needs_revision', 'published', 'archived', 'rejected']))
		.groupBy(innovations.status);
	return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

/** Changes since the curator's last decision (everything, for a first review). */
export async function changesSinceReview(db: Database, innovationId: number): Promise<{ firstReview: boolean; fields: FieldDiff[] }> {
	const [row] = await db.select({ reviewed: innovations.reviewedContent }).from(innovations).where(eq(innovations.id, innovationId));
	const current = await loadContent(db, innovationId);
	if (!row || !current) return { firstReview: true, fields: [] };
	const before = row.reviewed ? parseContent(row.reviewed) : null;
	return { firstReview: before === null, fields: diffContent(before, current) };
}
