import { error, redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, languageSwitchTarget } from '$lib/server/i18n/locale-preference';

// The language switch: stores the choice (readable by paraglide's client runtime, like its
// `setLocale`) and returns to the same page in the chosen language. A plain link, so it works
// without JavaScript. Public: a language preference needs no account.
export const GET: RequestHandler = ({ params, url, cookies }) => {
	const target = languageSwitchTarget(params.locale, url.searchParams.get('ke'));
	if (!target) error(404, 'Unknown language');
	cookies.set(LOCALE_COOKIE, target.locale, {
		path: '/',
		maxAge: LOCALE_COOKIE_MAX_AGE,
		httpOnly: false,
		sameSite: 'lax',
		secure: url.protocol === 'https:'
	});
	redirect(303, target.location);
};
