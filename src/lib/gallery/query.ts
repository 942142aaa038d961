/**
 * The gallery's state lives in the URL: this module reads and writes it, for the server (page,
 * JSON API, CSV, feed) and the browser alike. Unknown or malformed values are dropped, never errors:
 * a shared link with a stale filter still opens.
 */
import { z } from 'zod';
import { GOVERNMENT_LEVELS, STAGES, type GovernmentLevel, type InnovationStage } from '../innovations/fields';

export const GALLERY_SORTS = ['relevan', 'terbaru', 'apresiasi'] as const;
export type GallerySort = (typeof GALLERY_SORTS)[number];

/** Facets in display order; each is a URL parameter that may repeat (values within one facet are OR-ed). */
export const FACETS = ['provinsi', 'tema', 'tahap', 'sdg', 'instansi', 'tingkat', 'digital', 'tahun'] as const;
export type Facet = (typeof FACETS)[number];

export const PAGE_SIZE = 12;
/** Longer queries are cut here: nobody types more, and it bounds the work per request. */
export const MAX_QUERY_LENGTH = 200;
const MAX_VALUES = 40;

export interface GalleryQuery {
	q: string;
	provinsi: string[];
	tema: string[];
	tahap: InnovationStage[];
	sdg: number[];
	instansi: string[];
	tingkat: GovernmentLevel[];
	digital: ('ya' | 'tidak')[];
	tahun: number[];
	urut: GallerySort | null;
	hal: number;
}

const slugValue = z.string().regex(/^[a-z0-9-]{1,60}$/);
const schemas = {
	provinsi: z.string().regex(/^\d{2}$/),
	tema: slugValue,
	tahap: z.enum(STAGES),
	sdg: z.coerce.number().int().min(1).max(17),
	instansi: slugValue,
	tingkat: z.enum(GOVERNMENT_LEVELS),
	digital: z.enum(['ya', 'tidak']),
	tahun: z.coerce.number().int().min(1945).max(2100)
} as const;

function values<T>(params: URLSearchParams, key: Facet, schema: z.ZodType<T>): T[] {
	const out: T[] = [];
	for (const raw of params.getAll(key).slice(0, MAX_VALUES)) {
		const parsed = schema.safeParse(raw);
		if (parsed.success && !out.includes(parsed.data)) out.push(parsed.data);
	}
	return out;
}

/** Reads the gallery state from URL parameters. */
export function parseGalleryQuery(params: URLSearchParams): GalleryQuery {
	// Control characters (NUL included) cannot reach the database as text, and mean nothing in a search.
	const q = (params.get('q') ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
	const sort = z.enum(GALLERY_SORTS).safeParse(params.get('urut'));
	const page = z.coerce.number().int().min(1).max(10_000).safeParse(params.get('hal') ?? '1');
	return {
		q,
		provinsi: values(params, 'provinsi', schemas.provinsi),
		tema: values(params, 'tema', schemas.tema),
		tahap: values(params, 'tahap', schemas.tahap),
		sdg: values(params, 'sdg', schemas.sdg),
		instansi: values(params, 'instansi', schemas.instansi),
		tingkat: values(params, 'tingkat', schemas.tingkat),
		digital: values(params, 'digital', schemas.digital),
		tahun: values(params, 'tahun', schemas.tahun),
		urut: sort.success ? sort.data : null,
		hal: page.success ? page.data : 1
	};
}

/** The sort actually applied: relevance needs a query; without one the newest come first. */
export function effectiveSort(query: GalleryQuery): GallerySort {
	if (query.urut === 'relevan' && !query.q) return 'terbaru';
	return query.urut ?? (query.q ? 'relevan' : 'terbaru');
}

/** Writes the state back to parameters (empty values omitted, so URLs stay short and canonical). */
export function galleryParams(query: Partial<GalleryQuery>): URLSearchParams {
	const params = new URLSearchParams();
	if (query.q) params.set('q', query.q);
	for (const facet of FACETS) for (const value of query[facet] ?? []) params.append(facet, String(value));
	if (query.urut) params.set('urut', query.urut);
	if (query.hal && query.hal > 1) params.set('hal', String(query.hal));
	return params;
}

/** True when any filter or text is set (used for empty states and "clear all"). */
export function hasCriteria(query: GalleryQuery): boolean {
	return query.q !== '' || FACETS.some((f) => query[f].length > 0);
}

/** The same state with one facet value switched on or off, back on page 1. */
export function toggleValue(query: GalleryQuery, facet: Facet, value: string): GalleryQuery {
	const current = query[facet].map(String);
	const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
	return parseGalleryQuery(galleryParams({ ...query, [facet]: next, hal: 1 } as Partial<GalleryQuery>));
}
