import { index, integer, jsonb, pgTable, text, timestamp, varchar } from 'drizzle-orm/pg-core';
import { users } from './accounts';

/** One stored rendition of an upload (a width × format produced by the image pipeline). */
export interface UploadVariant {
	/** Storage key of the encoded file. */
	key: string;
	format: 'webp' | 'avif';
	width: number;
	height: number;
	bytes: number;
}

/**
 * Images people uploaded. The original is never kept: the pipeline re-encodes it (metadata stripped,
 * dimensions bounded) into the variants listed here, so nothing the uploader sent is served back.
 */
export const uploads = pgTable(
	'uploads',
	{
		/** Random, unguessable id; also the public path segment under /media/. */
		id: varchar('id', { length: 32 }).primaryKey(),
		ownerId: integer('owner_id').references(() => users.id, { onDelete: 'set null' }),
		/** Storage prefix shared by every variant. */
		storageKey: text('storage_key').notNull(),
		/** Type sniffed from the uploaded bytes (not the browser's claim). */
		sourceMime: varchar('source_mime', { length: 40 }).notNull(),
		sourceBytes: integer('source_bytes').notNull(),
		/** Size of the largest variant after orientation and bounding. */
		width: integer('width').notNull(),
		height: integer('height').notNull(),
		variants: jsonb('variants').$type<UploadVariant[]>().notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('uploads_owner_idx').on(t.ownerId)]
);
