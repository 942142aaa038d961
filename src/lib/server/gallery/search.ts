/**
 * Gallery search over `gallery_entries` (published revisions only): Indonesian full-text search with
 * weights, trigram typo tolerance when the text search finds little, disjunctive facet counts (each
 * facet counts under every other filter, so choosing a second province still shows the first's count).
 * One statement per search: the text match runs once into a narrow set of hits, and the page, the
 * total and every facet count are read from that set (the full rows are fetched only for the page).
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client';
import { queryRows } from '../db/client';
import { contentSchema } from '../innovations/content';
import { toPublicMedia } from '../innovations/public';
import {
	FACETS,
	PAGE_SIZE,
	effectiveSort,
	type Facet,
	type GalleryQuery
} from '../../gallery/query';
import type { FacetValue, GalleryCard, GalleryResult } from '../../gallery/types';
import type { GovernmentLevel, InnovationStage } from '../../innovations/fields';

/** Below this many text matches, titles similar to the query are added (typo tolerance). */
const FUZZY_BELOW = 3;

interface Criteria {
	text: SQL;
	rank: SQL;
}

function list(values: readonly (string | number)[]): SQL {
	return sql.join(
		values.map((v) => sql`${v}`),
		sql`, `
	);
}

/** SQL condition for one facet's selected values, or null when none are selected. */
function facetCondition(query: GalleryQuery, facet: Facet): SQL | null {
	switch (facet) {
		case 'provinsi':
			return query.provinsi.length ? sql`province_code in (${list(query.provinsi)})` : null;
		case 'tema':
			return query.tema.length ? sql`themes && array[${list(query.tema)}]::text[]` : null;
		case 'tahap':
			return query.tahap.length ? sql`stage in (${list(query.tahap)})` : null;
		case 'sdg':
			// Values are zod-validated integers, so they can be inlined as an array literal.
			return query.sdg.length ? sql`sdgs && ${sql.raw(`'{${query.sdg.join(',')}}'`)}::integer[]` : null;
		case 'instansi':
			return query.instansi.length ? sql`agency_kind in (${list(query.instansi)})` : null;
		case 'tingkat':
			return query.tingkat.length ? sql`government_level in (${list(query.tingkat)})` : null;
		case 'digital':
			// Both values selected means no restriction.
			return query.digital.length === 1 ? (query.digital[0] === 'ya' ? sql`is_digital` : sql`not is_digital`) : null;
		case 'tahun':
			return query.tahun.length ? sql`year = any(${sql.raw(`'{${query.tahun.join(',')}}'`)}::integer[])` : null;
	}
}

function filtersExcept(query: GalleryQuery, skip: Facet | null): SQL {
	const parts = FACETS.filter((f) => f !== skip)
		.map((f) => facetCondition(query, f))
		.filter((c): c is SQL => c !== null);
	return parts.length ? sql.join(parts, sql` and `) : sql`true`;
}

function textCriteria(q: string, fuzzy: boolean): Criteria {
	if (!q) return { text: sql`true`, rank: sql`0` };
	const tsq = sql`websearch_to_tsquery('indonesian', ${q})`;
	if (!fuzzy) return { text: sql`search @@ ${tsq}`, rank: sql`ts_rank_cd(search, ${tsq}, 1)` };
	// A union of two index lookups: an OR inside one condition makes the planner test every row.
	return {
		text: sql`innovation_id in (select innovation_id from gallery_entries where search @@ ${tsq}
			union select gallery_similar_titles(${q}))`,
		rank: sql`(ts_rank_cd(search, ${tsq}, 1) + word_similarity(${q}, title))`
	};
}

/** Group-by expression per facet over the hits (array facets are unnested). */
const FACET_SQL: Record<Facet, { from: SQL; value: SQL }> = {
	provinsi: { from: sql`hits`, value: sql`province_code` },
	tema: { from: sql`hits cross join lateral unnest(hits.themes) as v(value)`, value: sql`v.value` },
	tahap: { from: sql`hits`, value: sql`stage` },
	sdg: { from: sql`hits cross join lateral unnest(hits.sdgs) as v(value)`, value: sql`v.value::text` },
	instansi: { from: sql`hits`, value: sql`agency_kind` },
	tingkat: { from: sql`hits`, value: sql`government_level` },
	digital: { from: sql`hits`, value: sql`case when is_digital then 'ya' else 'tidak' end` },
	tahun: { from: sql`hits`, value: sql`year::text` }
};

interface FacetRow {
	facet: Facet;
	value: string;
	n: number;
}

/** Every facet's value counts as one JSON array, each facet counted under the other facets' filters. */
function facetCountsJson(query: GalleryQuery): SQL {
	const parts = FACETS.map(
		(facet) =>
			sql`(select ${facet}::text as facet, ${FACET_SQL[facet].value} as value, count(*)::int as n
				from ${FACET_SQL[facet].from} where ${filtersExcept(query, facet)} and ${FACET_SQL[facet].value} is not null
				group by 2)`
	);
	return sql`(select coalesce(json_agg(f), '[]'::json) from (${sql.join(parts, sql` union all `)}) f)`;
}

interface EntryRow extends Record<string, unknown> {
	slug: string;
	title: string;
	summary: string;
	agency_name: string | null;
	agency_kind: string | null;
	province_code: string | null;
	province_name: string | null;
	regency: string;
	stage: InnovationStage;
	government_level: GovernmentLevel | null;
	is_digital: boolean;
	year: number;
	themes: string[];
	sdgs: number[];
	cover: unknown;
	featured: boolean;
	appreciation_count: number;
	first_published_at: Date | string;
	revised_at: Date | string;
}

const coverSchema = contentSchema.shape.media.unwrap().element;

function iso(value: Date | string): string {
	return (value instanceof Date ? value : new Date(value)).toISOString();
}

type ReferenceNames = Record<'provinsi' | 'tema' | 'sdg' | 'instansi', Map<string, { id: string; en: string }>>;

/** Reference names the gallery shows (themes, SDGs, agency kinds); small tables, read per request. */
export async function referenceNames(db: Database): Promise<ReferenceNames> {
	const rows = await queryRows<{ k: string; v: string; id: string; en: string }>(
		db,
		sql`select 'tema' as k, slug as v, name_id as id, name_en as en from themes
			union all select 'sdg', number::text, name_id, name_en from sdgs
			union all select 'instansi', slug, name_id, name_en from agency_kinds
			union all select 'provinsi', code, name, name from provinces`
	);
	const maps: ReferenceNames = { provinsi: new Map(), tema: new Map(), sdg: new Map(), instansi: new Map() };
	for (const r of rows) maps[r.k as keyof ReferenceNames].set(r.v, { id: r.id, en: r.en });
	return maps;
}

/** Maps a gallery row to the card pages and the open-data endpoints show. */
export function toGalleryCard(row: EntryRow, themeNames: Map<string, { id: string; en: string }>): GalleryCard {
	const cover = coverSchema.safeParse(row.cover);
	return {
		slug: row.slug,
		title: row.title,
		summary: row.summary,
		agency: row.agency_name,
		agencyKind: row.agency_kind,
		province: row.province_code && row.province_name ? { code: row.province_code, name: row.province_name } : null,
		regency: row.regency,
		stage: row.stage,
		governmentLevel: row.government_level,
		isDigital: row.is_digital,
		year: Number(row.year),
		themes: row.themes.map((slug) => ({ slug, nameId: themeNames.get(slug)?.id ?? slug, nameEn: themeNames.get(slug)?.en ?? slug })),
		sdgs: row.sdgs.map(Number),
		appreciations: Number(row.appreciation_count),
		featured: row.featured,
		publishedAt: iso(row.first_published_at),
		updatedAt: iso(row.revised_at),
		cover: cover.success && row.cover ? toPublicMedia(cover.data) : null
	};
}

/** Sort keys over the hits' columns, qualified by `alias`; the id last keeps pages stable. */
function orderBy(query: GalleryQuery, alias: string): SQL {
	const t = sql.raw(alias);
	switch (effectiveSort(query)) {
		case 'relevan':
			return sql`${t}.rank desc, ${t}.first_published_at desc, ${t}.innovation_id desc`;
		case 'apresiasi':
			return sql`${t}.appreciation_count desc, ${t}.first_published_at desc, ${t}.innovation_id desc`;
		case 'terbaru':
			return sql`${t}.first_published_at desc, ${t}.innovation_id desc`;
	}
}

interface Found {
	total: number;
	items: EntryRow[];
	facets: FacetRow[];
}

/** json columns arrive parsed from postgres-js and PGlite; text is parsed here for any other driver. */
function fromJson<T>(value: unknown, fallback: T): T {
	if (value === null || value === undefined) return fallback;
	return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/**
 * The one search statement. `hits` keeps only the columns that filter, sort and count, so the sort
 * and the facet aggregates stay small in memory; the wide columns are read for the page alone.
 */
async function runSearch(db: Database, query: GalleryQuery, criteria: Criteria, page: { limit: number; offset: number; facets: boolean }): Promise<Found> {
	const rank = effectiveSort(query) === 'relevan' ? criteria.rank : sql`0`;
	const [row] = await queryRows<{ total: number; items: unknown; facets: unknown }>(
		db,
		sql`with hits as materialized (
				select innovation_id, ${rank} as rank, first_published_at, appreciation_count, province_code, themes,
					stage, sdgs, agency_kind, government_level, is_digital, year
				from gallery_entries where ${criteria.text}
			),
			matched as (select * from hits where ${filtersExcept(query, null)}),
			page as (select * from matched h order by ${orderBy(query, 'h')} limit ${page.limit} offset ${page.offset})
			select (select count(*)::int from matched) as total,
				(select json_agg(json_build_object(
						'slug', e.slug, 'title', e.title, 'summary', e.summary, 'agency_name', e.agency_name,
						'agency_kind', e.agency_kind, 'province_code', e.province_code, 'province_name', e.province_name,
						'regency', e.regency, 'stage', e.stage, 'government_level', e.government_level,
						'is_digital', e.is_digital, 'year', e.year, 'themes', e.themes, 'sdgs', e.sdgs, 'cover', e.cover,
						'featured', e.featured, 'appreciation_count', e.appreciation_count,
						'first_published_at', e.first_published_at, 'revised_at', e.revised_at
					) order by ${orderBy(query, 'p')})
					from page p join gallery_entries e on e.innovation_id = p.innovation_id) as items,
				${page.facets ? facetCountsJson(query) : sql`null::json`} as facets`
	);
	return { total: Number(row?.total ?? 0), items: fromJson<EntryRow[]>(row?.items, []), facets: fromJson<FacetRow[]>(row?.facets, []) };
}

/** Cards matching a raw condition (home page sections): `where` and `order` are fixed SQL from callers here. */
export async function selectCards(db: Database, where: SQL, order: SQL, limit: number): Promise<GalleryCard[]> {
	const [rows, names] = await Promise.all([
		queryRows<EntryRow>(
			db,
			sql`select slug, title, summary, agency_name, agency_kind, province_code, province_name, regency, stage,
					government_level, is_digital, year, themes, sdgs, cover, featured, appreciation_count,
					first_published_at, revised_at
				from gallery_entries where ${where} order by ${order} limit ${limit}`
		),
		referenceNames(db)
	]);
	return rows.map((r) => toGalleryCard(r, names.tema));
}

export interface SearchOptions {
	pageSize?: number;
	/** Skip facet counting (open-data endpoints do not show facets). */
	facets?: boolean;
}

/** Runs a gallery search: one page of cards, the total, and counts for every facet. */
export async function searchGallery(db: Database, query: GalleryQuery, options: SearchOptions = {}): Promise<GalleryResult> {
	const pageSize = options.pageSize ?? PAGE_SIZE;
	const page = { limit: pageSize, offset: (query.hal - 1) * pageSize, facets: options.facets !== false };
	let fuzzy = false;
	let [names, found] = await Promise.all([referenceNames(db), runSearch(db, query, textCriteria(query.q, false), page)]);
	if (query.q && found.total < FUZZY_BELOW) {
		const similar = await runSearch(db, query, textCriteria(query.q, true), page);
		// Only claim "similar results" when similarity actually added something.
		if (similar.total > found.total) {
			fuzzy = true;
			found = similar;
		}
	}
	const { total, items: rows, facets: facetRows } = found;
	const facets = Object.fromEntries(FACETS.map((f) => [f, [] as FacetValue[]])) as Record<Facet, FacetValue[]>;
	const nameMaps: Partial<Record<Facet, Map<string, { id: string; en: string }>>> = {
		provinsi: names.provinsi,
		tema: names.tema,
		sdg: names.sdg,
		instansi: names.instansi
	};
	for (const row of facetRows) {
		const selected = (query[row.facet] as (string | number)[]).map(String).includes(row.value);
		facets[row.facet].push({ value: row.value, count: Number(row.n), selected, names: nameMaps[row.facet]?.get(row.value) ?? null });
	}
	for (const facet of FACETS) {
		// A selected value with no matches stays listed, so it can be switched off again.
		for (const value of (query[facet] as (string | number)[]).map(String)) {
			if (!facets[facet].some((v) => v.value === value)) facets[facet].push({ value, count: 0, selected: true, names: nameMaps[facet]?.get(value) ?? null });
		}
		facets[facet].sort((a, b) => (facet === 'tahun' ? Number(b.value) - Number(a.value) : b.count - a.count || a.value.localeCompare(b.value)));
	}
	const totalCount = Number(total);
	return {
		query,
		sort: effectiveSort(query),
		items: rows.map((r) => toGalleryCard(r, names.tema)),
		total: totalCount,
		page: query.hal,
		pageCount: Math.max(1, Math.ceil(totalCount / pageSize)),
		fuzzy,
		facets
	};
}
