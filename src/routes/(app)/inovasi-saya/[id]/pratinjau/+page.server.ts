import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import * as m from '$lib/paraglide/messages';
import { requireEntryView } from '$lib/server/innovations/http';
import { getPreview } from '$lib/server/innovations/publication';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const ctx = await requireEntryView(locals, url, params.id);
	const entry = await getPreview(ctx.db, ctx.innovationId);
	if (!entry) error(404, m.innovation_not_found());
	return { entry };
};
