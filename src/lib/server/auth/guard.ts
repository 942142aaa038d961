/**
 * Route guards, called at the top of every protected load and action (not only in layouts, which
 * do not run for every request): `requireUser` sends anonymous visitors to the sign-in page and
 * back afterwards; `requireRole` answers 403.
 */
import { error, redirect } from '@sveltejs/kit';
import * as m from '../../paraglide/messages';
import { localizeHref } from '../../paraglide/runtime';
import type { Role } from '../db/schema';
import type { Session, SessionUser } from './session';

interface AuthLocals {
	user: SessionUser | null;
	session: Session | null;
}

/** The signed-in user; otherwise a redirect to /masuk?redirectTo=<this page>. */
export function requireUser(locals: AuthLocals, url: URL): SessionUser {
	if (locals.user && locals.session) return locals.user;
	const back = url.pathname + url.search;
	redirect(303, `${localizeHref('/masuk')}?redirectTo=${encodeURIComponent(back)}`);
}

/** The signed-in user's current session (for "sign out elsewhere"); redirects like `requireUser`. */
export function requireSession(locals: AuthLocals, url: URL): { user: SessionUser; session: Session } {
	const user = requireUser(locals, url);
	return { user, session: locals.session! };
}

/** The signed-in user if their role is one of `roles`; 401 when signed out, 403 otherwise. */
export function requireRole(locals: AuthLocals, ...roles: Role[]): SessionUser {
	if (!locals.user) error(401, m.auth_sign_in_required());
	if (!roles.includes(locals.user.role)) error(403, m.auth_forbidden());
	return locals.user;
}

/**
 * A post-sign-in destination from `?redirectTo=`, only if it is a path on this site: absolute
 * URLs, protocol-relative `//host` and backslash tricks fall back to `fallback`.
 */
export function safeRedirectTarget(value: string | null | undefined, fallback: string): string {
	if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return fallback;
	// Control characters can be stripped by browsers into something else entirely.
	if (/[\u0000-\u001f\u007f]/.test(value)) return fallback;
	try {
		const base = 'http://same.invalid';
		const url = new URL(value, base);
		return url.origin === base ? url.pathname + url.search + url.hash : fallback;
	} catch {
		return fallback;
	}
}
