import { and, eq, sql } from 'drizzle-orm';
import type { Database } from './client';
import { agencies, teamMembers, teams, users, workshopMembers, workshops, type Role } from './schema';
import { hashPassword } from '../auth/password';
import { seedDemoInnovations } from '../innovations/seed-demo';
import { seedDemoCollections } from '../innovations/seed-demo-collections';
import { seedDemoLearning } from '../learning/seed-demo';
import { seedDemoProfiles } from '../profiles/seed-demo';

/** Password of every demo account (listed in the README); change or delete them in production. */
export const DEMO_PASSWORD = 'PijarDemo2026!';

export const DEMO_ACCOUNTS: { email: string; name: string; handle: string; role: Role; position: string }[] = [
	{ email: 'admin@ruangpijar.id', name: 'Ayu Admin', handle: 'ayu-admin', role: 'admin', position: 'Pengelola Sistem' },
	{ email: 'kurator@ruangpijar.id', name: 'Kurnia Kurator', handle: 'kurnia', role: 'curator', position: 'Analis Kebijakan' },
	{ email: 'fasilitator@ruangpijar.id', name: 'Wulan Widyaiswara', handle: 'wulan', role: 'facilitator', position: 'Widyaiswara Ahli Madya' },
	{ email: 'mentor@ruangpijar.id', name: 'Made Mentor', handle: 'made', role: 'mentor', position: 'Inovator Senior' },
	{ email: 'peserta@ruangpijar.id', name: 'Putri Peserta', handle: 'putri', role: 'participant', position: 'Pranata Komputer Ahli Pertama' },
	{ email: 'peserta2@ruangpijar.id', name: 'Bima Peserta', handle: 'bima', role: 'participant', position: 'Analis SDM Aparatur' },
	{ email: 'peserta3@ruangpijar.id', name: 'Sari Peserta', handle: 'sari', role: 'participant', position: 'Perencana Ahli Pertama' },
	{ email: 'peserta4@ruangpijar.id', name: 'Rudi Peserta', handle: 'rudi', role: 'participant', position: 'Penata Kelola Sistem' }
];

const DEMO_AGENCIES = [
	{ name: 'Lembaga Administrasi Negara', kind: 'lpnk', provinceCode: '31' },
	{ name: 'Pemerintah Provinsi Jawa Barat', kind: 'pemprov', provinceCode: '32' },
	{ name: 'Pemerintah Kota Surabaya', kind: 'pemkot', provinceCode: '35' },
	{ name: 'Pemerintah Kabupaten Banyuwangi', kind: 'pemkab', provinceCode: '35' },
	{ name: 'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi', kind: 'kementerian', provinceCode: '31' },
	{ name: 'Pemerintah Provinsi Nusa Tenggara Timur', kind: 'pemprov', provinceCode: '53' }
];

/** Seeds the demo on a database that has no users yet (first start). */
export async function seedIfEmpty(db: Database): Promise<boolean> {
	const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
	if ((row?.n ?? 0) > 0) return false;
	await seedDemo(db);
	return true;
}

/** Creates or refreshes the demo: agencies, one account per role, a workshop with two teams. Idempotent. */
export async function seedDemo(db: Database): Promise<void> {
	const passwordHash = await hashPassword(DEMO_PASSWORD);
	await db.transaction(async (tx) => {
		for (const agency of DEMO_AGENCIES) {
			await tx.insert(agencies).values(agency).onConflictDoNothing({ target: agencies.name });
		}
		const agencyRows = await tx.select().from(agencies);
		const agencyId = (i: number) => agencyRows.find((a) => a.name === DEMO_AGENCIES[i % DEMO_AGENCIES.length]!.name)!.id;

		const ids: Record<string, number> = {};
		for (const [i, account] of DEMO_ACCOUNTS.entries()) {
			const agency = DEMO_AGENCIES[i % DEMO_AGENCIES.length]!;
			const values = {
				...account,
				passwordHash,
				agencyId: agencyId(i),
				provinceCode: agency.provinceCode,
				disabled: false
			};
			const [existing] = await tx.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, account.email));
			if (existing) {
				await tx.update(users).set({ ...values, updatedAt: new Date() }).where(eq(users.id, existing.id));
				ids[account.email] = existing.id;
			} else {
				const [created] = await tx.insert(users).values(values).returning({ id: users.id });
				ids[account.email] = created!.id;
			}
		}

		const joinCode = 'PIJAR1';
		let [workshop] = await tx.select().from(workshops).where(eq(workshops.joinCode, joinCode));
		if (!workshop) {
			const start = new Date();
			start.setUTCHours(1, 0, 0, 0);
			[workshop] = await tx
				.insert(workshops)
				.values({
					title: 'Kelas Kolaboratif Design Thinking: Layanan Publik Digital',
					description:
						'Tim lintas instansi memetakan pengalaman warga mengurus layanan, merumuskan masalah, dan menguji purwarupa solusi bersama widyaiswara dan mentor.',
					joinCode,
					partnerAgencyId: agencyId(0),
					startsOn: start,
					endsOn: new Date(start.getTime() + 2 * 86_400_000),
					capacity: 30,
					createdBy: ids['fasilitator@ruangpijar.id']
				})
				.returning();
		}
		const workshopId = workshop!.id;
		const members: [string, 'facilitator' | 'mentor' | 'participant'][] = [
			['fasilitator@ruangpijar.id', 'facilitator'],
			['mentor@ruangpijar.id', 'mentor'],
			['peserta@ruangpijar.id', 'participant'],
			['peserta2@ruangpijar.id', 'participant'],
			['peserta3@ruangpijar.id', 'participant'],
			['peserta4@ruangpijar.id', 'participant']
		];
		for (const [email, role] of members) {
			await tx.insert(workshopMembers).values({ workshopId, userId: ids[email]!, role }).onConflictDoNothing();
		}
		const teamPlan: [string, string[]][] = [
			['Tim Melati', ['peserta@ruangpijar.id', 'peserta2@ruangpijar.id']],
			['Tim Anggrek', ['peserta3@ruangpijar.id', 'peserta4@ruangpijar.id']]
		];
		for (const [name, emails] of teamPlan) {
			let [team] = await tx.select().from(teams).where(and(eq(teams.workshopId, workshopId), eq(teams.name, name)));
			if (!team) [team] = await tx.insert(teams).values({ workshopId, name }).returning();
			for (const email of emails) {
				await tx.insert(teamMembers).values({ teamId: team!.id, userId: ids[email]! }).onConflictDoNothing();
			}
		}
	});
	// Demo innovations need the accounts and teams above; they skip entries that already exist.
	await seedDemoInnovations(db);
	// Two curated collections of those entries, so the home page and /koleksi have one to show.
	await seedDemoCollections(db);
	// Sessions, attendance, a certificate and the starter learning paths; each added only when missing.
	await seedDemoLearning(db);
	// Innovator profiles (bio, skills, what each person shows) for the seeded accounts.
	await seedDemoProfiles(db);
}
