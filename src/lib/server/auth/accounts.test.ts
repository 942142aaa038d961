import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '../db/testing';
import type { Database } from '../db/client';
import { agencies, outbox, passwordResets, rateLimits, sessions, users } from '../db/schema';
import { parseInput } from '../validation/form';
import {
	authenticate,
	changePassword,
	isResetTokenValid,
	register,
	requestPasswordReset,
	resetPassword,
	signOutOtherSessions,
	updateProfile
} from './accounts';
import { registerSchema, type RegisterInput } from './schemas';
import { createSession, generateSessionToken, validateSessionToken } from './session';
import { effectiveLimit, LOGIN_PER_ACCOUNT, LOGIN_PER_IP, RESET_PER_ACCOUNT } from './rate-limit';

const PASSWORD = 'sandi-rahasia-2026';

describe.each(TEST_DATABASE_KINDS)('accounts on %s', (kind) => {
	let db: Database;
	let close: () => Promise<void>;
	let agencyId: number;

	/** Valid registration form fields; override what a test is about. */
	const form = (over: Record<string, string> = {}): Record<string, string> => ({
		name: 'Dewi Lestari',
		email: 'dewi@jabarprov.go.id',
		password: PASSWORD,
		agencyId: String(agencyId),
		position: 'Analis Kebijakan',
		provinceCode: '32',
		nip: '',
		...over
	});

	async function registerForm(over: Record<string, string> = {}) {
		const parsed = parseInput(registerSchema, form(over));
		if (!parsed.ok) throw new Error(`form rejected: ${JSON.stringify(parsed.errors)}`);
		return register(db, parsed.data as RegisterInput);
	}

	beforeAll(async () => {
		const handle = await createTestDatabase(kind);
		db = handle.db;
		close = handle.close;
		const [agency] = await db.insert(agencies).values({ name: 'Pemerintah Provinsi Jawa Barat', kind: 'pemprov', provinceCode: '32' }).returning();
		agencyId = agency!.id;
	});
	afterAll(() => close());
	beforeEach(async () => {
		await db.delete(rateLimits);
		await db.delete(users);
	});

	describe('register', () => {
		it('creates a participant with a handle derived from the name', async () => {
			const result = await registerForm({ nip: '1990 0101 201501 1 001' });
			expect(result.ok).toBe(true);
			if (!result.ok) return;
			expect(result.user).toMatchObject({ email: 'dewi@jabarprov.go.id', name: 'Dewi Lestari', handle: 'dewi-lestari', role: 'participant' });
			const [row] = await db.select().from(users).where(eq(users.id, result.user.id));
			expect(row!.nip).toBe('199001012015011001');
			expect(row!.agencyId).toBe(agencyId);
			expect(row!.passwordHash).toMatch(/^\$argon2id\$/);
		});

		it('refuses a second account for the same email in another case, storing nothing', async () => {
			expect((await registerForm()).ok).toBe(true);
			const again = await registerForm({ email: '  DEWI@JabarProv.go.id ', name: 'Dewi Dua' });
			expect(again).toEqual({ ok: false, errors: { email: expect.stringContaining('sudah terdaftar') } });
			expect(await db.select().from(users)).toHaveLength(1);
		});

		it('gives the next free handle to a namesake', async () => {
			await registerForm();
			const second = await registerForm({ email: 'dewi.l@jabarprov.go.id' });
			const third = await registerForm({ email: 'dewi.3@jabarprov.go.id', name: 'Déwi  Lestari!' });
			expect(second.ok && second.user.handle).toBe('dewi-lestari-2');
			expect(third.ok && third.user.handle).toBe('dewi-lestari-3');
		});

		it('rejects weak passwords with a reason', () => {
			for (const password of ['pendek1', 'hanyahurufsaja', '12345678901234']) {
				const parsed = parseInput(registerSchema, form({ password }));
				expect(parsed.ok).toBe(false);
				if (!parsed.ok) expect(parsed.errors.password).toBeTruthy();
			}
			expect(parseInput(registerSchema, form({ password: 'pendek1' }))).toMatchObject({ errors: { password: 'Minimal 10 karakter.' } });
			expect(parseInput(registerSchema, form({ password: 'hanyahurufsaja' }))).toMatchObject({
				errors: { password: expect.stringContaining('angka atau simbol') }
			});
		});

		it('rejects a malformed NIP and keeps the other values', () => {
			for (const nip of ['12345', '19900101201501100A', '1990010120150110011']) {
				const parsed = parseInput(registerSchema, form({ nip }));
				expect(parsed).toMatchObject({ ok: false, errors: { nip: 'NIP harus tepat 18 digit angka.' } });
				if (!parsed.ok) {
					expect(parsed.values).toMatchObject({ name: 'Dewi Lestari', nip });
					expect(parsed.values.password).toBeUndefined();
				}
			}
		});

		it('ignores a forged role field', async () => {
			const parsed = parseInput(registerSchema, { ...form(), role: 'admin', disabled: 'false' });
			expect(parsed.ok).toBe(true);
			if (!parsed.ok) return;
			expect(parsed.data).not.toHaveProperty('role');
			const result = await register(db, { ...parsed.data, role: 'admin' } as RegisterInput);
			expect(result.ok && result.user.role).toBe('participant');
			const [row] = await db.select({ role: users.role }).from(users);
			expect(row!.role).toBe('participant');
		});

		it('creates a new agency once and reuses it by name', async () => {
			const first = await registerForm({ agencyId: 'new', newAgencyName: 'Pemerintah Kota Bogor', newAgencyKind: 'pemkot' });
			const second = await registerForm({
				email: 'b@kotabogor.go.id',
				agencyId: 'new',
				newAgencyName: 'pemerintah kota bogor',
				newAgencyKind: 'pemkot'
			});
			expect(first.ok && second.ok).toBe(true);
			const rows = await db.select().from(agencies).where(sql`lower(${agencies.name}) = 'pemerintah kota bogor'`);
			expect(rows).toHaveLength(1);
			expect(rows[0]!.provinceCode).toBe('32');
		});

		it('rejects unknown province, agency and agency kind without storing anything', async () => {
			const badRefs = await registerForm({ provinceCode: '99', agencyId: '999999' });
			expect(badRefs).toMatchObject({ ok: false, errors: { provinceCode: expect.any(String), agencyId: expect.any(String) } });
			const badKind = await registerForm({ agencyId: 'new', newAgencyName: 'Badan Baru', newAgencyKind: 'bukan-jenis' });
			expect(badKind).toMatchObject({ ok: false, errors: { newAgencyKind: expect.any(String) } });
			expect(await db.select().from(users)).toHaveLength(0);
			expect(await db.select().from(agencies).where(eq(agencies.name, 'Badan Baru'))).toHaveLength(0);
		});

		it('requires the new agency fields when "not listed" is chosen, alongside other errors', () => {
			const parsed = parseInput(registerSchema, form({ agencyId: 'new', email: 'bukan-email' }));
			expect(parsed).toMatchObject({
				ok: false,
				errors: { email: 'Alamat email tidak valid.', newAgencyName: 'Wajib diisi.', newAgencyKind: 'Wajib diisi.' }
			});
		});

		it('rejects oversized fields', () => {
			const parsed = parseInput(registerSchema, form({ name: 'x'.repeat(101), position: 'y'.repeat(5000) }));
			expect(parsed).toMatchObject({ ok: false, errors: { name: 'Maksimal 100 karakter.', position: 'Maksimal 120 karakter.' } });
		});
	});

	describe('sign in', () => {
		it('accepts the right password and gives the same error for a wrong password or an unknown email', async () => {
			await registerForm();
			const ok = await authenticate(db, { email: 'dewi@jabarprov.go.id', password: PASSWORD, ip: '10.0.0.1' });
			expect(ok.ok && ok.user.email).toBe('dewi@jabarprov.go.id');
			const wrong = await authenticate(db, { email: 'dewi@jabarprov.go.id', password: 'salah-sandi-1', ip: '10.0.0.1' });
			const unknown = await authenticate(db, { email: 'tidak-ada@jabarprov.go.id', password: PASSWORD, ip: '10.0.0.1' });
			expect(wrong).toEqual({ ok: false, reason: 'invalid', message: 'Email atau kata sandi salah.' });
			expect(unknown).toEqual(wrong);
		});

		it('takes about as long for an unknown email as for a wrong password (dummy hash)', async () => {
			await registerForm();
			const time = async (email: string) => {
				const start = performance.now();
				await authenticate(db, { email, password: 'salah-sandi-1', ip: `10.1.0.${Math.random()}` });
				return performance.now() - start;
			};
			await time('tidak-ada@x.id'); // warms the dummy hash
			const median = (xs: number[]) => xs.sort((a, b) => a - b)[1]!;
			const known = median([await time('dewi@jabarprov.go.id'), await time('dewi@jabarprov.go.id'), await time('dewi@jabarprov.go.id')]);
			const unknown = median([await time('tidak-ada@x.id'), await time('tidak-ada@x.id'), await time('tidak-ada@x.id')]);
			// Without the dummy hash an unknown email answers in a few ms against tens of ms.
			expect(unknown).toBeGreaterThan(known * 0.4);
		});

		it('locks an account after repeated failures, for known and unknown emails alike', async () => {
			await registerForm();
			const limit = effectiveLimit(LOGIN_PER_ACCOUNT);
			for (const email of ['dewi@jabarprov.go.id', 'tidak-ada@jabarprov.go.id']) {
				for (let i = 0; i < limit; i++) {
					const r = await authenticate(db, { email, password: 'salah-sandi-1', ip: `10.2.${i}.1` });
					expect(r.ok === false && r.reason).toBe('invalid');
				}
				const blocked = await authenticate(db, { email, password: email.startsWith('dewi') ? PASSWORD : 'x', ip: '10.2.99.1' });
				expect(blocked).toMatchObject({ ok: false, reason: 'rate_limited', message: expect.stringContaining('Terlalu banyak percobaan') });
			}
			// After the window the right password works again.
			const later = new Date(Date.now() + LOGIN_PER_ACCOUNT.windowMs + 1000);
			expect((await authenticate(db, { email: 'dewi@jabarprov.go.id', password: PASSWORD, ip: '10.2.99.2' }, later)).ok).toBe(true);
		});

		it('limits failures per address, but successful sign-ins do not use up the budget', async () => {
			await registerForm();
			const ip = '192.0.2.7';
			// A smaller budget keeps the number of (deliberately slow) password checks down.
			const saved = process.env.RATE_LIMIT_SCALE;
			process.env.RATE_LIMIT_SCALE = '0.2';
			onTestFinished(() => {
				if (saved === undefined) delete process.env.RATE_LIMIT_SCALE;
				else process.env.RATE_LIMIT_SCALE = saved;
			});
			const limit = effectiveLimit(LOGIN_PER_IP);
			expect(limit).toBe(6);
			for (let i = 0; i < limit + 5; i++) {
				expect((await authenticate(db, { email: 'dewi@jabarprov.go.id', password: PASSWORD, ip })).ok).toBe(true);
			}
			let blocked = false;
			for (let i = 0; i <= limit && !blocked; i++) {
				const r = await authenticate(db, { email: `orang${i}@x.id`, password: 'salah-sandi-1', ip });
				blocked = r.ok === false && r.reason === 'rate_limited';
			}
			expect(blocked).toBe(true);
		});

		it('tells a disabled account only once the password is right', async () => {
			const created = await registerForm();
			if (!created.ok) throw new Error('register failed');
			await db.update(users).set({ disabled: true }).where(eq(users.id, created.user.id));
			expect(await authenticate(db, { email: 'dewi@jabarprov.go.id', password: 'salah-sandi-1', ip: '10.3.0.1' })).toMatchObject({ reason: 'invalid' });
			expect(await authenticate(db, { email: 'dewi@jabarprov.go.id', password: PASSWORD, ip: '10.3.0.1' })).toMatchObject({ reason: 'disabled' });
		});
	});

	describe('passwords and sessions', () => {
		async function userWithSessions(n: number) {
			const created = await registerForm();
			if (!created.ok) throw new Error('register failed');
			const tokens = Array.from({ length: n }, () => generateSessionToken());
			const list = [];
			for (const token of tokens) list.push(await createSession(db, token, created.user.id));
			return { user: created.user, tokens, sessions: list };
		}

		it('changes the password after checking the current one and ends the other sessions', async () => {
			const { user, tokens, sessions: list } = await userWithSessions(3);
			const wrong = await changePassword(db, { userId: user.id, sessionId: list[0]!.id, currentPassword: 'salah-sandi-1', newPassword: 'sandi-baru-2027' });
			expect(wrong).toEqual({ ok: false, errors: { currentPassword: 'Kata sandi saat ini salah.' } });
			const ok = await changePassword(db, { userId: user.id, sessionId: list[0]!.id, currentPassword: PASSWORD, newPassword: 'sandi-baru-2027' });
			expect(ok.ok).toBe(true);
			expect((await validateSessionToken(db, tokens[0]!)).user?.id).toBe(user.id);
			expect((await validateSessionToken(db, tokens[1]!)).user).toBeNull();
			expect((await authenticate(db, { email: user.email, password: PASSWORD, ip: '10.4.0.1' })).ok).toBe(false);
			expect((await authenticate(db, { email: user.email, password: 'sandi-baru-2027', ip: '10.4.0.1' })).ok).toBe(true);
		});

		it('signs out of every other session', async () => {
			const { user, tokens, sessions: list } = await userWithSessions(3);
			expect(await signOutOtherSessions(db, user.id, list[1]!.id)).toBe(2);
			expect((await validateSessionToken(db, tokens[1]!)).session).not.toBeNull();
			expect((await validateSessionToken(db, tokens[0]!)).session).toBeNull();
		});

		it('saves the profile, including a new agency and the language', async () => {
			const { user } = await userWithSessions(0);
			const saved = await updateProfile(db, user.id, {
				name: 'Dewi L.',
				agency: { name: 'Dinas Kominfo Jawa Barat', kind: 'pemprov' },
				position: 'Pranata Komputer',
				provinceCode: '32',
				nip: '199001012015011001',
				locale: 'en'
			});
			expect(saved.ok && saved.user).toMatchObject({ name: 'Dewi L.', locale: 'en', handle: 'dewi-lestari' });
			const bad = await updateProfile(db, user.id, { name: 'X', agency: { id: 987654 }, position: 'Y', provinceCode: '00', nip: undefined, locale: 'id' });
			expect(bad).toMatchObject({ ok: false, errors: { agencyId: expect.any(String), provinceCode: expect.any(String) } });
			const [row] = await db.select().from(users).where(eq(users.id, user.id));
			expect(row!.name).toBe('Dewi L.');
		});
	});

	describe('password reset', () => {
		const origin = 'https://pijar.example';

		async function requestLink(email: string, ip = '10.5.0.1') {
			const result = await requestPasswordReset(db, { email, ip, origin });
			if (!result.ok) throw new Error(result.message);
			await result.delivery;
			const [mail] = await db.select().from(outbox).orderBy(sql`${outbox.id} desc`).limit(1);
			return mail;
		}

		it('mails a one-time link in the recipient language; the link works once and ends all sessions', async () => {
			const created = await registerForm();
			if (!created.ok) throw new Error('register failed');
			await db.update(users).set({ locale: 'en' }).where(eq(users.id, created.user.id));
			const sessionToken = generateSessionToken();
			await createSession(db, sessionToken, created.user.id);

			const mail = await requestLink('DEWI@jabarprov.go.id');
			expect(mail).toMatchObject({ to: 'dewi@jabarprov.go.id', subject: 'Reset your Ruang Pijar password', transport: 'outbox' });
			const link = mail!.text.match(/https:\/\/pijar\.example\/en\/atur-ulang-sandi\/([a-z2-7]{32})/);
			expect(link).not.toBeNull();
			const token = link![1]!;
			// Only the hash is stored.
			const stored = await db.select().from(passwordResets);
			expect(stored.map((r) => r.id)).not.toContain(token);
			expect(await isResetTokenValid(db, token)).toBe(true);

			expect(await resetPassword(db, { token, newPassword: 'sandi-baru-2027' })).toEqual({ ok: true, email: 'dewi@jabarprov.go.id' });
			expect((await validateSessionToken(db, sessionToken)).session).toBeNull();
			expect(await isResetTokenValid(db, token)).toBe(false);
			const again = await resetPassword(db, { token, newPassword: 'sandi-lain-2028' });
			expect(again).toMatchObject({ ok: false, message: expect.stringContaining('tidak berlaku') });
			expect((await authenticate(db, { email: 'dewi@jabarprov.go.id', password: 'sandi-baru-2027', ip: '10.5.0.2' })).ok).toBe(true);
			expect((await authenticate(db, { email: 'dewi@jabarprov.go.id', password: PASSWORD, ip: '10.5.0.2' })).ok).toBe(false);
		});

		it('expires links after an hour', async () => {
			await registerForm();
			const mail = await requestLink('dewi@jabarprov.go.id');
			expect(mail!.subject).toBe('Atur ulang kata sandi Ruang Pijar');
			const token = mail!.text.match(/atur-ulang-sandi\/([a-z2-7]{32})/)![1]!;
			const later = new Date(Date.now() + 61 * 60_000);
			expect(await isResetTokenValid(db, token, later)).toBe(false);
			expect((await resetPassword(db, { token, newPassword: 'sandi-baru-2027' }, later)).ok).toBe(false);
			expect((await resetPassword(db, { token, newPassword: 'sandi-baru-2027' })).ok).toBe(true);
		});

		it('answers the same for an unknown email and mails nothing', async () => {
			const before = (await db.select().from(outbox)).length;
			const result = await requestPasswordReset(db, { email: 'tidak-ada@x.id', ip: '10.6.0.1', origin });
			expect(result.ok).toBe(true);
			if (result.ok) await result.delivery;
			expect((await db.select().from(outbox)).length).toBe(before);
			expect(await db.select().from(passwordResets)).toHaveLength(0);
		});

		it('rate-limits reset mails per account', async () => {
			await registerForm();
			for (let i = 0; i < effectiveLimit(RESET_PER_ACCOUNT); i++) await requestLink('dewi@jabarprov.go.id', `10.7.${i}.1`);
			const blocked = await requestPasswordReset(db, { email: 'dewi@jabarprov.go.id', ip: '10.7.99.1', origin });
			expect(blocked).toMatchObject({ ok: false, message: expect.stringContaining('Terlalu banyak') });
		});

		it('rejects malformed and unknown tokens', async () => {
			expect((await resetPassword(db, { token: '../../etc', newPassword: 'sandi-baru-2027' })).ok).toBe(false);
			expect((await resetPassword(db, { token: generateSessionToken(), newPassword: 'sandi-baru-2027' })).ok).toBe(false);
			expect(await db.select().from(sessions)).toHaveLength(0);
		});
	});
});
