import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import * as m from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { orRefusal } from '$lib/server/boards/http';
import { appRooms } from '$lib/server/boards/live-rooms';
import { boardDocument, gzipDocument } from '$lib/server/boards/document';

/** The board's whole document (a Yjs update) for the editor's first paint; see boards/document.ts. */
export const GET: RequestHandler = async ({ locals, params, url, request }) => {
	if (!locals.user || !locals.session) error(401, m.auth_sign_in_required());
	const user = locals.user;
	const update = await orRefusal(async () => boardDocument(await getDb(), await appRooms(), user, params.id, url.searchParams.get('token')));
	const headers: Record<string, string> = {
		'content-type': 'application/octet-stream',
		'cache-control': 'private, no-store',
		vary: 'accept-encoding'
	};
	if (/\bgzip\b/.test(request.headers.get('accept-encoding') ?? '')) {
		const body = await gzipDocument(update);
		return new Response(body as BodyInit, { headers: { ...headers, 'content-encoding': 'gzip' } });
	}
	return new Response(update as BodyInit, { headers });
};
