import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import * as m from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { getStorage } from '$lib/server/storage';
import { readBoardImage } from '$lib/server/boards/images';

/** A picture on a board, for that board's members (and holders of its view link) only. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	if (!locals.user || !locals.session) error(401, m.auth_sign_in_required());
	const image = await readBoardImage(await getDb(), getStorage(), locals.user, params.id, params.asset, url.searchParams.get('token'));
	if (!image) error(404, m.board_not_found());
	return new Response(new Uint8Array(image.data), {
		headers: {
			'content-type': image.contentType,
			'content-length': String(image.data.byteLength),
			// Board pictures are private to the board: never in shared caches; the id never changes content.
			'cache-control': 'private, max-age=86400, immutable',
			'x-content-type-options': 'nosniff',
			'content-security-policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
			'cross-origin-resource-policy': 'same-origin'
		}
	});
};
