import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { endSession } from '$lib/server/auth/cookies';
import { localizePath } from '$lib/i18n';

// Sign-out is POST only (a GET link could be triggered by any page); SvelteKit refuses
// cross-site form posts before this runs. Signed out already? Nothing to end, same redirect.
// Computers are often shared: `Clear-Site-Data: "storage"` has the browser delete this site's
// IndexedDB (the offline board copies) and local storage with the session, with or without
// JavaScript; the sign-in pages delete leftover copies too (sessions that end otherwise).
export const POST: RequestHandler = async ({ locals, cookies }) => {
	await endSession(await getDb(), cookies, locals.session?.id);
	return new Response(null, { status: 303, headers: { location: localizePath('/'), 'clear-site-data': '"storage"' } });
};
