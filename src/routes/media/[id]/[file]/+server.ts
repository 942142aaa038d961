import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { getStorage } from '$lib/server/storage';
import { readMedia } from '$lib/server/innovations/media';

// Renditions never change (a new upload gets a new id), so public ones may be cached for a year.
const PUBLIC_CACHE = 'public, max-age=31536000, immutable';
// Draft images are only for the team: no shared caches, revalidate each time.
const PRIVATE_CACHE = 'private, no-cache';

export const GET: RequestHandler = async ({ params, locals }) => {
	const served = await readMedia(await getDb(), getStorage(), params.id, params.file, locals.user);
	if (!served) error(404, 'Not found');
	return new Response(new Uint8Array(served.data), {
		headers: {
			'content-type': served.contentType,
			'content-length': String(served.data.byteLength),
			'cache-control': served.public ? PUBLIC_CACHE : PRIVATE_CACHE,
			'x-content-type-options': 'nosniff',
			// An image needs nothing else; if a browser ever renders it as a document, it can do nothing.
			'content-security-policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
			'cross-origin-resource-policy': 'same-origin'
		}
	});
};
