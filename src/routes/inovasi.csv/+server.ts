import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { parseGalleryQuery } from '$lib/gallery/parse';
import { galleryCsv } from '$lib/server/gallery/open-data';

// Open data: public by design (published entries only).
export const GET: RequestHandler = async ({ url }) => {
	const body = await galleryCsv(await getDb(), parseGalleryQuery(url.searchParams), url.origin);
	return new Response(body, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': 'attachment; filename="inovasi-ruang-pijar.csv"',
			'cache-control': 'public, max-age=60',
			'access-control-allow-origin': '*'
		}
	});
};
