/**
 * Account services: register, sign in, change and reset passwords, profile. Routes and the admin
 * CLI call these; they take already-validated input (see `schemas.ts`) and return discriminated
 * results whose messages are in the current request's language.
 *
 * Sign-in never tells whether an email exists: an unknown email gets the same message, and its
 * password is checked against a dummy argon2 hash so it takes about as long as a known one.
 */
import { and, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import * as m from '../../paraglide/messages';
import { localizeHref } from '../../paraglide/runtime';
import type { Database } from '../db/client';
import { passwordResets, sessions, users } from '../db/schema';
import { mailLocale, passwordResetMail, sendMail } from '../mail';
import { hashPassword, verifyPassword } from './password';
import {
	clearRateLimit,
	hitRateLimit,
	refundRateLimit,
	LOGIN_PER_ACCOUNT,
	LOGIN_PER_IP,
	RESET_PER_ACCOUNT,
	RESET_PER_IP
} from './rate-limit';
import { generateSessionToken, sessionIdFromToken, type SessionUser } from './session';
import { findUserByEmail, insertUser, isUniqueViolation, resolveProfileRefs, toSessionUser } from './users';
import type { FieldErrors } from '../validation/form';
import type { ProfileInput, RegisterInput } from './schemas';

export type AccountResult<T> = ({ ok: true } & T) | { ok: false; errors: FieldErrors };

export type SignInFailure = { ok: false; reason: 'invalid' | 'disabled' | 'rate_limited'; message: string };
export type SignInResult = { ok: true; user: SessionUser } | SignInFailure;

export const RESET_TOKEN_LIFETIME_MS = 60 * 60_000;
const TOKEN_PATTERN = /^[a-z2-7]{32}$/;

// Hash of a random password nobody knows, computed once: unknown emails are "checked" against it.
let dummyHash: Promise<string> | null = null;
function timingDummyHash(): Promise<string> {
	dummyHash ??= hashPassword(generateSessionToken());
	return dummyHash;
}

function rateLimitedMessage(retryAfterSeconds: number): string {
	return m.auth_rate_limited({ minutes: String(Math.max(1, Math.ceil(retryAfterSeconds / 60))) });
}

/** Creates a participant account; the role is never taken from input. */
export async function register(db: Database, input: RegisterInput): Promise<AccountResult<{ user: SessionUser }>> {
	const passwordHash = await hashPassword(input.password);
	try {
		return await db.transaction(async (tx) => {
			if (await findUserByEmail(tx, input.email)) return { ok: false, errors: { email: m.account_email_taken() } };
			const refs = await resolveProfileRefs(tx, input);
			if (!refs.ok) return refs;
			const row = await insertUser(tx, {
				email: input.email,
				name: input.name,
				passwordHash,
				role: 'participant',
				agencyId: refs.agencyId,
				position: input.position,
				provinceCode: input.provinceCode,
				nip: input.nip ?? null,
				locale: input.locale ?? 'id'
			});
			return { ok: true, user: toSessionUser(row) };
		});
	} catch (error) {
		// Two registrations racing for one email: the unique index decides.
		if (isUniqueViolation(error, 'users_email_idx')) return { ok: false, errors: { email: m.account_email_taken() } };
		throw error;
	}
}

/** Checks email and password, rate-limited per account and per client address. */
export async function authenticate(
	db: Database,
	input: { email: string; password: string; ip: string },
	now: Date = new Date()
): Promise<SignInResult> {
	const [perIp, perAccount] = await Promise.all([
		hitRateLimit(db, LOGIN_PER_IP, input.ip, now),
		hitRateLimit(db, LOGIN_PER_ACCOUNT, input.email, now)
	]);
	if (!perIp.allowed || !perAccount.allowed) {
		const wait = Math.max(perIp.allowed ? 0 : perIp.retryAfterSeconds, perAccount.allowed ? 0 : perAccount.retryAfterSeconds);
		return { ok: false, reason: 'rate_limited', message: rateLimitedMessage(wait) };
	}
	const user = await findUserByEmail(db, input.email);
	const valid = await verifyPassword(user?.passwordHash ?? (await timingDummyHash()), input.password);
	if (!user || !valid) return { ok: false, reason: 'invalid', message: m.auth_invalid_credentials() };
	// Said only to someone who knows the password, so it reveals nothing to a guesser.
	if (user.disabled) return { ok: false, reason: 'disabled', message: m.auth_account_disabled() };
	// Only failures count: a room of colleagues behind one address can all sign in.
	await Promise.all([clearRateLimit(db, LOGIN_PER_ACCOUNT, input.email), refundRateLimit(db, LOGIN_PER_IP, input.ip)]);
	return { ok: true, user: toSessionUser(user) };
}

/** Changes the password after checking the current one; other sessions and reset links end. */
export async function changePassword(
	db: Database,
	input: { userId: number; sessionId: string; currentPassword: string; newPassword: string }
): Promise<AccountResult<object>> {
	const [user] = await db.select().from(users).where(eq(users.id, input.userId));
	if (!user) return { ok: false, errors: { form: m.form_invalid() } };
	// Shares the sign-in budget, so a borrowed session cannot guess the password faster.
	const limited = await hitRateLimit(db, LOGIN_PER_ACCOUNT, user.email);
	if (!limited.allowed) return { ok: false, errors: { form: rateLimitedMessage(limited.retryAfterSeconds) } };
	if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
		return { ok: false, errors: { currentPassword: m.account_password_current_wrong() } };
	}
	const passwordHash = await hashPassword(input.newPassword);
	await db.transaction(async (tx) => {
		await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, user.id));
		await tx.delete(sessions).where(and(eq(sessions.userId, user.id), ne(sessions.id, input.sessionId)));
		await tx.update(passwordResets).set({ usedAt: new Date() }).where(and(eq(passwordResets.userId, user.id), isNull(passwordResets.usedAt)));
	});
	await clearRateLimit(db, LOGIN_PER_ACCOUNT, user.email);
	return { ok: true };
}

/** Ends every session of the user except the current one; returns how many ended. */
export async function signOutOtherSessions(db: Database, userId: number, keepSessionId: string): Promise<number> {
	const ended = await db
		.delete(sessions)
		.where(and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId)))
		.returning({ id: sessions.id });
	return ended.length;
}

export type ResetRequestResult = { ok: true; delivery: Promise<void> } | { ok: false; message: string };

/**
 * Emails a one-time reset link if the address belongs to an active account. The answer is the
 * same either way; the mail is sent in the background (`delivery`) so SMTP latency does not tell.
 */
export async function requestPasswordReset(
	db: Database,
	input: { email: string; ip: string; origin: string },
	now: Date = new Date()
): Promise<ResetRequestResult> {
	const [perIp, perAccount] = await Promise.all([
		hitRateLimit(db, RESET_PER_IP, input.ip, now),
		hitRateLimit(db, RESET_PER_ACCOUNT, input.email, now)
	]);
	if (!perIp.allowed || !perAccount.allowed) {
		const wait = Math.max(perIp.allowed ? 0 : perIp.retryAfterSeconds, perAccount.allowed ? 0 : perAccount.retryAfterSeconds);
		return { ok: false, message: rateLimitedMessage(wait) };
	}
	const user = await findUserByEmail(db, input.email);
	const token = generateSessionToken();
	if (!user || user.disabled) return { ok: true, delivery: Promise.resolve() };
	await db.insert(passwordResets).values({
		id: sessionIdFromToken(token),
		userId: user.id,
		expiresAt: new Date(now.getTime() + RESET_TOKEN_LIFETIME_MS)
	});
	const locale = mailLocale(user.locale);
	const link = new URL(localizeHref(`/atur-ulang-sandi/${token}`, { locale }), input.origin).href;
	const delivery = sendMail(db, passwordResetMail(user.email, { name: user.name, link, locale })).then(
		() => undefined,
		(error: unknown) => console.error('recording the reset mail failed', error)
	);
	return { ok: true, delivery };
}

/** True when a reset token is known, unused and not expired. */
export async function isResetTokenValid(db: Database, token: string, now: Date = new Date()): Promise<boolean> {
	if (!TOKEN_PATTERN.test(token)) return false;
	const [row] = await db
		.select({ id: passwordResets.id })
		.from(passwordResets)
		.where(and(eq(passwordResets.id, sessionIdFromToken(token)), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now)));
	return Boolean(row);
}

/** Sets a new password through a reset link: the link is spent, every session of the user ends. */
export async function resetPassword(
	db: Database,
	input: { token: string; newPassword: string },
	now: Date = new Date()
): Promise<{ ok: true; email: string } | { ok: false; message: string }> {
	const invalid = { ok: false, message: m.auth_reset_link_invalid() } as const;
	if (!TOKEN_PATTERN.test(input.token)) return invalid;
	const passwordHash = await hashPassword(input.newPassword);
	const result = await db.transaction(async (tx) => {
		// Spending the token and checking it are one statement, so a link works exactly once.
		const [spent] = await tx
			.update(passwordResets)
			.set({ usedAt: now })
			.where(
				and(eq(passwordResets.id, sessionIdFromToken(input.token)), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now))
			)
			.returning({ userId: passwordResets.userId });
		if (!spent) return null;
		const [user] = await tx
			.update(users)
			.set({ passwordHash, updatedAt: now })
			.where(eq(users.id, spent.userId))
			.returning({ id: users.id, email: users.email });
		await tx.update(passwordResets).set({ usedAt: now }).where(and(eq(passwordResets.userId, spent.userId), isNull(passwordResets.usedAt)));
		await tx.delete(sessions).where(eq(sessions.userId, spent.userId));
		return user ?? null;
	});
	if (!result) return invalid;
	await clearRateLimit(db, LOGIN_PER_ACCOUNT, result.email);
	return { ok: true, email: result.email };
}

/** Saves the profile settings (name, agency, position, province, NIP, language). */
export async function updateProfile(
	db: Database,
	userId: number,
	input: ProfileInput
): Promise<AccountResult<{ user: SessionUser }>> {
	return db.transaction(async (tx) => {
		const refs = await resolveProfileRefs(tx, input);
		if (!refs.ok) return refs;
		const [row] = await tx
			.update(users)
			.set({
				name: input.name,
				agencyId: refs.agencyId,
				position: input.position,
				provinceCode: input.provinceCode,
				nip: input.nip ?? null,
				locale: input.locale,
				updatedAt: new Date()
			})
			.where(eq(users.id, userId))
			.returning();
		if (!row) return { ok: false, errors: { form: m.form_invalid() } };
		return { ok: true, user: toSessionUser(row) };
	});
}

/** Number of live sessions a user has (shown in the account settings). */
export async function countSessions(db: Database, userId: number): Promise<number> {
	const [row] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(sessions)
		.where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, new Date())));
	return row?.n ?? 0;
}
