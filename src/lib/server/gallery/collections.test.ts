import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '../db/testing';
import type { DatabaseHandle } from '../db/client';
import { collectionItems, collections, innovations } from '../db/schema';
import { insertPublishedEntry } from './fixtures';
import { collectionJsonLd, getPublicCollection, isCollectionPublic, sitemapCollections } from './collections';
import { sitemap } from './open-data';

const ORIGIN = 'https://ruangpijar.example';

describe.each(TEST_DATABASE_KINDS)('public collections (%s)', (kind) => {
	let handle: DatabaseHandle;

	beforeAll(async () => {
		handle = await createTestDatabase(kind);
		const db = handle.db;
		// Published newest-first is z, y, x: the collection's order must not follow publication or title.
		const x = await insertPublishedEntry(db, { slug: 'x', title: 'Xenon', publishedAt: new Date('2025-01-01') });
		const y = await insertPublishedEntry(db, { slug: 'y', title: 'Yodium', publishedAt: new Date('2025-02-01') });
		const z = await insertPublishedEntry(db, { slug: 'z', title: 'Zink </script>', publishedAt: new Date('2025-03-01') });
		const archived = await insertPublishedEntry(db, { slug: 'arsip', title: 'Arsip', status: 'archived' });
		const unpublished = await insertPublishedEntry(db, { slug: 'ditarik', title: 'Ditarik' });
		// Withdrawn from the gallery after it was added: the read model drops it.
		await db.update(innovations).set({ publishedRevisionId: null, status: 'draft' }).where(eq(innovations.id, unpublished));

		const [pilihan, kosong] = await db
			.insert(collections)
			.values([
				{ slug: 'pilihan-kurator', title: 'Pilihan kurator', description: 'Tiga yang terbaik.' },
				{ slug: 'hanya-arsip', title: 'Hanya arsip' }
			])
			.returning({ id: collections.id });
		await db.insert(collectionItems).values([
			{ collectionId: pilihan!.id, innovationId: y, position: 0 },
			{ collectionId: pilihan!.id, innovationId: archived, position: 1 },
			{ collectionId: pilihan!.id, innovationId: z, position: 2 },
			{ collectionId: pilihan!.id, innovationId: unpublished, position: 3 },
			{ collectionId: pilihan!.id, innovationId: x, position: 4 },
			{ collectionId: kosong!.id, innovationId: archived, position: 0 }
		]);
	});

	afterAll(async () => {
		await handle?.close();
	});

	it('keeps the curator order and shows published entries only, as gallery cards', async () => {
		const c = await getPublicCollection(handle.db, 'pilihan-kurator');
		expect(c).not.toBeNull();
		expect(c!.title).toBe('Pilihan kurator');
		expect(c!.description).toBe('Tiga yang terbaik.');
		expect(c!.entries.map((e) => e.slug)).toEqual(['y', 'z', 'x']);
		expect(c!.entries[0]).toMatchObject({ slug: 'y', title: 'Yodium', stage: 'diterapkan' });
		// Only the public shape leaves the server.
		expect(Object.keys(c!).sort()).toEqual(['description', 'entries', 'slug', 'title', 'updatedAt']);
	});

	it('follows a reordering by the curator', async () => {
		const [x] = await handle.db.select({ id: innovations.id }).from(innovations).where(eq(innovations.slug, 'x'));
		await handle.db.update(collectionItems).set({ position: -1 }).where(eq(collectionItems.innovationId, x!.id));
		expect((await getPublicCollection(handle.db, 'pilihan-kurator'))!.entries.map((e) => e.slug)).toEqual(['x', 'y', 'z']);
		await handle.db.update(collectionItems).set({ position: 4 }).where(eq(collectionItems.innovationId, x!.id));
	});

	it('answers null for an unknown slug and for a collection with nothing published', async () => {
		expect(await getPublicCollection(handle.db, 'tidak-ada')).toBeNull();
		expect(await getPublicCollection(handle.db, 'hanya-arsip')).toBeNull();
		expect(await getPublicCollection(handle.db, '')).toBeNull();
		expect(await getPublicCollection(handle.db, 'a'.repeat(500))).toBeNull();
	});

	it('lists public collections only in the sitemap', async () => {
		expect((await sitemapCollections(handle.db, 10)).map((c) => c.slug)).toEqual(['pilihan-kurator']);
		const xml = await sitemap(handle.db, ORIGIN);
		expect(xml).toContain(`<loc>${ORIGIN}/koleksi/pilihan-kurator</loc>`);
		expect(xml).not.toContain('/koleksi/hanya-arsip');
	});

	it('tells the curator which collections have a public page', async () => {
		const id = async (slug: string) => (await handle.db.select({ id: collections.id }).from(collections).where(eq(collections.slug, slug)))[0]!.id;
		expect(await isCollectionPublic(handle.db, await id('pilihan-kurator'))).toBe(true);
		// Its only entry is archived: the public page is a 404, so no link.
		expect(await isCollectionPublic(handle.db, await id('hanya-arsip'))).toBe(false);
		expect(await isCollectionPublic(handle.db, 0)).toBe(false);
	});

	it('embeds its JSON-LD item list safely', async () => {
		const c = (await getPublicCollection(handle.db, 'pilihan-kurator'))!;
		const json = collectionJsonLd(c, ORIGIN);
		expect(json).not.toContain('</script>');
		const doc = JSON.parse(json);
		expect(doc['@type']).toBe('CollectionPage');
		expect(doc.mainEntity.itemListElement.map((i: { url: string }) => i.url)).toEqual(['y', 'z', 'x'].map((s) => `${ORIGIN}/inovasi/${s}`));
	});
});
