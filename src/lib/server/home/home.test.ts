import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '../db/testing';
import type { Database } from '../db/client';
import { agencies, teamMembers, teams, users, workshopMembers, workshops, workshopSessions } from '../db/schema';
import { getMemberWorkshops, getProgramStats } from './home';

describe.each(TEST_DATABASE_KINDS)('home data on %s', (kind) => {
	let db: Database;
	let close: () => Promise<void>;
	const ids: Record<string, number> = {};

	async function addUser(handle: string, agencyId: number | null, provinceCode: string | null) {
		const [row] = await db
			.insert(users)
			.values({ email: `${handle}@example.go.id`, name: handle, handle, passwordHash: 'x', agencyId, provinceCode })
			.returning({ id: users.id });
		ids[handle] = row!.id;
	}

	beforeAll(async () => {
		const handle = await createTestDatabase(kind);
		db = handle.db;
		close = handle.close;
		const [jabar, ntt, unused, partner] = await db
			.insert(agencies)
			.values([
				{ name: 'Pemprov Jawa Barat', kind: 'pemprov', provinceCode: '32' },
				{ name: 'Pemprov NTT', kind: 'pemprov', provinceCode: '53' },
				{ name: 'Pemkot Tanpa Anggota', kind: 'pemkot', provinceCode: '35' },
				{ name: 'Kementerian Mitra', kind: 'kementerian', provinceCode: '31' }
			])
			.returning({ id: agencies.id });
		void unused;
		await addUser('ana', jabar!.id, '32');
		await addUser('budi', ntt!.id, '53');
		await addUser('citra', jabar!.id, '12'); // works for a Jabar agency, lives in Sumatera Utara
		await addUser('dedi', null, null);
		const [current, archived, older] = await db
			.insert(workshops)
			.values([
				{ title: 'Kelas Baru', joinCode: 'NEW001', partnerAgencyId: partner!.id, startsOn: new Date('2026-03-01T01:00:00Z') },
				{ title: 'Kelas Lama Diarsip', joinCode: 'OLD001', status: 'archived', startsOn: new Date('2026-04-01T01:00:00Z') },
				{ title: 'Kelas Sebelumnya', joinCode: 'OLD002', startsOn: new Date('2025-10-01T01:00:00Z') }
			])
			.returning({ id: workshops.id });
		// Not held yet: one planned for later, one without a date or a session. Held: one undated whose
		// first session has passed.
		const [, , undatedHeld] = await db
			.insert(workshops)
			.values([
				{ title: 'Kelas Direncanakan', joinCode: 'PLAN01', startsOn: new Date('2099-01-01T01:00:00Z') },
				{ title: 'Kelas Tanpa Tanggal', joinCode: 'NODATE' },
				{ title: 'Kelas Bersesi', joinCode: 'SESS01' }
			])
			.returning({ id: workshops.id });
		await db
			.insert(workshopSessions)
			.values({ workshopId: undatedHeld!.id, title: 'Sesi 1', startsAt: new Date('2026-02-01T01:00:00Z'), endsAt: new Date('2026-02-01T03:00:00Z') });
		ids.current = current!.id;
		ids.older = older!.id;
		await db.insert(workshopMembers).values([
			{ workshopId: current!.id, userId: ids.ana!, role: 'participant' },
			{ workshopId: archived!.id, userId: ids.ana!, role: 'participant' },
			{ workshopId: older!.id, userId: ids.ana!, role: 'participant' },
			{ workshopId: current!.id, userId: ids.budi!, role: 'mentor' }
		]);
		const [melati, anggrek] = await db
			.insert(teams)
			.values([
				{ workshopId: current!.id, name: 'Tim Melati' },
				{ workshopId: current!.id, name: 'Tim Anggrek' }
			])
			.returning({ id: teams.id });
		await db.insert(teamMembers).values([
			{ teamId: melati!.id, userId: ids.ana! },
			{ teamId: melati!.id, userId: ids.budi!, role: 'mentor' },
			{ teamId: anggrek!.id, userId: ids.budi!, role: 'mentor' }
		]);
	});
	afterAll(() => close());

	it('counts members, involved agencies, their provinces and workshops held', async () => {
		expect(await getProgramStats(db)).toEqual({
			members: 4,
			// Jabar and NTT through members, the ministry through its workshop; the memberless city is not counted.
			agencies: 3,
			// 32 and 53 (members and agencies), 12 (a member), 31 (the partner ministry).
			provinces: 4,
			// The three dated in the past and the one whose session has passed; not the planned or undated.
			workshops: 4
		});
	});

	it('leaves disabled accounts out', async () => {
		await db.update(users).set({ disabled: true }).where(eq(users.id, ids.budi!));
		const stats = await getProgramStats(db);
		expect(stats.members).toBe(3);
		expect(stats.agencies).toBe(2);
		expect(stats.provinces).toBe(3);
		await db.update(users).set({ disabled: false }).where(eq(users.id, ids.budi!));
	});

	it("lists a member's current workshops, newest first, with their team", async () => {
		const list = await getMemberWorkshops(db, ids.ana!);
		expect(list.map((w) => w.title)).toEqual(['Kelas Baru', 'Kelas Sebelumnya']);
		expect(list[0]).toMatchObject({ role: 'participant', teams: ['Tim Melati'], startsOn: '2026-03-01T01:00:00.000Z' });
		expect(list[1]!.teams).toEqual([]);
	});

	it('gives a mentor every team they coach, and nothing to a non-member', async () => {
		const [mentor] = await getMemberWorkshops(db, ids.budi!);
		expect(mentor).toMatchObject({ role: 'mentor', teams: ['Tim Anggrek', 'Tim Melati'] });
		expect(await getMemberWorkshops(db, ids.dedi!)).toEqual([]);
	});

	it('honours the limit', async () => {
		expect(await getMemberWorkshops(db, ids.ana!, 1)).toHaveLength(1);
	});
});
