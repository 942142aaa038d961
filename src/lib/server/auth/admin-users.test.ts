import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '../db/testing';
import type { Database } from '../db/client';
import { outbox, users } from '../db/schema';
import {
	auditTrail,
	changeUserRole,
	createOrPromoteAdmin,
	listOutbox,
	listUsers,
	setRoleByEmail,
	setUserDisabled,
	USERS_PAGE_SIZE
} from './admin-users';
import { authenticate } from './accounts';
import { createSession, generateSessionToken, validateSessionToken } from './session';
import { insertUser } from './users';

describe.each(TEST_DATABASE_KINDS)('admin user management on %s', (kind) => {
	let db: Database;
	let close: () => Promise<void>;
	let adminId: number;
	let userId: number;

	beforeAll(async () => {
		const handle = await createTestDatabase(kind);
		db = handle.db;
		close = handle.close;
		adminId = (await insertUser(db, { email: 'admin@x.id', name: 'Admin Satu', passwordHash: 'x', role: 'admin' })).id;
		userId = (await insertUser(db, { email: 'rina@x.id', name: 'Rina Peserta', passwordHash: 'x', role: 'participant' })).id;
		for (let i = 0; i < USERS_PAGE_SIZE + 3; i++) {
			await insertUser(db, { email: `orang${i}@contoh.id`, name: `Orang ${i}`, passwordHash: 'x', role: 'participant' });
		}
	});
	afterAll(() => close());

	it('lists users with search and paging', async () => {
		const first = await listUsers(db, { q: '', page: 1 });
		expect(first.total).toBe(USERS_PAGE_SIZE + 5);
		expect(first.items).toHaveLength(USERS_PAGE_SIZE);
		expect(first.pageCount).toBe(2);
		const second = await listUsers(db, { q: '', page: 2 });
		expect(second.items).toHaveLength(5);
		expect(new Set([...first.items, ...second.items].map((u) => u.id)).size).toBe(USERS_PAGE_SIZE + 5);
		expect(await listUsers(db, { q: 'RINA', page: 1 })).toMatchObject({ total: 1, items: [{ email: 'rina@x.id', role: 'participant' }] });
		// LIKE wildcards in the search are literal.
		expect((await listUsers(db, { q: '%', page: 1 })).total).toBe(0);
		// A page past the end shows the last page.
		expect((await listUsers(db, { q: '', page: 99 })).page).toBe(2);
		expect(first.items[0]).not.toHaveProperty('passwordHash');
	});

	it('changes a role: audited, and the user must sign in again', async () => {
		const token = generateSessionToken();
		await createSession(db, token, userId);
		expect(await changeUserRole(db, adminId, userId, 'curator')).toEqual({ ok: true, changed: true });
		expect((await validateSessionToken(db, token)).session).toBeNull();
		const [row] = await db.select({ role: users.role }).from(users).where(eq(users.id, userId));
		expect(row!.role).toBe('curator');
		const [entry] = await auditTrail(db, userId);
		expect(entry).toMatchObject({ action: 'user.role', actorId: adminId });
		expect(JSON.parse(entry!.detail)).toEqual({ from: 'participant', to: 'curator' });
		expect(await changeUserRole(db, adminId, userId, 'curator')).toEqual({ ok: true, changed: false });
		expect(await auditTrail(db, userId)).toHaveLength(1);
	});

	it('does not let admins demote or disable themselves', async () => {
		expect(await changeUserRole(db, adminId, adminId, 'participant')).toMatchObject({ ok: false, message: expect.stringContaining('sendiri') });
		expect(await setUserDisabled(db, adminId, adminId, true)).toMatchObject({ ok: false });
		const [row] = await db.select({ role: users.role, disabled: users.disabled }).from(users).where(eq(users.id, adminId));
		expect(row).toEqual({ role: 'admin', disabled: false });
		expect(await changeUserRole(db, adminId, 999_999, 'mentor')).toMatchObject({ ok: false });
	});

	it('disables and enables accounts, ending sessions on disable', async () => {
		const token = generateSessionToken();
		await createSession(db, token, userId);
		expect(await setUserDisabled(db, adminId, userId, true)).toEqual({ ok: true, changed: true });
		expect((await validateSessionToken(db, token)).session).toBeNull();
		expect(await setUserDisabled(db, adminId, userId, false)).toEqual({ ok: true, changed: true });
		expect((await auditTrail(db, userId)).map((e) => e.action).slice(0, 2)).toEqual(['user.enable', 'user.disable']);
	});

	it('creates the first admin from the CLI, or promotes an existing account', async () => {
		const created = await createOrPromoteAdmin(db, { email: 'kepala@x.id', name: 'Kepala Pusat', password: 'sandi-admin-2026' });
		expect(created).toMatchObject({ created: true, handle: 'kepala-pusat' });
		expect(await authenticate(db, { email: 'kepala@x.id', password: 'sandi-admin-2026', ip: 'cli' })).toMatchObject({ ok: true, user: { role: 'admin' } });
		const promoted = await createOrPromoteAdmin(db, { email: 'RINA@x.id', name: 'ignored', password: 'ignored-123' });
		expect(promoted).toEqual({ created: false, userId, handle: 'rina-peserta' });
		const [row] = await db.select({ role: users.role, name: users.name }).from(users).where(eq(users.id, userId));
		expect(row).toEqual({ role: 'admin', name: 'Rina Peserta' });
		expect(await setRoleByEmail(db, 'rina@x.id', 'mentor')).toEqual({ ok: true, changed: true });
		expect(await setRoleByEmail(db, 'nobody@x.id', 'mentor')).toMatchObject({ ok: false });
	});

	it('pages the outbox newest first', async () => {
		await db.insert(outbox).values([
			{ to: 'a@x.id', subject: 'satu', text: 'isi 1', transport: 'outbox' },
			{ to: 'b@x.id', subject: 'dua', text: '', transport: 'smtp', error: 'connect ECONNREFUSED' }
		]);
		const page = await listOutbox(db, 1);
		expect(page.items.map((i) => i.subject)).toEqual(['dua', 'satu']);
		expect(page.items[0]).toMatchObject({ transport: 'smtp', error: 'connect ECONNREFUSED' });
	});
});
