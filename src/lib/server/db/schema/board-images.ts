import { index, pgTable, primaryKey, text, timestamp, varchar } from 'drizzle-orm/pg-core';
import { boards } from './boards';
import { uploads } from './uploads';

/**
 * Which uploads belong to which board. An image on a board is served to that board's members only
 * through this link, so being on one board never reveals uploads made elsewhere (an innovation
 * draft's photos, another board's pictures).
 */
export const boardImages = pgTable(
	'board_images',
	{
		boardId: text('board_id')
			.notNull()
			.references(() => boards.id, { onDelete: 'cascade' }),
		uploadId: varchar('upload_id', { length: 32 })
			.notNull()
			.references(() => uploads.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.boardId, t.uploadId] }), index('board_images_upload_idx').on(t.uploadId)]
);
