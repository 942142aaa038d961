/**
 * The home page's discovery sections: curators' picks, the newest entries, curated collections and
 * provinces with counts. Published entries only (all read from `gallery_entries`).
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { queryRows } from '../db/client';
import type { HomeCollection, HomeDiscovery } from '../../gallery/types';
import { selectCards } from './search';

/** Everything the home page's discovery sections show. */
export async function homeDiscovery(db: Database): Promise<HomeDiscovery> {
	const [featured, newest, collectionRows, provinces] = await Promise.all([
		selectCards(db, sql`featured`, sql`first_published_at desc, innovation_id desc`, 3),
		selectCards(db, sql`true`, sql`first_published_at desc, innovation_id desc`, 3),
		queryRows<{ slug: string; title: string; description: string; item_slug: string; item_title: string; n: number }>(
			db,
			sql`select c.slug, c.title, c.description, g.slug as item_slug, g.title as item_title,
					count(*) over (partition by c.id)::int as n
				from collections c
				join collection_items ci on ci.collection_id = c.id
				join gallery_entries g on g.innovation_id = ci.innovation_id
				order by c.updated_at desc, c.id, ci.position, g.title`
		),
		queryRows<{ code: string; name: string; count: number }>(
			db,
			sql`select province_code as code, province_name as name, count(*)::int as count from gallery_entries
				where province_code is not null group by 1, 2 order by count desc, name`
		)
	]);
	const collections: HomeCollection[] = [];
	for (const row of collectionRows) {
		let c = collections.find((x) => x.slug === row.slug);
		if (!c) {
			if (collections.length === 4) continue;
			c = { slug: row.slug, title: row.title, description: row.description, count: Number(row.n), items: [] };
			collections.push(c);
		}
		if (c.items.length < 3) c.items.push({ slug: row.item_slug, title: row.item_title });
	}
	return { featured, newest, collections, provinces: provinces.map((p) => ({ ...p, count: Number(p.count) })) };
}
