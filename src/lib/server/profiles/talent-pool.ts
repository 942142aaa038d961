/**
 * The talent pool: curators, facilitators and admins look for people by skill or interest, agency,
 * province and name. Only public profiles appear, and a filter only matches a field its owner made
 * public — searching by a hidden agency must not reveal who works there.
 */
import { and, asc, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client';
import { agencies, galleryEntries, innovationMembers, profiles, users } from '../db/schema';
import type { TalentCard } from '../../profiles/fields';
import { recordQuery, toPublicProfile, toRecord, type ProfileRecord } from './profiles';
import type { TalentQuery } from './validation';

export const TALENT_PAGE_SIZE = 20;

/** The roles that may search the pool (the people who staff workshops and curate). */
export const TALENT_POOL_ROLES = ['curator', 'facilitator', 'admin'] as const;

export interface TalentResults {
	items: TalentCard[];
	total: number;
	page: number;
	pageCount: number;
}

/** A pool card: the public profile minus the lists of work, plus how many innovations it shows. */
export function toTalentCard(record: ProfileRecord, innovationCount: number): TalentCard {
	const { innovations: _i, workshops: _w, bio: _b, ...card } = toPublicProfile(record, { innovations: [], workshops: [] });
	return { ...card, innovationCount };
}

const likeEscape = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

function conditions(query: TalentQuery): SQL[] {
	const where: SQL[] = [eq(users.disabled, false), sql`coalesce(${profiles.isPublic}, true)`];
	if (query.q) where.push(sql`${users.name} ilike ${`%${likeEscape(query.q)}%`}`);
	if (query.keahlian) {
		const pattern = `%${likeEscape(query.keahlian)}%`;
		where.push(
			sql`${profiles.showSkills} and exists (select 1 from unnest(${profiles.skills} || ${profiles.interests}) as tag where tag like ${pattern})`
		);
	}
	if (query.instansi) where.push(sql`${profiles.showAgency} and ${users.agencyId} = ${query.instansi}`);
	if (query.provinsi) where.push(sql`${profiles.showProvince} and ${users.provinceCode} = ${query.provinsi}`);
	return where;
}

const innovationCount = sql<number>`(select count(*)::int from ${innovationMembers} im
	join ${galleryEntries} ge on ge.innovation_id = im.innovation_id where im.user_id = ${users.id} and im.public)`;

/** One page of matching people, by name. */
export async function searchTalent(db: Database, query: TalentQuery): Promise<TalentResults> {
	const where = and(...conditions(query));
	const [counted] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(users)
		.leftJoin(profiles, eq(profiles.userId, users.id))
		.where(where);
	const total = Number(counted?.n ?? 0);
	const pageCount = Math.max(1, Math.ceil(total / TALENT_PAGE_SIZE));
	const page = Math.min(query.hal, pageCount);
	const rows = await recordQuery(db)
		.where(where)
		.orderBy(asc(users.name), asc(users.id))
		.limit(TALENT_PAGE_SIZE)
		.offset((page - 1) * TALENT_PAGE_SIZE);
	const counts = rows.length
		? await db
				.select({ id: users.id, n: innovationCount })
				.from(users)
				.where(inArray(users.id, rows.map((r) => r.userId)))
		: [];
	const countOf = new Map(counts.map((c) => [c.id, Number(c.n)]));
	return { items: rows.map((r) => toTalentCard(toRecord(r), countOf.get(r.userId) ?? 0)), total, page, pageCount };
}

/** Agencies for the filter: only those at least one public profile shows (the list itself reveals nothing hidden). */
export async function talentAgencyOptions(db: Database): Promise<{ id: number; name: string }[]> {
	return db
		.selectDistinct({ id: agencies.id, name: agencies.name })
		.from(profiles)
		.innerJoin(users, eq(users.id, profiles.userId))
		.innerJoin(agencies, eq(agencies.id, users.agencyId))
		.where(and(eq(profiles.isPublic, true), eq(profiles.showAgency, true), eq(users.disabled, false), isNotNull(users.agencyId)))
		.orderBy(asc(agencies.name));
}
