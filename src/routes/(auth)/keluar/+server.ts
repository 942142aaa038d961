import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { endSession } from '$lib/server/auth/cookies';
import { localizePath } from '$lib/i18n';

// Sign-out is POST only (a GET link could be triggered by any page); SvelteKit refuses
// cross-site form posts before this runs. Signed out already? Nothing to end, same redirect.
export const POST: RequestHandler = async ({ locals, cookies }) => {
	await endSession(await getDb(), cookies, locals.session?.id);
	redirect(303, localizePath('/'));
};
