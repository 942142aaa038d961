/**
 * The gallery's state lives in the URL: this module writes it and names its parts, for the server
 * and the browser alike. Reading it (with zod) is in `parse.ts`, kept out of the browser bundle.
 */
import type { GovernmentLevel, InnovationStage } from '../innovations/fields';

export const GALLERY_SORTS = ['relevan', 'terbaru', 'apresiasi'] as const;
export type GallerySort = (typeof GALLERY_SORTS)[number];

/** Facets in display order; each is a URL parameter that may repeat (values within one facet are OR-ed). */
export const FACETS = ['provinsi', 'tema', 'tahap', 'sdg', 'instansi', 'tingkat', 'digital', 'tahun'] as const;
export type Facet = (typeof FACETS)[number];

export const PAGE_SIZE = 12;
/** Longer queries are cut here: nobody types more, and it bounds the work per request. */
export const MAX_QUERY_LENGTH = 200;

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
