/**
 * Gallery search over `gallery_entries` (published revisions only): Indonesian full-text search with
 * weights, typo tolerance when the text search finds little, disjunctive facet counts (each facet
 * counts under every other filter, so choosing a second province still shows the first's count).
 * One search statement: the text match runs once into a narrow set of hits, and the page, the total
 * and every facet count are read from that set (the full rows are fetched only for the page).
 * Typo tolerance corrects words, not rows: a small statement first finds the query's words that no
 * entry contains and matches each against the gallery's own vocabulary (`gallery_words`, a few
 * thousand rows with a trigram index); the corrected query is then searched instead of (or, for
 * queries with operators, after) the typed one — no similarity test over every title. Ranking is
 * `ts_rank` (title A > summary B > narrative C): `ts_rank_cd` ranked alike here but cost five times
 * as much per hit, and every hit of a broad query is ranked.
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

/** Below this many text matches, the query with its words corrected is searched instead. */
const FUZZY_BELOW = 3;
/** Words of a query the fallback considers (a query is at most 200 characters). */
const MAX_WORDS = 8;

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

function textCriteria(q: string): Criteria {
	if (!q) return { text: sql`true`, rank: sql`0` };
	const tsq = sql`websearch_to_tsquery('indonesian', ${q})`;
	// Normalization 1 divides by 1 + log(length): a long narrative does not outrank a short entry.
	return { text: sql`search @@ ${tsq}`, rank: sql`ts_rank(search, ${tsq}, 1)` };
}

/** The query's distinct words, lower-cased, at most MAX_WORDS. */
function queryWords(q: string): string[] {
	return [...new Set(q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])].slice(0, MAX_WORDS);
}

/**
 * Corrections of the query's words as `{ typed: corrected }`, or null: for each word that no entry
 * contains (in any field), its most similar gallery word (pg_trgm similarity at or above its
 * threshold). Numbers and words under three letters are never corrected. Words that some entry
 * contains are ruled out first (an index probe each), so a query without typos costs no trigram search.
 */
async function findCorrections(db: Database, words: string[]): Promise<Record<string, string> | null> {
	if (!words.length) return null;
	const [row] = await queryRows<{ fixes: unknown }>(
		db,
		sql`select json_object_agg(w.word, fix.word) as fixes
			from (
				select u.word from unnest(array[${list(words)}]::text[]) as u(word)
				where length(u.word) >= 3 and u.word !~ '^[0-9]+$'
					-- A word the text search ignores (a stop word) is not missing from anything.
					and numnode(plainto_tsquery('indonesian', u.word)) > 0
					and not exists (select 1 from gallery_entries where search @@ plainto_tsquery('indonesian', u.word))
			) w
			cross join lateral (
				select g.word from gallery_words g
				where g.word % w.word
				order by similarity(g.word, w.word) desc, g.entries desc, g.word limit 1
			) fix
			where fix.word <> w.word`
	);
	return fromJson<Record<string, string> | null>(row?.fixes, null);
}

/** True when the query is words only: websearch_to_tsquery then requires every one of them. */
function isPlainQuery(q: string): boolean {
	return !/["-]|\bor\b/i.test(q);
}

/** The query with its corrected words replaced in place (quotes, OR and "-word" keep their meaning), or null. */
function correctedQuery(q: string, fixes: Record<string, string> | null): string | null {
	if (!fixes || !Object.keys(fixes).length) return null;
	return q.replace(/[\p{L}\p{N}]+/gu, (word) => fixes[word.toLowerCase()] ?? word);
}

/**
 * The facets as grouping sets over the hits: scalar columns group by value; array columns group by
 * the whole array (entries share few combinations), which are unnested after grouping.
 */
const FACET_SETS: { facet: Facet; column: string; value: SQL }[] = [
	{ facet: 'provinsi', column: 'province_code', value: sql`array[province_code]` },
	{ facet: 'tahap', column: 'stage', value: sql`array[stage]` },
	{ facet: 'instansi', column: 'agency_kind', value: sql`array[agency_kind]` },
	{ facet: 'tingkat', column: 'government_level', value: sql`array[government_level]` },
	{ facet: 'digital', column: 'is_digital', value: sql`array[case is_digital when true then 'ya' else 'tidak' end]` },
	{ facet: 'tahun', column: 'year', value: sql`array[year::text]` },
	{ facet: 'tema', column: 'themes', value: sql`themes` },
	{ facet: 'sdg', column: 'sdgs', value: sql`sdgs::text[]` }
];

interface FacetRow {
	facet: Facet;
	value: string;
	n: number;
}

/**
 * Every facet's value counts as one JSON array, each facet counted under the other facets' filters.
 * One pass over the hits: in each grouping set only its own column is grouped, so `grouping()` names
 * the facet, and each set's count carries that facet's own filter (disjunctive counting).
 */
function facetCountsJson(query: GalleryQuery): SQL {
	const perSet = (pick: (f: (typeof FACET_SETS)[number]) => SQL) =>
		sql`case ${sql.join(
			FACET_SETS.map((f) => sql`when grouping(${sql.raw(f.column)}) = 0 then ${pick(f)}`),
			sql` `
		)} end`;
	return sql`(select coalesce(json_agg(f), '[]'::json) from (
		select g.facet, v.value, sum(g.n)::int as n
		from (
			select ${perSet((f) => sql`${f.facet}::text`)} as facet,
				${perSet((f) => f.value)} as arr,
				${perSet((f) => sql`count(*) filter (where ${filtersExcept(query, f.facet)})`)} as n
			from hits group by grouping sets (${sql.raw(FACET_SETS.map((f) => `(${f.column})`).join(', '))})
		) g cross join lateral unnest(g.arr) as v(value)
		where g.n > 0 and v.value is not null
		group by 1, 2) f)`;
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
async function runSearch(
	db: Database,
	query: GalleryQuery,
	criteria: Criteria,
	page: { limit: number; offset: number; facets: boolean }
): Promise<Found> {
	const rank = effectiveSort(query) === 'relevan' ? criteria.rank : sql`0`;
	const [row] = await queryRows<{ total: number; items: unknown; facets: unknown }>(
		db,
		sql`with hits as materialized (
				select innovation_id, ${rank} as rank, first_published_at, appreciation_count, province_code, themes,
					stage, sdgs, agency_kind, government_level, is_digital, year
				from gallery_entries where ${criteria.text}
			),
			matched as (select * from hits where ${filtersExcept(query, null)}),
			page as (select * from matched h order by ${orderBy(query, 'h')} limit ${page.limit} offset ${page.offset}),
			total as (select count(*)::int as n from matched)
			select (select n from total) as total,
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
	return {
		total: Number(row?.total ?? 0),
		items: fromJson<EntryRow[]>(row?.items, []),
		facets: fromJson<FacetRow[]>(row?.facets, [])
	};
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
	// Corrections first (a few index probes): when a word of a plain query (no quotes, OR or "-")
	// is in no entry, the typed query cannot match anything, so only the corrected one is searched.
	const [names, fixes] = await Promise.all([referenceNames(db), findCorrections(db, queryWords(query.q))]);
	const corrected = correctedQuery(query.q, fixes);
	let found: Found;
	let suggestion: string | null = null;
	if (corrected && isPlainQuery(query.q)) {
		found = await runSearch(db, query, textCriteria(corrected), page);
		if (found.total > 0) suggestion = corrected;
	} else {
		found = await runSearch(db, query, textCriteria(query.q), page);
		if (corrected && found.total < FUZZY_BELOW) {
			const retry = await runSearch(db, query, textCriteria(corrected), page);
			// Only claim "results for …" when the corrected query actually found more.
			if (retry.total > found.total) {
				suggestion = corrected;
				found = retry;
			}
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
		fuzzy: suggestion !== null,
		suggestion,
		facets
	};
}
