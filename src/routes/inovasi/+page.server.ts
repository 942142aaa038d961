import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { parseGalleryQuery } from '$lib/gallery/parse';
import { galleryParams } from '$lib/gallery/query';
import { searchGallery } from '$lib/server/gallery/search';
import { cached } from '$lib/server/gallery/cache';
import { publicPageCache } from '$lib/server/page-cache';

// Public page: anyone may browse what curators published; the service reads only published revisions.
export const load: PageServerLoad = async ({ url, locals, setHeaders }) => {
	const query = parseGalleryQuery(url.searchParams);
	const db = await getDb();
	// Keyed by the canonical parameters, so equivalent URLs share one entry.
	const started = performance.now();
	const result = await cached(`page:${galleryParams(query)}`, () => searchGallery(db, query));
	// Server-Timing lets the gallery bench (and browser dev tools) see the search apart from rendering.
	setHeaders({ ...publicPageCache(!!locals.user, 30), 'server-timing': `search;dur=${(performance.now() - started).toFixed(1)}` });
	return { result };
};
