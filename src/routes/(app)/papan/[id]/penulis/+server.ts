import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import * as m from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { authorIdsSchema, boardAuthorNames } from '$lib/server/boards/authors';
import { orRefusal } from '$lib/server/boards/http';

/** Author names for the CSV export of a board (see boardAuthorNames). */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	if (!locals.user || !locals.session) error(401, m.auth_sign_in_required());
	const ids = authorIdsSchema.safeParse(url.searchParams.get('ids') ?? '');
	if (!ids.success) error(400, m.form_invalid());
	const user = locals.user;
	const names = await orRefusal(async () => boardAuthorNames(await getDb(), user, params.id, ids.data, url.searchParams.get('token')));
	return json({ names }, { headers: { 'cache-control': 'private, no-store' } });
};
