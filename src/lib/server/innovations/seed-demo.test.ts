import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '../db/testing';
import { queryRows, type DatabaseHandle } from '../db/client';
import { seedDemo } from '../db/seed';
import { seedDemoInnovations } from './seed-demo';
import { getPublicEntry } from './publication';
import { completeness } from './completeness';
import { loadContent } from './content';
import { DEMO_COLLECTIONS, demoCollectionSlug, seedDemoCollections } from './seed-demo-collections';
import { getPublicCollection } from '../gallery/collections';
import { homeDiscovery } from '../gallery/home';

describe.each(TEST_DATABASE_KINDS)('demo innovations on %s', (kind) => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await createTestDatabase(kind);
		await seedDemo(handle.db);
	});
	afterAll(async () => handle?.close());

	it('seeds published entries, one waiting for curation and one draft, idempotently', async () => {
		const rows = await queryRows<{ status: string; n: number }>(handle.db, sql`select status, count(*)::int as n from innovations group by status order by status`);
		expect(Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]))).toEqual({ draft: 1, published: 30, submitted: 1 });
		expect(await seedDemoInnovations(handle.db)).toBe(0);
		const [again] = await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from innovations`);
		expect(Number(again?.n)).toBe(32);
	});

	it('publishes complete entries with a board snapshot, team and counters', async () => {
		const entry = await getPublicEntry(handle.db, 'sipandu-antrean-puskesmas-lewat-whatsapp');
		expect(entry).not.toBeNull();
		expect(entry!.board?.shapeCount).toBe(11);
		expect(entry!.team.length).toBe(2);
		expect(entry!.counts.comments).toBe(2);
		expect(entry!.counts.appreciations).toBeGreaterThan(0);
		expect(entry!.indicators).toHaveLength(3);
		// A member who chose to hide is not on the public page.
		expect((await getPublicEntry(handle.db, 'dashat-dapur-sehat-atasi-stunting-di-posyandu'))!.team).toHaveLength(1);
		const ids = await queryRows<{ id: number }>(handle.db, sql`select id from innovations where status in ('published', 'submitted')`);
		for (const { id } of ids) {
			const content = await loadContent(handle.db, Number(id));
			expect(completeness(content!).missingRequired.map((i) => i.key), content!.title).toEqual([]);
		}
	});

	it("seeds the curator's demo collections from published entries, shown on the home page, once", async () => {
		for (const demo of DEMO_COLLECTIONS) {
			const collection = await getPublicCollection(handle.db, demoCollectionSlug(demo));
			// Every listed slug names a seeded published entry, in the curator's order.
			expect(collection?.entries.map((e) => e.slug), demo.title).toEqual(demo.entries);
		}
		const owners = await queryRows<{ email: string }>(handle.db, sql`select u.email from collections c join users u on u.id = c.created_by`);
		expect(owners.map((o) => o.email)).toEqual(DEMO_COLLECTIONS.map(() => 'kurator@ruangpijar.id'));
		expect((await homeDiscovery(handle.db)).collections.map((c) => c.title)).toEqual(DEMO_COLLECTIONS.map((c) => c.title));
		expect(await seedDemoCollections(handle.db)).toBe(0);
		const [items] = await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from collection_items`);
		expect(Number(items?.n)).toBe(DEMO_COLLECTIONS.reduce((n, c) => n + c.entries.length, 0));
	});
});
