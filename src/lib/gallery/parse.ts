/**
 * Reads the gallery state from URL parameters (page, JSON API, CSV, feed). Unknown or malformed
 * values are dropped, never errors: a shared link with a stale filter still opens. Server-side only
 * in practice (zod stays out of the gallery's browser bundle).
 */
import { z } from 'zod';
import { GOVERNMENT_LEVELS, STAGES } from '../innovations/fields';
import { GALLERY_SORTS, MAX_QUERY_LENGTH, type Facet, type GalleryQuery } from './query';

const MAX_VALUES = 40;

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

