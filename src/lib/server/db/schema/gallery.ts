import { sql } from 'drizzle-orm';
import { boolean, customType, index, integer, jsonb, pgTable, smallint, text, timestamp, varchar } from 'drizzle-orm/pg-core';
import { innovations } from './innovations';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * The public gallery's read model: one row per publicly visible innovation, copied from its
 * published revision (never the working copy) by database triggers on `innovations`, so search,
 * facets and feeds cannot see an edit that is still in review. Written only by those triggers.
 */
export const galleryEntries = pgTable(
	'gallery_entries',
	{
		innovationId: integer('innovation_id')
			.primaryKey()
			.references(() => innovations.id, { onDelete: 'cascade' }),
		slug: varchar('slug', { length: 160 }).notNull(),
		title: text('title').notNull(),
		summary: text('summary').notNull(),
		agencyName: text('agency_name'),
		agencyKind: varchar('agency_kind', { length: 40 }),
		provinceCode: varchar('province_code', { length: 2 }),
		provinceName: text('province_name'),
		regency: text('regency').notNull().default(''),
		stage: varchar('stage', { length: 20 }).notNull(),
		form: varchar('form', { length: 20 }).notNull(),
		governmentLevel: varchar('government_level', { length: 20 }),
		isDigital: boolean('is_digital').notNull(),
		/** Year the innovation started, else the year it was first published. */
		year: smallint('year').notNull(),
		themes: text('themes').array().notNull(),
		sdgs: integer('sdgs').array().notNull(),
		/** First media item of the published content (the card's picture), or null. */
		cover: jsonb('cover').$type<unknown>(),
		featured: boolean('featured').notNull(),
		appreciationCount: integer('appreciation_count').notNull(),
		firstPublishedAt: timestamp('first_published_at', { withTimezone: true }).notNull(),
		revisedAt: timestamp('revised_at', { withTimezone: true }).notNull(),
		/** Weighted Indonesian text: title A, summary B, narrative, agency, place and tags C. */
		search: tsvector('search').notNull()
	},
	// The GIN indexes skip the pending list (fastupdate off): the table changes only when something is
	// published, and every search would otherwise scan the not-yet-merged entries one by one.
	(t) => [
		index('gallery_entries_search_idx').using('gin', t.search).with({ fastupdate: false }),
		index('gallery_entries_published_idx').on(t.firstPublishedAt),
		index('gallery_entries_province_idx').on(t.provinceCode)
	]
);

/**
 * The words of the gallery's titles and summaries with how many entries use each: the vocabulary a
 * misspelt search word is corrected against ("pelayann" -> "pelayanan"). Kept by a trigger on
 * `gallery_entries`, so a word leaves when its last entry does and a withdrawn entry cannot be
 * suggested.
 */
export const galleryWords = pgTable(
	'gallery_words',
	{
		word: text('word').primaryKey(),
		entries: integer('entries').notNull()
	},
	(t) => [index('gallery_words_trgm_idx').using('gin', sql`${t.word} gin_trgm_ops`)]
);
