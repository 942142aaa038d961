/**
 * Fixtures for innovation tests: people in every role, an agency, and a draft filled far enough to
 * submit. Users get a fixed dummy hash (argon2 would only slow the tests; nobody signs in here).
 */
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { agencies, themes, users, type Role } from '../db/schema';
import type { Actor } from './permissions';
import { createDraft, saveStep } from './drafts';
import type { StepInput } from './validation';

export interface Person extends Actor {
	name: string;
	email: string;
}

let counter = 0;

/** Creates an account with the given role. */
export async function createPerson(db: Database, role: Role, name = `${role} ${++counter}`): Promise<Person> {
	const handle = `${role}-${Date.now().toString(36)}-${++counter}`;
	const email = `${handle}@example.go.id`;
	const [row] = await db
		.insert(users)
		.values({ email, name, handle, role, passwordHash: 'test-only-not-a-hash' })
		.returning({ id: users.id });
	return { id: row!.id, role, name, email };
}

/** An agency in Jawa Tengah for classification. */
export async function createAgency(db: Database, name = `Pemerintah Kabupaten Uji ${++counter}`): Promise<number> {
	const [row] = await db.insert(agencies).values({ name, kind: 'pemkab', provinceCode: '33' }).returning({ id: agencies.id });
	return row!.id;
}

const PROSE = 'Warga harus datang tiga kali ke kantor kecamatan untuk satu dokumen; antrean dan biaya transportasi membebani keluarga.';

/** A draft by `lead` with every required field filled (ready to submit). */
export async function createCompleteDraft(db: Database, lead: Person, title = 'Layanan Adminduk Jemput Bola'): Promise<number> {
	const id = await createDraft(db, lead.id);
	const agencyId = await createAgency(db);
	const [theme] = await db.select({ id: themes.id }).from(themes).where(eq(themes.slug, 'administrasi-kependudukan'));
	const steps: StepInput[] = [
		{
			step: 'ringkasan',
			data: {
				title,
				summary: `${PROSE} Tim kecamatan datang ke desa dengan perangkat perekaman keliling setiap pekan.`,
				stage: 'diterapkan',
				form: 'pelayanan_publik',
				isDigital: true,
				stillRunning: true,
				startedOn: '2024-03-01',
				endedOn: null
			}
		},
		{ step: 'cerita', data: { background: PROSE, solution: `Solusi: ${PROSE}`, novelty: `Kebaruan: ${PROSE}` } },
		{
			step: 'dampak',
			data: {
				results: `Hasil: ${PROSE}`,
				beneficiaries: '',
				indicators: [{ name: 'Waktu layanan', baseline: '14', value: '2', unit: 'hari', measuredOn: '2025-01-31', source: 'Laporan Disdukcapil', remove: false }]
			}
		},
		{
			step: 'klasifikasi',
			data: {
				themeIds: theme ? [theme.id] : [],
				sdgNumbers: [16],
				tags: ['adminduk', 'jemput bola'],
				agencyId,
				governmentLevel: 'kabupaten_kota',
				provinceCode: '33',
				regency: 'Kabupaten Temanggung',
				cohort: 'Angkatan 2025',
				awards: '',
				videoUrl: ''
			}
		}
	];
	for (const step of steps) await saveStep(db, id, lead.id, step);
	return id;
}
