import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { sitemap } from '$lib/server/gallery/open-data';

// Public: lists only pages anyone may read.
export const GET: RequestHandler = async ({ url }) => {
	return new Response(await sitemap(await getDb(), url.origin), {
		headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=3600' }
	});
};
