import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import * as m from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { getStorage } from '$lib/server/storage';
import { IMAGE_LIMITS } from '$lib/server/innovations/images';
import { uploadBoardImage } from '$lib/server/boards/images';
import { orRefusal } from '$lib/server/boards/http';

/** Uploads a picture onto a board (editors): multipart field `file`; answers { assetId, width, height }. */
export const POST: RequestHandler = async ({ locals, params, request }) => {
	if (!locals.user || !locals.session) error(401, m.auth_sign_in_required());
	const user = locals.user;
	const length = Number(request.headers.get('content-length') ?? 0);
	if (length > IMAGE_LIMITS.maxBytes + 64 * 1024) error(413, m.canvas_upload_failed());
	const file = (await request.formData().catch(() => null))?.get('file');
	if (!(file instanceof File) || file.size === 0 || file.size > IMAGE_LIMITS.maxBytes) error(400, m.canvas_upload_failed());
	const data = Buffer.from(await file.arrayBuffer());
	const result = await orRefusal(async () => uploadBoardImage(await getDb(), getStorage(), user, params.id, data));
	if (!result.ok) error(400, m.canvas_upload_failed());
	return json(result.image, { headers: { 'cache-control': 'no-store' } });
};
