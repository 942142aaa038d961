/**
 * Curated collections of published entries ("Inovasi layanan kesehatan daerah 3T"). Curators build
 * them; the gallery shows them. Only publicly visible entries can be added.
 */
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { collectionItems, collections, innovations } from '../db/schema';
import { slugify } from './slug';

export interface CollectionSummary {
	id: number;
	slug: string;
	title: string;
	description: string;
	itemCount: number;
	updatedAt: string;
}

export interface CollectionItem {
	innovationId: number;
	title: string;
	slug: string;
	position: number;
}

/** Every collection, most recently changed first. */
export async function listCollections(db: Database): Promise<CollectionSummary[]> {
	const rows = await db
		.select({
			c: collections,
			n: sql<number>`(select count(*)::int from ${collectionItems} ci where ci.collection_id = ${collections.id})`
		})
		.from(collections)
		.orderBy(desc(collections.updatedAt));
	return rows.map(({ c, n }) => ({
		id: c.id,
		slug: c.slug,
		title: c.title,
		description: c.description,
		itemCount: Number(n),
		updatedAt: c.updatedAt.toISOString()
	}));
}

/** Creates a collection with a unique slug from its title. */
export async function createCollection(db: Database, input: { title: string; description: string; createdBy: number }): Promise<number> {
	const base = slugify(input.title, 100);
	for (let n = 1; ; n++) {
		const slug = n === 1 ? base : `${base}-${n}`;
		const [row] = await db
			.insert(collections)
			.values({ slug, title: input.title, description: input.description, createdBy: input.createdBy })
			.onConflictDoNothing({ target: collections.slug })
			.returning({ id: collections.id });
		if (row) return row.id;
	}
}

/** Renames or re-describes a collection. */
export async function updateCollection(db: Database, id: number, input: { title: string; description: string }): Promise<void> {
	await db.update(collections).set({ ...input, updatedAt: new Date() }).where(eq(collections.id, id));
}

/** Deletes a collection (its entries are untouched). */
export async function deleteCollection(db: Database, id: number): Promise<void> {
	await db.delete(collections).where(eq(collections.id, id));
}

/** The entries of a collection in order. */
export async function collectionItemsOf(db: Database, collectionId: number): Promise<CollectionItem[]> {
	return db
		.select({ innovationId: innovations.id, title: innovations.title, slug: innovations.slug, position: collectionItems.position })
		.from(collectionItems)
		.innerJoin(innovations, eq(collectionItems.innovationId, innovations.id))
		.where(eq(collectionItems.collectionId, collectionId))
		.orderBy(asc(collectionItems.position), asc(collectionItems.addedAt));
}

/** Adds a publicly visible entry at the end of a collection; false when not eligible or already there. */
export async function addToCollection(db: Database, collectionId: number, innovationId: number): Promise<boolean> {
	const [entry] = await db
		.select({ id: innovations.id })
		.from(innovations)
		.where(and(eq(innovations.id, innovationId), sql`${innovations.publishedRevisionId} is not null`, sql`${innovations.status} <> 'archived'`));
	const [collection] = await db.select({ id: collections.id }).from(collections).where(eq(collections.id, collectionId));
	if (!entry || !collection) return false;
	const [max] = await db
		.select({ p: sql<number>`coalesce(max(${collectionItems.position}), -1)::int` })
		.from(collectionItems)
		.where(eq(collectionItems.collectionId, collectionId));
	const inserted = await db
		.insert(collectionItems)
		.values({ collectionId, innovationId, position: Number(max?.p ?? -1) + 1 })
		.onConflictDoNothing()
		.returning();
	if (inserted.length) await db.update(collections).set({ updatedAt: new Date() }).where(eq(collections.id, collectionId));
	return inserted.length > 0;
}

/** Removes an entry from a collection. */
export async function removeFromCollection(db: Database, collectionId: number, innovationId: number): Promise<void> {
	await db
		.delete(collectionItems)
		.where(and(eq(collectionItems.collectionId, collectionId), eq(collectionItems.innovationId, innovationId)));
	await db.update(collections).set({ updatedAt: new Date() }).where(eq(collections.id, collectionId));
}

/** Ids of the collections that contain an entry (for the curator's review page). */
export async function collectionsContaining(db: Database, innovationId: number): Promise<number[]> {
	const rows = await db
		.select({ id: collectionItems.collectionId })
		.from(collectionItems)
		.where(eq(collectionItems.innovationId, innovationId));
	return rows.map((r) => r.id);
}
