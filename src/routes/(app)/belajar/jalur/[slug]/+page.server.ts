import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import * as m from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { getPath } from '$lib/server/learning/paths';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const path = await getPath(await getDb(), user.id, params.slug);
	if (!path) error(404, m.path_empty());
	return { path };
};
