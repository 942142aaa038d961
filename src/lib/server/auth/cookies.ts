/** Starting and ending a browser session: the session row plus its cookie, in one call each. */
import type { Database } from '../db/client';
import {
	createSession,
	deleteSessionCookie,
	generateSessionToken,
	invalidateSession,
	setSessionCookie,
	type CookieJar,
	type Session
} from './session';

/** Creates a session for the user and sets the cookie (Secure when the site is served over https). */
export async function startSession(
	db: Database,
	cookies: CookieJar,
	userId: number,
	request: { userAgent: string | null; url: URL }
): Promise<Session> {
	const token = generateSessionToken();
	const session = await createSession(db, token, userId, request.userAgent ?? '');
	setSessionCookie(cookies, token, session.expiresAt, request.url.protocol === 'https:');
	return session;
}

/** Ends the current session (if any) and clears the cookie. */
export async function endSession(db: Database, cookies: CookieJar, sessionId: string | null | undefined): Promise<void> {
	if (sessionId) await invalidateSession(db, sessionId);
	deleteSessionCookie(cookies);
}
