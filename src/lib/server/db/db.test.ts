import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from './testing';
import { queryRows, type Database } from './client';
import { agencyKinds, provinces, sdgs, users, workshops, teams } from './schema';
import { seedDemo, seedIfEmpty, DEMO_ACCOUNTS } from './seed';

describe.each(TEST_DATABASE_KINDS)('data layer on %s', (kind) => {
	let db: Database;
	let close: () => Promise<void>;
	beforeAll(async () => {
		const handle = await createTestDatabase(kind);
		db = handle.db;
		close = handle.close;
	});
	afterAll(() => close());

	it('migrates the reference data: 38 provinces with Kemendagri codes, 17 SDGs, agency kinds', async () => {
		const rows = await db.select().from(provinces);
		expect(rows).toHaveLength(38);
		expect(rows.find((p) => p.code === '31')?.name).toBe('DKI Jakarta');
		expect(rows.find((p) => p.code === '96')?.name).toBe('Papua Barat Daya');
		const goals = await db.select().from(sdgs);
		expect(goals.map((g) => g.number).sort((a, b) => a - b)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
		expect(goals.find((g) => g.number === 4)?.nameId).toBe('Pendidikan Berkualitas');
		expect((await db.select().from(agencyKinds)).length).toBeGreaterThanOrEqual(6);
	});

	it('has pg_trgm and the indonesian text-search configuration', async () => {
		const [sim] = await queryRows<{ s: number }>(db, sql`select similarity('inovasi', 'inovsi') as s`);
		expect(Number(sim!.s)).toBeGreaterThan(0.3);
		const [ts] = await queryRows<{ v: string }>(db, sql`select to_tsvector('indonesian', 'pelayanan publik')::text as v`);
		expect(ts!.v).toContain('layan');
	});

	it('seeds the demo once, and re-seeding is idempotent', async () => {
		expect(await seedIfEmpty(db)).toBe(true);
		expect(await seedIfEmpty(db)).toBe(false);
		await seedDemo(db);
		const accounts = await db.select().from(users);
		expect(accounts).toHaveLength(DEMO_ACCOUNTS.length);
		expect(new Set(accounts.map((u) => u.role))).toEqual(new Set(['admin', 'curator', 'facilitator', 'mentor', 'participant']));
		expect(await db.select().from(workshops)).toHaveLength(1);
		expect(await db.select().from(teams)).toHaveLength(2);
	});

	it('rejects a second account with the same email in another case', async () => {
		const [first] = await db.select().from(users).limit(1);
		await expect(
			db.insert(users).values({ email: first!.email.toUpperCase(), name: 'X', handle: 'x-dup', passwordHash: 'x' })
		).rejects.toThrow();
	});
});
