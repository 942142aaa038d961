import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import * as m from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { getPublicEntry } from '$lib/server/innovations/publication';
import { renderShareImage } from '$lib/server/gallery/og-image';
import { stageLabel } from '$lib/innovations/labels';

// Public: only an entry the public may read has a share image (getPublicEntry reads the published revision).
export const GET: RequestHandler = async ({ params }) => {
	const entry = await getPublicEntry(await getDb(), params.slug);
	if (!entry) error(404, m.innovation_not_found());
	const png = await renderShareImage({
		title: entry.title,
		agency: entry.agency?.name ?? '',
		province: entry.province?.name ?? '',
		stage: stageLabel(entry.stage),
		siteName: m.app_name()
	});
	return new Response(new Uint8Array(png), {
		headers: { 'content-type': 'image/png', 'cache-control': 'public, max-age=3600' }
	});
};
