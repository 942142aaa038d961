/**
 * Sessions, the Lucia-guide way.
 *
 * - The cookie `rp_session` holds a random 20-byte token (base32); the database stores only its
 *   sha256 as the session id, so a leaked sessions table cannot be replayed.
 * - Sessions last 30 days and slide: used in the last 15 days of their life, they are extended.
 * - Cookie: httpOnly, SameSite=Lax, Secure when the origin is https, path `/`.
 * - CSRF: SvelteKit rejects cross-origin form posts (Origin check); SameSite=Lax keeps the cookie
 *   off cross-site subresource requests; the realtime upgrade checks Origin itself.
 */
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { sessions, users, type Role } from '../db/schema';

export const SESSION_COOKIE = 'rp_session';
const DAY_MS = 86_400_000;
export const SESSION_LIFETIME_MS = 30 * DAY_MS;

/** What pages and sockets learn about the signed-in user. */
export interface SessionUser {
	id: number;
	email: string;
	name: string;
	handle: string;
	role: Role;
	locale: string;
}

export interface Session {
	id: string;
	userId: number;
	expiresAt: Date;
}

export type SessionValidation = { session: Session; user: SessionUser } | { session: null; user: null };

/** A fresh random session token for the cookie. */
export function generateSessionToken(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

/** The database id of a token: sha256, hex. */
export function sessionIdFromToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/** Stores a new session for the user and returns it. */
export async function createSession(db: Database, token: string, userId: number, userAgent = ''): Promise<Session> {
	const session: Session = {
		id: sessionIdFromToken(token),
		userId,
		expiresAt: new Date(Date.now() + SESSION_LIFETIME_MS)
	};
	await db.insert(sessions).values({ ...session, userAgent: userAgent.slice(0, 300) });
	return session;
}

/** Looks a token up; expired sessions and disabled users yield no session. Slides the expiry. */
export async function validateSessionToken(db: Database, token: string): Promise<SessionValidation> {
	if (!/^[a-z2-7]{32}$/.test(token)) return { session: null, user: null };
	const id = sessionIdFromToken(token);
	const [row] = await db
		.select({
			session: { id: sessions.id, userId: sessions.userId, expiresAt: sessions.expiresAt },
			user: {
				id: users.id,
				email: users.email,
				name: users.name,
				handle: users.handle,
				role: users.role,
				locale: users.locale,
				disabled: users.disabled
			}
		})
		.from(sessions)
		.innerJoin(users, eq(sessions.userId, users.id))
		.where(eq(sessions.id, id));
	if (!row) return { session: null, user: null };
	const { session, user } = row;
	if (Date.now() >= session.expiresAt.getTime() || user.disabled) {
		await db.delete(sessions).where(eq(sessions.id, id));
		return { session: null, user: null };
	}
	if (Date.now() >= session.expiresAt.getTime() - SESSION_LIFETIME_MS / 2) {
		session.expiresAt = new Date(Date.now() + SESSION_LIFETIME_MS);
		await db.update(sessions).set({ expiresAt: session.expiresAt }).where(eq(sessions.id, id));
	}
	const { disabled: _disabled, ...publicUser } = user;
	return { session, user: publicUser };
}

/** Ends one session. */
export async function invalidateSession(db: Database, sessionId: string): Promise<void> {
	await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Ends every session of a user (password reset, role change, disabling). */
export async function invalidateUserSessions(db: Database, userId: number): Promise<void> {
	await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** Minimal cookie jar interface, satisfied by SvelteKit's `cookies`. */
export interface CookieJar {
	set(name: string, value: string, opts: { path: string; httpOnly?: boolean; sameSite?: 'lax'; secure?: boolean; expires?: Date; maxAge?: number }): void;
	delete(name: string, opts: { path: string }): void;
}

/** Writes the session cookie. */
export function setSessionCookie(cookies: CookieJar, token: string, expiresAt: Date, secure: boolean): void {
	cookies.set(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure, expires: expiresAt });
}

/** Clears the session cookie. */
export function deleteSessionCookie(cookies: CookieJar): void {
	cookies.delete(SESSION_COOKIE, { path: '/' });
}
