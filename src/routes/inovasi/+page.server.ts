import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { parseGalleryQuery } from '$lib/gallery/parse';
import { searchGallery } from '$lib/server/gallery/search';

// Public page: anyone may browse what curators published; the service reads only published revisions.
export const load: PageServerLoad = async ({ url, setHeaders }) => {
	const result = await searchGallery(await getDb(), parseGalleryQuery(url.searchParams));
	setHeaders({ 'cache-control': 'public, max-age=30' });
	return { result };
};
