/** Demo innovator profiles for the seeded accounts, so the profile pages and the talent pool have people to show. */
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { profiles, users } from '../db/schema';
import { normalizeTag } from '../../profiles/fields';

interface DemoProfile {
	email: string;
	bio: string;
	skills: string[];
	interests: string[];
	show: Partial<Record<'showAgency' | 'showPosition' | 'showProvince' | 'showSkills' | 'showWorkshops', boolean>>;
}

const ALL = { showAgency: true, showPosition: true, showProvince: true, showSkills: true, showWorkshops: true };

// Varied on purpose: one person keeps their position private, one shows only skills, so the demo
// shows what the visibility switches do.
const DEMO_PROFILES: DemoProfile[] = [
	{
		email: 'peserta@ruangpijar.id',
		bio: 'Mengelola data layanan kependudukan dan membangun dasbor antrean untuk kecamatan. Senang menguji purwarupa langsung bersama warga.',
		skills: ['Analisis data', 'Desain layanan', 'Python'],
		interests: ['Layanan publik digital', 'Kesehatan ibu dan anak'],
		show: ALL
	},
	{
		email: 'peserta2@ruangpijar.id',
		bio: 'Menyusun program pengembangan kompetensi ASN dan memfasilitasi kelas daring untuk perangkat daerah.',
		skills: ['Manajemen SDM', 'Fasilitasi', 'Desain pembelajaran'],
		interests: ['Kepemimpinan', 'E-learning'],
		show: ALL
	},
	{
		email: 'peserta3@ruangpijar.id',
		bio: 'Perencana pembangunan desa; tertarik pada penganggaran berbasis data dan partisipasi warga.',
		skills: ['Perencanaan', 'Kebijakan publik', 'Penganggaran'],
		interests: ['Desa digital', 'SDGs'],
		show: { ...ALL, showPosition: false }
	},
	{
		email: 'peserta4@ruangpijar.id',
		bio: '',
		skills: ['Pengembangan web', 'Keamanan informasi'],
		interests: ['Data terbuka', 'GIS'],
		show: { showSkills: true }
	},
	{
		email: 'mentor@ruangpijar.id',
		bio: 'Mendampingi tim inovasi daerah sejak 2018, dari gagasan hingga replikasi di kabupaten lain.',
		skills: ['Coaching', 'Manajemen inovasi', 'Replikasi'],
		interests: ['Pelayanan terpadu'],
		show: ALL
	},
	{
		email: 'fasilitator@ruangpijar.id',
		bio: 'Widyaiswara design thinking untuk pelatihan kepemimpinan dan lokakarya lintas instansi.',
		skills: ['Design thinking', 'Fasilitasi', 'Pelatihan'],
		interests: ['Inovasi pelayanan publik'],
		show: ALL
	}
];

/** Creates or refreshes the demo profiles (re-seeding resets them, like the demo passwords). */
export async function seedDemoProfiles(db: Database): Promise<void> {
	for (const demo of DEMO_PROFILES) {
		const [user] = await db.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, demo.email));
		if (!user) continue;
		const values = {
			bio: demo.bio,
			skills: demo.skills.map(normalizeTag),
			interests: demo.interests.map(normalizeTag),
			isPublic: true,
			showAgency: demo.show.showAgency ?? false,
			showPosition: demo.show.showPosition ?? false,
			showProvince: demo.show.showProvince ?? false,
			showPhoto: false,
			showSkills: demo.show.showSkills ?? false,
			showWorkshops: demo.show.showWorkshops ?? false,
			updatedAt: new Date()
		};
		await db.insert(profiles).values({ userId: user.id, ...values }).onConflictDoUpdate({ target: profiles.userId, set: values });
	}
}
