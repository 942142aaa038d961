/**
 * Demo curated collections, so the home page's collections section and `/koleksi/<slug>` have
 * something to show on a fresh install. The demo curator builds them from seeded published entries,
 * picked by slug. Idempotent: a collection whose slug already exists is left as it is, since a curator
 * may have renamed, reordered or pruned it since.
 */
import { and, eq, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { collectionItems, collections, innovations, users } from '../db/schema';
import { slugify } from './slug';

export interface DemoCollection {
	title: string;
	description: string;
	/** Slugs of seeded published entries, in the curator's order. */
	entries: string[];
	/** Days since the curator last changed it: the home page lists the most recently changed first. */
	updatedDaysAgo: number;
}

export const DEMO_COLLECTIONS: DemoCollection[] = [
	{
		title: 'Layanan kesehatan dekat warga',
		description:
			'Puskesmas, bidan dan kader yang mendatangi warga, bukan sebaliknya: antrean tanpa menunggu di loket, layanan terapung di sungai, rumah singgah ibu hamil dan posyandu yang dikelola warga sendiri.',
		entries: [
			'sipandu-antrean-puskesmas-lewat-whatsapp',
			'perahu-pintar-layanan-terpadu-menyusuri-sungai-kapuas',
			'rumah-singgah-ibu-hamil-dekat-rsud',
			'posyandu-remaja-kampung-baduy-luar',
			'honai-sehat-kader-kampung-pencatat-imunisasi'
		],
		updatedDaysAgo: 2
	},
	{
		title: 'Inovasi digital desa',
		description:
			'Teknologi sederhana yang sampai ke desa: pesan singkat untuk petani dan nelayan, katalog daring BUMDes, dan peta rumah tangga miskin ekstrem untuk kepala desa.',
		entries: [
			'pasar-tani-daring-bumdes',
			'si-pupuk-kartu-tani-terhubung-kios-pengecer',
			'kartu-pintar-nelayan-asuransi-dan-cuaca-dalam-satu-pesan',
			'lumbung-data-peta-kemiskinan-ekstrem-per-rumah-tangga'
		],
		updatedDaysAgo: 5
	}
];

/** The slug a demo collection gets: the same as a curator's new collection with that title. */
export function demoCollectionSlug(demo: DemoCollection): string {
	return slugify(demo.title, 100);
}

const DAY = 86_400_000;

/** Creates the demo collections that do not exist yet; returns how many it created. */
export async function seedDemoCollections(db: Database, now = new Date()): Promise<number> {
	const [curator] = await db.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, 'kurator@ruangpijar.id'));
	if (!curator) return 0;
	const existing = await db
		.select({ slug: collections.slug })
		.from(collections)
		.where(inArray(collections.slug, DEMO_COLLECTIONS.map(demoCollectionSlug)));
	const seeded = new Set(existing.map((r) => r.slug));
	// Only what a curator could add (addToCollection's rule): publicly visible and not archived.
	const entries = await db
		.select({ id: innovations.id, slug: innovations.slug })
		.from(innovations)
		.where(
			and(
				inArray(innovations.slug, DEMO_COLLECTIONS.flatMap((c) => c.entries)),
				isNotNull(innovations.publishedRevisionId),
				ne(innovations.status, 'archived')
			)
		);
	const idOf = new Map(entries.map((e) => [e.slug, e.id]));
	let created = 0;
	for (const demo of DEMO_COLLECTIONS) {
		const slug = demoCollectionSlug(demo);
		if (seeded.has(slug)) continue;
		const ids = demo.entries.map((s) => idOf.get(s)).filter((id): id is number => id !== undefined);
		// Without a published entry it would be an invisible, empty collection: leave it to a later run.
		if (ids.length === 0) continue;
		const updatedAt = new Date(now.getTime() - demo.updatedDaysAgo * DAY);
		const createdAt = new Date(updatedAt.getTime() - 14 * DAY);
		const made = await db.transaction(async (tx) => {
			const [row] = await tx
				.insert(collections)
				.values({ slug, title: demo.title, description: demo.description, createdBy: curator.id, createdAt, updatedAt })
				.onConflictDoNothing({ target: collections.slug })
				.returning({ id: collections.id });
			if (!row) return false;
			await tx.insert(collectionItems).values(
				ids.map((innovationId, position) => ({ collectionId: row.id, innovationId, position, addedAt: new Date(createdAt.getTime() + position * DAY) }))
			);
			return true;
		});
		if (made) created++;
	}
	return created;
}
