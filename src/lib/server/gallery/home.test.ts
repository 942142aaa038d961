import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KINDS } from '../db/testing';
import type { DatabaseHandle } from '../db/client';
import { collectionItems, collections } from '../db/schema';
import { insertPublishedEntry } from './fixtures';
import { homeDiscovery } from './home';

describe.each(TEST_DATABASE_KINDS)('home discovery (%s)', (kind) => {
	let handle: DatabaseHandle;

	beforeAll(async () => {
		handle = await createTestDatabase(kind);
		const db = handle.db;
		const a = await insertPublishedEntry(db, { slug: 'a', title: 'Alpha', featured: true, province: { code: '33', name: 'Jawa Tengah' }, publishedAt: new Date('2025-01-01') });
		await insertPublishedEntry(db, { slug: 'b', title: 'Beta', province: { code: '33', name: 'Jawa Tengah' }, publishedAt: new Date('2025-02-01') });
		const hidden = await insertPublishedEntry(db, { slug: 'c', title: 'Gamma', status: 'archived', province: { code: '35', name: 'Jawa Timur' } });
		const [c] = await db.insert(collections).values({ slug: 'pilihan', title: 'Pilihan' }).returning({ id: collections.id });
		await db.insert(collectionItems).values([
			{ collectionId: c!.id, innovationId: a, position: 0 },
			{ collectionId: c!.id, innovationId: hidden, position: 1 }
		]);
	});

	afterAll(async () => {
		await handle?.close();
	});

	it('shows picks, newest, collections and province counts from published entries only', async () => {
		const d = await homeDiscovery(handle.db);
		expect(d.featured.map((c) => c.slug)).toEqual(['a']);
		expect(d.newest.map((c) => c.slug)).toEqual(['b', 'a']);
		expect(d.collections).toEqual([{ slug: 'pilihan', title: 'Pilihan', description: '', count: 1, items: [{ slug: 'a', title: 'Alpha' }] }]);
		expect(d.provinces).toEqual([{ code: '33', name: 'Jawa Tengah', count: 2 }]);
	});
});
