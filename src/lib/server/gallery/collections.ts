/**
 * Curated collections as the public reads them (`/koleksi/<slug>`, the sitemap). Collections have
 * no visibility flag of their own: what makes one public is its published entries, read from
 * `gallery_entries` only, so an unpublished or archived entry never shows and a collection with
 * none (a curator's work in progress) is not public at all — the home page hides it the same way.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { queryRows } from '../db/client';
import type { GalleryCard } from '../../gallery/types';
import { scriptSafeJson } from '../innovations/structured-data';
import { selectCards } from './search';

/**
 * Most entries one collection page shows: collections are built by hand one entry at a time, so this
 * only bounds the page's size should one ever grow into a second gallery.
 */
export const COLLECTION_MAX_ENTRIES = 500;

/** What `/koleksi/<slug>` shows. */
export interface PublicCollection {
	slug: string;
	title: string;
	description: string;
	updatedAt: string;
	/** Published entries in the curator's order. */
	entries: GalleryCard[];
}

type CollectionRow = {
	slug: string;
	title: string;
	description: string;
	updated_at: Date | string;
	ids: unknown;
};

function iso(value: Date | string): string {
	return (value instanceof Date ? value : new Date(value)).toISOString();
}

/** Maps a collection row and its cards to the page's shape (no ids or authors leave the server). */
export function toPublicCollection(row: Omit<CollectionRow, 'ids'>, entries: GalleryCard[]): PublicCollection {
	return { slug: row.slug, title: row.title, description: row.description, updatedAt: iso(row.updated_at), entries };
}

/** Innovation ids from an `integer[]` column (drivers return an array; anything else is dropped). */
function idList(value: unknown): number[] {
	return Array.isArray(value) ? value.map(Number).filter((n) => Number.isInteger(n) && n > 0) : [];
}

/** A collection with its published entries in the curator's order, or null when unknown or without any. */
export async function getPublicCollection(db: Database, slug: string): Promise<PublicCollection | null> {
	// The column holds at most 120 characters; a longer address cannot name a collection.
	if (slug.length === 0 || slug.length > 120) return null;
	// The curator's order is position, then the time an entry was added (as the curator's page shows it).
	const [row] = await queryRows<CollectionRow>(
		db,
		sql`select c.slug, c.title, c.description, c.updated_at,
				array(select ci.innovation_id from collection_items ci
					join gallery_entries g on g.innovation_id = ci.innovation_id
					where ci.collection_id = c.id
					order by ci.position, ci.added_at, ci.innovation_id
					limit ${COLLECTION_MAX_ENTRIES}) as ids
			from collections c where c.slug = ${slug}`
	);
	const ids = idList(row?.ids);
	if (!row || ids.length === 0) return null;
	// The ids are integers checked above, so they are inlined as an array literal (as search.ts does).
	const order = sql.raw(`'{${ids.join(',')}}'::integer[]`);
	// Read again from gallery_entries: an entry unpublished in between is simply not shown.
	const entries = await selectCards(db, sql`innovation_id = any(${order})`, sql`array_position(${order}, innovation_id)`, ids.length);
	if (entries.length === 0) return null;
	return toPublicCollection(row, entries);
}

/** Whether a collection has a public page, i.e. at least one published entry (for the curator's link to it). */
export async function isCollectionPublic(db: Database, collectionId: number): Promise<boolean> {
	const [row] = await queryRows<{ public: boolean }>(
		db,
		sql`select exists (select 1 from collection_items ci join gallery_entries g on g.innovation_id = ci.innovation_id
			where ci.collection_id = ${collectionId}) as public`
	);
	return row?.public === true;
}

/** Public collections for the sitemap, most recently changed first. */
export async function sitemapCollections(db: Database, limit: number): Promise<{ slug: string; updatedAt: Date }[]> {
	const rows = await queryRows<{ slug: string; updated_at: Date | string }>(
		db,
		sql`select c.slug, c.updated_at from collections c
			where exists (select 1 from collection_items ci join gallery_entries g on g.innovation_id = ci.innovation_id
				where ci.collection_id = c.id)
			order by c.updated_at desc, c.id limit ${limit}`
	);
	return rows.map((r) => ({ slug: r.slug, updatedAt: new Date(iso(r.updated_at)) }));
}

/** schema.org JSON-LD (a CollectionPage holding an ordered ItemList), safe to embed in a <script> element. */
export function collectionJsonLd(collection: PublicCollection, origin: string): string {
	const url = `${origin}/koleksi/${collection.slug}`;
	const doc = {
		'@context': 'https://schema.org',
		'@type': 'CollectionPage',
		'@id': url,
		url,
		name: collection.title,
		description: collection.description || undefined,
		dateModified: collection.updatedAt,
		publisher: { '@type': 'Organization', name: 'Ruang Pijar', url: origin },
		mainEntity: {
			'@type': 'ItemList',
			itemListOrder: 'https://schema.org/ItemListOrderAscending',
			numberOfItems: collection.entries.length,
			itemListElement: collection.entries.map((e, i) => ({
				'@type': 'ListItem',
				position: i + 1,
				url: `${origin}/inovasi/${e.slug}`,
				name: e.title
			}))
		}
	};
	return scriptSafeJson(doc);
}
