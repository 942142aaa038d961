import type { RequestHandler } from './$types';
import * as m from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { galleryParams } from '$lib/gallery/query';
import { parseGalleryQuery } from '$lib/gallery/parse';
import { galleryFeed } from '$lib/server/gallery/open-data';

// Open data: public by design (published entries only); the gallery's filters give per-filter feeds.
export const GET: RequestHandler = async ({ url }) => {
	const query = parseGalleryQuery(url.searchParams);
	const params = galleryParams({ ...query, urut: null, hal: 1 });
	const selfPath = `/feed.xml${params.size ? `?${params}` : ''}`;
	const body = await galleryFeed(await getDb(), query, url.origin, selfPath, `${m.gallery_title()} · ${m.app_name()}`);
	return new Response(body, {
		headers: { 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': 'public, max-age=300' }
	});
};
