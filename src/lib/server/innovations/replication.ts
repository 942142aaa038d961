/**
 * "Saya ingin mereplikasi": a signed-in civil servant from another agency asks to adopt a published
 * innovation. The request reaches the team and the curators (in-app and email); the team moves it
 * through new → contacted → in progress → done, and every step is kept in its history.
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { agencies, innovations, provinces, replicationRequests, users, type ReplicationHistoryEntry } from '../db/schema';
import { REPLICATION_STATUSES, type ReplicationStatus } from '../../innovations/fields';
import { hitRateLimit, type RateLimitPolicy } from '../auth/rate-limit';
import { curatorUserIds, notify, teamUserIds } from './notifications';

/** A request is a real commitment of someone's time: 5 per day per person is generous. */
export const REPLICATION_LIMIT: RateLimitPolicy = { name: 'innovation:replicate', limit: 5, windowMs: 24 * 60 * 60_000 };

export type ReplicationResult = { ok: true; id: number } | { ok: false; error: 'rate_limited' | 'not_found' | 'own_entry' | 'bad_province' };

/** Files a request and notifies the team and curators. */
export async function createReplicationRequest(
	db: Database,
	input: {
		innovationId: number;
		requester: { id: number; name: string };
		agencyName: string;
		provinceCode: string;
		message: string;
	}
): Promise<ReplicationResult> {
	const [entry] = await db
		.select({ title: innovations.title, slug: innovations.slug })
		.from(innovations)
		.where(eq(innovations.id, input.innovationId));
	if (!entry) return { ok: false, error: 'not_found' };
	const team = await teamUserIds(db, input.innovationId);
	if (team.includes(input.requester.id)) return { ok: false, error: 'own_entry' };
	const province = await db.query.provinces.findFirst({ where: (p, { eq: e }) => e(p.code, input.provinceCode) });
	if (!province) return { ok: false, error: 'bad_province' };
	const hit = await hitRateLimit(db, REPLICATION_LIMIT, String(input.requester.id));
	if (!hit.allowed) return { ok: false, error: 'rate_limited' };
	const history: ReplicationHistoryEntry[] = [{ status: 'new', at: new Date().toISOString(), byUserId: input.requester.id, note: '' }];
	const id = await db.transaction(async (tx) => {
		const [row] = await tx
			.insert(replicationRequests)
			.values({
				innovationId: input.innovationId,
				requesterId: input.requester.id,
				agencyName: input.agencyName,
				provinceCode: input.provinceCode,
				message: input.message,
				history
			})
			.returning({ id: replicationRequests.id });
		await tx
			.update(innovations)
			.set({ replicationCount: sql`${innovations.replicationCount} + 1` })
			.where(eq(innovations.id, input.innovationId));
		return row!.id;
	});
	const data = { title: entry.title, agency: input.agencyName, actor: input.requester.name };
	const detail = `${input.requester.name} — ${input.agencyName}, ${province.name}\n\n${input.message}`;
	await notify(db, { userIds: team, kind: 'replication_request', data, link: `/inovasi-saya/${input.innovationId}/replikasi`, email: true, detail });
	await notify(db, {
		userIds: (await curatorUserIds(db)).filter((uid) => !team.includes(uid)),
		kind: 'replication_request',
		data,
		link: `/kurasi/${input.innovationId}`,
		email: true,
		detail,
		exceptUserId: input.requester.id
	});
	return { ok: true, id };
}

export interface PublicReplicationRequest {
	id: number;
	requesterName: string;
	requesterEmail: string;
	agencyName: string;
	province: string | null;
	message: string;
	status: ReplicationStatus;
	history: { status: ReplicationStatus; at: string; note: string }[];
	createdAt: string;
}

/** Requests for one entry, newest first (for its team and curators: includes the requester's email to reply). */
export async function listReplicationRequests(db: Database, innovationId: number): Promise<PublicReplicationRequest[]> {
	const rows = await db
		.select({ r: replicationRequests, name: users.name, email: users.email, province: provinces.name })
		.from(replicationRequests)
		.leftJoin(users, eq(replicationRequests.requesterId, users.id))
		.leftJoin(provinces, eq(replicationRequests.provinceCode, provinces.code))
		.where(eq(replicationRequests.innovationId, innovationId))
		.orderBy(desc(replicationRequests.createdAt));
	return rows.map(({ r, name, email, province }) => ({
		id: r.id,
		requesterName: name ?? '—',
		requesterEmail: email ?? '',
		agencyName: r.agencyName,
		province,
		message: r.message,
		status: r.status,
		history: r.history.map((h) => ({ status: h.status, at: h.at, note: h.note })),
		createdAt: r.createdAt.toISOString()
	}));
}

/** Whether a status may follow another: forward only (a request is never un-contacted). */
export function canAdvanceReplication(from: ReplicationStatus, to: ReplicationStatus): boolean {
	return REPLICATION_STATUSES.indexOf(to) > REPLICATION_STATUSES.indexOf(from);
}

/** Moves a request forward, records it in the history and tells the requester. */
export async function advanceReplicationRequest(
	db: Database,
	input: { innovationId: number; requestId: number; actorId: number; status: ReplicationStatus; note: string }
): Promise<boolean> {
	const result = await db.transaction(async (tx) => {
		const [row] = await tx
			.select()
			.from(replicationRequests)
			.where(and(eq(replicationRequests.id, input.requestId), eq(replicationRequests.innovationId, input.innovationId)))
			.for('update');
		if (!row || !canAdvanceReplication(row.status, input.status)) return null;
		const history = [...row.history, { status: input.status, at: new Date().toISOString(), byUserId: input.actorId, note: input.note }];
		await tx
			.update(replicationRequests)
			.set({ status: input.status, history, updatedAt: new Date() })
			.where(eq(replicationRequests.id, row.id));
		return row;
	});
	if (!result) return false;
	if (result.requesterId) {
		const [entry] = await db.select({ title: innovations.title, slug: innovations.slug }).from(innovations).where(eq(innovations.id, input.innovationId));
		await notify(db, {
			userIds: [result.requesterId],
			kind: 'replication_status',
			data: { title: entry?.title ?? '' },
			link: `/inovasi/${entry?.slug ?? ''}`,
			exceptUserId: input.actorId
		});
	}
	return true;
}

/** The requester's own requests for an entry (so they can follow up), newest first. */
export async function myReplicationRequests(db: Database, innovationId: number, requesterId: number) {
	const rows = await db
		.select({ id: replicationRequests.id, status: replicationRequests.status, agencyName: replicationRequests.agencyName, createdAt: replicationRequests.createdAt })
		.from(replicationRequests)
		.where(and(eq(replicationRequests.innovationId, innovationId), eq(replicationRequests.requesterId, requesterId)))
		.orderBy(desc(replicationRequests.createdAt));
	return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

/** Defaults for the request form from the requester's profile: their agency name and province. */
export async function requesterDefaults(db: Database, userId: number): Promise<{ agencyName: string; provinceCode: string }> {
	const [row] = await db
		.select({ agency: agencies.name, province: users.provinceCode })
		.from(users)
		.leftJoin(agencies, eq(users.agencyId, agencies.id))
		.where(eq(users.id, userId));
	return { agencyName: row?.agency ?? '', provinceCode: row?.province ?? '' };
}
