import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { building, dev } from '$app/environment';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { getDb, database, closeDatabase } from '$lib/server/db';
import {
	SESSION_COOKIE,
	deleteSessionCookie,
	setSessionCookie,
	validateSessionToken
} from '$lib/server/auth/session';
import { LOCALE_COOKIE, preferredLocaleRedirect } from '$lib/server/i18n/locale-preference';
// Importing attach registers the /realtime/<boardId> upgrade handler (server.js forwards to it).
import { startRealtime, stopRealtime, stopRealtimeOnSignals } from '$lib/server/realtime/attach';

export const init: ServerInit = async () => {
	if (building) return;
	// Open, migrate and (first start) seed before the first request is served.
	await database();
	// Fails the start with a clear message on PGlite + REDIS_URL (one process cannot scale out).
	await startRealtime();
	if (!dev) stopRealtimeOnSignals();
	process.once('sveltekit:shutdown', async () => {
		// Close the sockets and flush every open board while the database is still open.
		await stopRealtime();
		await closeDatabase();
	});
};

const handleLocale: Handle = ({ event, resolve }) => {
	// A visitor who picked English with the language switch stays in English on bare addresses.
	const preferred = preferredLocaleRedirect({
		method: event.request.method,
		url: event.url,
		fetchDest: event.request.headers.get('sec-fetch-dest'),
		saved: event.cookies.get(LOCALE_COOKIE)
	});
	if (preferred) return new Response(null, { status: 307, headers: { location: preferred, vary: 'Cookie' } });
	return paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale)
		});
	});
};

const handleSession: Handle = async ({ event, resolve }) => {
	const token = event.cookies.get(SESSION_COOKIE);
	event.locals.user = null;
	event.locals.session = null;
	if (token) {
		const { session, user } = await validateSessionToken(await getDb(), token);
		if (session) {
			setSessionCookie(event.cookies, token, session.expiresAt, event.url.protocol === 'https:');
			event.locals.session = session;
			event.locals.user = user;
		} else {
			deleteSessionCookie(event.cookies);
		}
	}
	return resolve(event);
};

export const handle: Handle = sequence(handleLocale, handleSession);

export const handleError: HandleServerError = ({ error, status }) => {
	const id = crypto.randomUUID().slice(0, 8);
	if (status >= 500) console.error(`[${id}]`, error);
	return { message: status === 404 ? 'Not found' : 'Internal error', id };
};
