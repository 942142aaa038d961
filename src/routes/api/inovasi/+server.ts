import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { galleryParams } from '$lib/gallery/query';
import { parseGalleryQuery } from '$lib/gallery/parse';
import { searchGallery } from '$lib/server/gallery/search';
import { apiPageSize, toOpenDataItem } from '$lib/server/gallery/open-data';

// Open data: public by design (published entries only), so no authorization beyond that.
export const GET: RequestHandler = async ({ url }) => {
	const query = parseGalleryQuery(url.searchParams);
	const per = apiPageSize.parse(url.searchParams.get('per') ?? undefined);
	const result = await searchGallery(await getDb(), query, { pageSize: per, facets: false });
	const link = (page: number) => {
		const params = galleryParams({ ...query, hal: page });
		if (per !== 20) params.set('per', String(per));
		return `${url.origin}/api/inovasi${params.size ? `?${params}` : ''}`;
	};
	return json(
		{
			data: result.items.map((card) => toOpenDataItem(card, url.origin)),
			meta: { total: result.total, page: result.page, perPage: per, pageCount: result.pageCount, sort: result.sort, fuzzy: result.fuzzy, suggestion: result.suggestion },
			links: {
				self: link(result.page),
				next: result.page < result.pageCount ? link(result.page + 1) : null,
				prev: result.page > 1 ? link(Math.min(result.page - 1, result.pageCount)) : null
			}
		},
		{ headers: { 'cache-control': 'public, max-age=60', 'access-control-allow-origin': '*' } }
	);
};
