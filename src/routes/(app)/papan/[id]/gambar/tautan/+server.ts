import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import * as m from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { adoptBoardImages, adoptImagesInputSchema } from '$lib/server/boards/images';
import { orRefusal } from '$lib/server/boards/http';

/**
 * Links pictures of shapes pasted from another board the user can see (editors of this board):
 * JSON `{ from, assets }`; answers `{ assets }`, the ids this board now shows.
 */
export const POST: RequestHandler = async ({ locals, params, request }) => {
	if (!locals.user || !locals.session) error(401, m.auth_sign_in_required());
	const user = locals.user;
	const parsed = adoptImagesInputSchema.safeParse(await request.json().catch(() => null));
	if (!parsed.success) error(400, m.canvas_upload_failed());
	const { from, assets } = parsed.data;
	const linked = await orRefusal(async () => adoptBoardImages(await getDb(), user, params.id, from, assets));
	return json({ assets: linked }, { headers: { 'cache-control': 'no-store' } });
};
