import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '../db/testing';
import type { Database } from '../db/client';
import { sessions, users } from '../db/schema';
import {
	createSession,
	generateSessionToken,
	invalidateSession,
	invalidateUserSessions,
	sessionIdFromToken,
	SESSION_LIFETIME_MS,
	validateSessionToken
} from './session';

const DAY = 86_400_000;

describe.each(TEST_DATABASE_KINDS)('sessions on %s', (kind) => {
	let db: Database;
	let close: () => Promise<void>;
	let userId: number;

	beforeAll(async () => {
		const handle = await createTestDatabase(kind);
		db = handle.db;
		close = handle.close;
		const [user] = await db.insert(users).values({ email: 'sesi@x.id', name: 'Sesi', handle: 'sesi', passwordHash: 'x' }).returning();
		userId = user!.id;
	});
	afterAll(() => close());

	async function newSession() {
		const token = generateSessionToken();
		const session = await createSession(db, token, userId, 'Vitest');
		return { token, session };
	}

	it('stores only the sha256 of the token and validates it back to the user', async () => {
		const { token, session } = await newSession();
		expect(token).toMatch(/^[a-z2-7]{32}$/);
		expect(session.id).toBe(sessionIdFromToken(token));
		expect(session.id).not.toContain(token);
		const [row] = await db.select().from(sessions).where(eq(sessions.id, session.id));
		expect(row!.userAgent).toBe('Vitest');
		const validated = await validateSessionToken(db, token);
		expect(validated.user).toMatchObject({ id: userId, email: 'sesi@x.id', role: 'participant' });
		expect(validated.user).not.toHaveProperty('passwordHash');
	});

	it('rejects malformed and unknown tokens', async () => {
		expect((await validateSessionToken(db, 'NOT-A-TOKEN')).session).toBeNull();
		expect((await validateSessionToken(db, generateSessionToken())).session).toBeNull();
	});

	it('slides the expiry when used in the second half of its life, not before', async () => {
		const { token, session } = await newSession();
		const first = await validateSessionToken(db, token);
		expect(first.session!.expiresAt.getTime()).toBe(session.expiresAt.getTime());
		const aging = new Date(Date.now() + 10 * DAY);
		await db.update(sessions).set({ expiresAt: aging }).where(eq(sessions.id, session.id));
		const slid = await validateSessionToken(db, token);
		expect(slid.session!.expiresAt.getTime()).toBeGreaterThan(Date.now() + SESSION_LIFETIME_MS - 60_000);
		const [row] = await db.select().from(sessions).where(eq(sessions.id, session.id));
		expect(row!.expiresAt.getTime()).toBe(slid.session!.expiresAt.getTime());
	});

	it('expires: a session past its end is refused and deleted', async () => {
		const { token, session } = await newSession();
		await db.update(sessions).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(sessions.id, session.id));
		expect((await validateSessionToken(db, token)).session).toBeNull();
		expect(await db.select().from(sessions).where(eq(sessions.id, session.id))).toHaveLength(0);
	});

	it('is refused for a disabled user', async () => {
		const { token } = await newSession();
		await db.update(users).set({ disabled: true }).where(eq(users.id, userId));
		expect((await validateSessionToken(db, token)).session).toBeNull();
		await db.update(users).set({ disabled: false }).where(eq(users.id, userId));
	});

	it('invalidates one session, or all of a user', async () => {
		const a = await newSession();
		const b = await newSession();
		await invalidateSession(db, a.session.id);
		expect((await validateSessionToken(db, a.token)).session).toBeNull();
		expect((await validateSessionToken(db, b.token)).session).not.toBeNull();
		await invalidateUserSessions(db, userId);
		expect((await validateSessionToken(db, b.token)).session).toBeNull();
	});
});
