/**
 * Language-aware paths for links. Thin wrappers over paraglide's `localizeHref` that also drop the
 * trailing slash it leaves on a locale root (`/en/`), which SvelteKit would otherwise answer with an
 * extra redirect.
 */
import { deLocalizeHref, getLocale, localizeHref, type Locale } from './paraglide/runtime.js';

/** Removes a trailing slash from the path part, keeping the bare root `/`. */
export function withoutTrailingSlash(href: string): string {
	const cut = href.search(/[?#]/);
	const path = cut === -1 ? href : href.slice(0, cut);
	const rest = cut === -1 ? '' : href.slice(cut);
	return (path.length > 1 ? path.replace(/\/+$/, '') : path) + rest;
}

/** An unlocalized path (`/papan`) in the given or current language (`/en/papan`). */
export function localizePath(path: string, locale: Locale = getLocale()): string {
	return withoutTrailingSlash(localizeHref(path, { locale }));
}

/** The unlocalized form of a path (`/en/papan?x=1` → `/papan?x=1`). */
export function deLocalizePath(path: string): string {
	return withoutTrailingSlash(deLocalizeHref(path));
}
