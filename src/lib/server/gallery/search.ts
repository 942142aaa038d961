/**
 * Gallery search over `gallery_entries` (published revisions only): Indonesian full-text search with
 * weights, trigram typo tolerance when the text search finds little, disjunctive facet counts (each
 * facet counts under every other filter, so choosing a second province still shows the first's count).
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
	return {
		text: sql`(search @@ ${tsq} or ${q} <% title)`,
		rank: sql`(ts_rank_cd(search, ${tsq}, 1) + word_similarity(${q}, title))`
	};
}

/** Group-by expression per facet (array facets are unnested). */
const FACET_SQL: Record<Facet, { from: SQL; value: SQL }> = {
	provinsi: { from: sql`base`, value: sql`province_code` },
	tema: { from: sql`base cross join lateral unnest(base.themes) as v(value)`, value: sql`v.value` },
	tahap: { from: sql`base`, value: sql`stage` },
	sdg: { from: sql`base cross join lateral unnest(base.sdgs) as v(value)`, value: sql`v.value::text` },
	instansi: { from: sql`base`, value: sql`agency_kind` },
	tingkat: { from: sql`base`, value: sql`government_level` },
	digital: { from: sql`base`, value: sql`case when is_digital then 'ya' else 'tidak' end` },
	tahun: { from: sql`base`, value: sql`year::text` }
};

interface FacetRow extends Record<string, unknown> {
	facet: Facet;
	value: string;
	n: number;
}

async function facetCounts(db: Database, query: GalleryQuery, criteria: Criteria): Promise<FacetRow[]> {
	const parts = FACETS.map(
		(facet) =>
			sql`(select ${facet}::text as facet, ${FACET_SQL[facet].value} as value, count(*)::int as n
				from ${FACET_SQL[facet].from} where ${filtersExcept(query, facet)} and ${FACET_SQL[facet].value} is not null
				group by 2)`
	);
	return queryRows<FacetRow>(
		db,
		sql`with base as materialized (
				select province_code, themes, stage, sdgs, agency_kind, government_level, is_digital, year
				from gallery_entries where ${criteria.text}
			) ${sql.join(parts, sql` union all `)}`
	);
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
	total: number;
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

function orderBy(query: GalleryQuery, rank: SQL): SQL {
	switch (effectiveSort(query)) {
		case 'relevan':
			return sql`${rank} desc, first_published_at desc, innovation_id desc`;
		case 'apresiasi':
			return sql`appreciation_count desc, first_published_at desc, innovation_id desc`;
		case 'terbaru':
			return sql`first_published_at desc, innovation_id desc`;
	}
}

async function entries(db: Database, query: GalleryQuery, criteria: Criteria, limit: number, offset: number): Promise<EntryRow[]> {
	return queryRows<EntryRow>(
		db,
		sql`select slug, title, summary, agency_name, agency_kind, province_code, province_name, regency, stage,
				government_level, is_digital, year, themes, sdgs, cover, featured, appreciation_count,
				first_published_at, revised_at, count(*) over ()::int as total
			from gallery_entries
			where ${criteria.text} and ${filtersExcept(query, null)}
			order by ${orderBy(query, criteria.rank)}
			limit ${limit} offset ${offset}`
	);
}

/** Cards matching a raw condition (home page sections): `where` and `order` are fixed SQL from callers here. */
export async function selectCards(db: Database, where: SQL, order: SQL, limit: number): Promise<GalleryCard[]> {
	const [rows, names] = await Promise.all([
		queryRows<EntryRow>(
			db,
			sql`select slug, title, summary, agency_name, agency_kind, province_code, province_name, regency, stage,
					government_level, is_digital, year, themes, sdgs, cover, featured, appreciation_count,
					first_published_at, revised_at, 0 as total
				from gallery_entries where ${where} order by ${order} limit ${limit}`
		),
		referenceNames(db)
	]);
	return rows.map((r) => toGalleryCard(r, names.tema));
}

async function countMatches(db: Database, query: GalleryQuery, criteria: Criteria): Promise<number> {
	const [row] = await queryRows<{ n: number }>(
		db,
		sql`select count(*)::int as n from gallery_entries where ${criteria.text} and ${filtersExcept(query, null)}`
	);
	return Number(row?.n ?? 0);
}

export interface SearchOptions {
	pageSize?: number;
	/** Skip facet counting (open-data endpoints do not show facets). */
	facets?: boolean;
}

/** Runs a gallery search: one page of cards, the total, and counts for every facet. */
export async function searchGallery(db: Database, query: GalleryQuery, options: SearchOptions = {}): Promise<GalleryResult> {
	const pageSize = options.pageSize ?? PAGE_SIZE;
	const offset = (query.hal - 1) * pageSize;
	let fuzzy = false;
	let criteria = textCriteria(query.q, false);
	let rows = await entries(db, query, criteria, pageSize, offset);
	let total = rows[0]?.total ?? (offset > 0 ? await countMatches(db, query, criteria) : 0);
	if (query.q && Number(total) < FUZZY_BELOW) {
		const fuzzyCriteria = textCriteria(query.q, true);
		const fuzzyRows = await entries(db, query, fuzzyCriteria, pageSize, offset);
		const fuzzyTotal = fuzzyRows[0]?.total ?? (offset > 0 ? await countMatches(db, query, fuzzyCriteria) : 0);
		// Only claim "similar results" when similarity actually added something.
		if (Number(fuzzyTotal) > Number(total)) {
			fuzzy = true;
			criteria = fuzzyCriteria;
			rows = fuzzyRows;
			total = fuzzyTotal;
		}
	}
	const [names, facetRows] = await Promise.all([
		referenceNames(db),
		options.facets === false ? Promise.resolve([] as FacetRow[]) : facetCounts(db, query, criteria)
	]);
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
