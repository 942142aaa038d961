import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KINDS } from '../db/testing';
import type { Database } from '../db/client';
import { users, workshopMembers, workshops, workshopSessions } from '../db/schema';
import { insertPublishedEntry } from '../gallery/fixtures';
import { impactSummary } from './impact';

const JABAR = { code: '32', name: 'Jawa Barat' };
const NTT = { code: '53', name: 'Nusa Tenggara Timur' };

describe.each(TEST_DATABASE_KINDS)('impact numbers on %s', (kind) => {
	let db: Database;
	let close: () => Promise<void>;

	beforeAll(async () => {
		({ db, close } = await createTestDatabase(kind));
		await insertPublishedEntry(db, { slug: 'a', title: 'A', province: JABAR, themes: ['kesehatan'], stage: 'uji_coba', publishedAt: new Date('2025-05-01T00:00:00Z') });
		await insertPublishedEntry(db, { slug: 'b', title: 'B', province: JABAR, themes: ['kesehatan', 'pendidikan'], publishedAt: new Date('2026-02-01T00:00:00Z') });
		await insertPublishedEntry(db, { slug: 'c', title: 'C', province: NTT, themes: ['pendidikan'], publishedAt: new Date('2026-03-01T00:00:00Z') });
		// Taken down: the public no longer sees it, so the dashboard does not count it.
		await insertPublishedEntry(db, { slug: 'd', title: 'D', province: NTT, status: 'archived' });

		const people = await db
			.insert(users)
			.values(['ana', 'budi', 'citra', 'dedi'].map((h) => ({ email: `${h}@example.go.id`, name: h, handle: h, passwordHash: 'x' })))
			.returning({ id: users.id });
		const [ana, budi, citra, dedi] = people.map((p) => p.id);
		const [held, planned, undated, undatedHeld, archived] = await db
			.insert(workshops)
			.values([
				{ title: 'Sudah mulai', joinCode: 'HELD01', startsOn: new Date('2026-01-10T01:00:00Z') },
				{ title: 'Direncanakan', joinCode: 'PLAN01', startsOn: new Date('2099-01-10T01:00:00Z') },
				{ title: 'Tanpa tanggal', joinCode: 'NODATE' },
				{ title: 'Tanpa tanggal, sesi lewat', joinCode: 'SESS01' },
				{ title: 'Selesai', joinCode: 'ARCH01', status: 'archived' }
			])
			.returning({ id: workshops.id });
		await db.insert(workshopSessions).values({
			workshopId: undatedHeld!.id,
			title: 'Sesi 1',
			startsAt: new Date('2026-02-01T01:00:00Z'),
			endsAt: new Date('2026-02-01T04:00:00Z')
		});
		await db.insert(workshopMembers).values([
			{ workshopId: held!.id, userId: ana!, role: 'participant' },
			{ workshopId: planned!.id, userId: ana!, role: 'participant' },
			{ workshopId: planned!.id, userId: budi!, role: 'participant' },
			{ workshopId: undated!.id, userId: budi!, role: 'participant' },
			{ workshopId: undatedHeld!.id, userId: citra!, role: 'participant' },
			{ workshopId: archived!.id, userId: dedi!, role: 'facilitator' }
		]);
	});
	afterAll(() => close());

	it('counts workshops held and their participants, not those still planned', async () => {
		const impact = await impactSummary(db);
		// Begun by date, begun by a session, archived; not the future one nor the undated one.
		expect(impact.workshops).toBe(3);
		// ana (held) and citra (a session held); budi only joined planned ones; dedi facilitates.
		expect(impact.participants).toBe(2);
	});

	it('counts only what the public can see, by province, theme, stage and year', async () => {
		const impact = await impactSummary(db);
		expect(impact.innovations).toBe(3);
		expect(impact.provinces).toBe(2);
		expect(impact.byProvince.map((r) => [r.key, r.count])).toEqual([
			['32', 2],
			['53', 1]
		]);
		expect(Object.fromEntries(impact.byTheme.map((r) => [r.key, r.count]))).toEqual({ kesehatan: 2, pendidikan: 2 });
		expect(impact.byStage.find((s) => s.stage === 'uji_coba')?.count).toBe(1);
		expect(impact.byStage.reduce((sum, s) => sum + s.count, 0)).toBe(3);
		expect(impact.byYear).toEqual([
			{ year: 2025, count: 1 },
			{ year: 2026, count: 2 }
		]);
		expect(impact.replicationRequests).toBe(0);
		expect(impact.replications.every((r) => r.count === 0)).toBe(true);
	});
});
