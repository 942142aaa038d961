/**
 * The visitor's saved language.
 *
 * URLs carry the language (`/en/...` is English, unprefixed is Indonesian), so links and shared
 * addresses are unambiguous. The language switch also stores the choice in paraglide's own cookie
 * (same name, path and lifetime as its `setLocale`), and an unprefixed page address opened by a
 * browser is redirected to the saved language: a visitor who chose English and later types the bare
 * address, follows an old bookmark or lands on a server redirect that forgot the prefix stays in
 * English. An explicit `/en/...` address always wins over the cookie.
 */
import {
	baseLocale,
	cookieMaxAge,
	cookieName,
	deLocalizeUrl,
	isLocale,
	localizeUrl,
	type Locale
} from '../../paraglide/runtime.js';
import { withoutTrailingSlash } from '../../i18n';

export const LOCALE_COOKIE = cookieName;
export const LOCALE_COOKIE_MAX_AGE = cookieMaxAge;

/** Path of the endpoint behind the language switch (`/bahasa/<locale>?ke=<path>`). */
export const LANGUAGE_SWITCH_PATH = '/bahasa';

// Addresses that are not pages people read: never bounce them between languages.
const EXCLUDED = [/^\/bahasa(\/|$)/, /^\/healthz(\/|$)/, /^\/_app\//, /^\/realtime\//, /^\/api\//];
const FILE_LIKE = /\/[^/]+\.[a-z0-9]+$/i;

export interface PageRequest {
	method: string;
	url: URL;
	/** The `Sec-Fetch-Dest` header: `document` for a browser page load. */
	fetchDest: string | null;
	/** The saved language cookie, if any. */
	saved: string | undefined;
}

/** Where a browser page load should go to honour the saved language, or `null` to serve it as is. */
export function preferredLocaleRedirect({ method, url, fetchDest, saved }: PageRequest): string | null {
	if (method !== 'GET' || fetchDest !== 'document') return null;
	if (!saved || !isLocale(saved) || saved === baseLocale) return null;
	if (EXCLUDED.some((re) => re.test(url.pathname)) || FILE_LIKE.test(url.pathname)) return null;
	// Already carries a language prefix: the address is explicit.
	if (deLocalizeUrl(url).pathname !== url.pathname) return null;
	const target = localizeUrl(url, { locale: saved });
	return withoutTrailingSlash(target.pathname) + target.search;
}

/**
 * Resolves the language switch: the locale to store and the same page in that language.
 * `back` must be a same-site path; anything else (absolute URLs, `//host`, backslashes) goes home.
 */
export function languageSwitchTarget(locale: string, back: string | null): { locale: Locale; location: string } | null {
	if (!isLocale(locale)) return null;
	const safe = back && /^\/(?![/\\])/.test(back) && !/[\\\u0000-\u001f]/.test(back) ? back : '/';
	const base = new URL(safe, 'http://local.invalid');
	const target = localizeUrl(deLocalizeUrl(base), { locale });
	return { locale, location: withoutTrailingSlash(target.pathname) + target.search + target.hash };
}
