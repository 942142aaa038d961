import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import * as m from '$lib/paraglide/messages';
import { formatDate } from '$lib/innovations/public-labels';
import { getDb } from '$lib/server/db';
import { publicPageCache } from '$lib/server/page-cache';
import { collectionJsonLd, getPublicCollection } from '$lib/server/gallery/collections';

// A list of links: nothing on it needs JavaScript, so none is sent (the header works without it).
export const csr = false;

// Public page: a curated collection shows only published entries; unknown collections and ones with
// none published get the same 404.
export const load: PageServerLoad = async ({ params, url, locals, setHeaders }) => {
	const collection = await getPublicCollection(await getDb(), params.slug);
	if (!collection) error(404, m.collection_not_found());
	// As the gallery: 30 s of HTTP caching for visitors.
	setHeaders(publicPageCache(!!locals.user, 30));
	const cover = collection.entries.find((e) => e.cover?.src)?.cover ?? null;
	return {
		collection,
		// Words this page shares with the gallery and entry pages come from here: the page sends no
		// JavaScript, and a message used by two pages' scripts is split into a chunk of its own that the
		// gallery pages would then load too.
		text: {
			crumbsLabel: m.innovation_breadcrumb_label(),
			gallery: m.innovation_gallery_title(),
			meta: `${m.gallery_result_count({ count: collection.entries.length })} · ${m.collection_updated({ date: formatDate(collection.updatedAt) })}`,
			browseAll: m.gallery_home_all()
		},
		pageUrl: `${url.origin}${url.pathname}`,
		// The first entry photo stands for the collection in link previews.
		ogImage: cover ? { src: `${url.origin}${cover.src}`, alt: cover.alt } : null,
		jsonLd: collectionJsonLd(collection, url.origin)
	};
};
