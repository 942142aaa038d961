/**
 * The impact dashboard's numbers, all computed from the database at request time: published entries
 * (from the gallery read model, so only what the public can see), workshops held and their
 * participants, and replication requests with their outcomes.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { queryRows } from '../db/client';
import { workshopHeld } from '../workshops/held';
import { STAGES, REPLICATION_STATUSES, type InnovationStage, type ReplicationStatus } from '../../innovations/fields';

export interface ImpactBar {
	key: string;
	/** Indonesian and English names (the page picks one); code lists are labelled on the page. */
	nameId: string;
	nameEn: string;
	count: number;
}

export interface ImpactSummary {
	innovations: number;
	provinces: number;
	workshops: number;
	participants: number;
	replicationRequests: number;
	byProvince: ImpactBar[];
	byTheme: ImpactBar[];
	byStage: { stage: InnovationStage; count: number }[];
	byYear: { year: number; count: number }[];
	replications: { status: ReplicationStatus; count: number }[];
}

/** Everything the dashboard shows, in one call. */
export async function impactSummary(db: Database): Promise<ImpactSummary> {
	const [totals] = await queryRows<{ innovations: number; provinces: number; workshops: number; participants: number; replications: number }>(
		db,
		sql`select
			(select count(*)::int from gallery_entries) as innovations,
			(select count(distinct province_code)::int from gallery_entries) as provinces,
			(select count(*)::int from workshops w where ${workshopHeld}) as workshops,
			(select count(distinct m.user_id)::int from workshop_members m join workshops w on w.id = m.workshop_id
				where m.role = 'participant' and ${workshopHeld}) as participants,
			(select count(*)::int from replication_requests r join gallery_entries g on g.innovation_id = r.innovation_id) as replications`
	);
	const byProvince = await queryRows<{ key: string; name: string; count: number }>(
		db,
		sql`select p.code as key, p.name, count(*)::int as count from gallery_entries g join provinces p on p.code = g.province_code
			group by p.code, p.name order by count desc, p.name`
	);
	const byTheme = await queryRows<{ key: string; name_id: string; name_en: string; count: number }>(
		db,
		sql`select t.slug as key, t.name_id, t.name_en, count(*)::int as count
			from gallery_entries g cross join lateral unnest(g.themes) as u(slug) join themes t on t.slug = u.slug
			group by t.slug, t.name_id, t.name_en order by count desc, t.name_id`
	);
	const stages = await queryRows<{ stage: InnovationStage; count: number }>(
		db,
		sql`select stage, count(*)::int as count from gallery_entries group by stage`
	);
	const years = await queryRows<{ year: number; count: number }>(
		db,
		sql`select extract(year from first_published_at)::int as year, count(*)::int as count from gallery_entries group by 1 order by 1`
	);
	const replications = await queryRows<{ status: ReplicationStatus; count: number }>(
		db,
		sql`select r.status, count(*)::int as count from replication_requests r
			join gallery_entries g on g.innovation_id = r.innovation_id group by r.status`
	);
	return {
		innovations: Number(totals?.innovations ?? 0),
		provinces: Number(totals?.provinces ?? 0),
		workshops: Number(totals?.workshops ?? 0),
		participants: Number(totals?.participants ?? 0),
		replicationRequests: Number(totals?.replications ?? 0),
		byProvince: byProvince.map((r) => ({ key: r.key, nameId: r.name, nameEn: r.name, count: Number(r.count) })),
		byTheme: byTheme.map((r) => ({ key: r.key, nameId: r.name_id, nameEn: r.name_en, count: Number(r.count) })),
		// Every stage and outcome is listed, zeros included, so the charts keep a fixed order.
		byStage: STAGES.map((stage) => ({ stage, count: Number(stages.find((s) => s.stage === stage)?.count ?? 0) })),
		byYear: years.map((y) => ({ year: Number(y.year), count: Number(y.count) })),
		replications: REPLICATION_STATUSES.map((status) => ({ status, count: Number(replications.find((r) => r.status === status)?.count ?? 0) }))
	};
}
