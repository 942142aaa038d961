import { boolean, index, integer, jsonb, pgTable, serial, text, timestamp, varchar } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { boards } from './boards';

/** Longest comment body, in characters. */
export const MAX_COMMENT_BODY = 2000;

/**
 * Feedback pinned to a shape or frame of a board (mentors, facilitators and the team). The shape
 * lives in the board's Y.Doc, so `shape_id` is a plain id: a comment on a deleted shape stays
 * readable in the panel's list. Never public: only people who may comment on the board read them.
 */
export const boardComments = pgTable(
	'board_comments',
	{
		id: serial('id').primaryKey(),
		boardId: text('board_id')
			.notNull()
			.references(() => boards.id, { onDelete: 'cascade' }),
		shapeId: varchar('shape_id', { length: 64 }).notNull(),
		authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
		body: text('body').notNull(),
		/** User ids mentioned with @, checked against the board's commenters when written. */
		mentions: jsonb('mentions').$type<number[]>().notNull().default([]),
		resolved: boolean('resolved').notNull().default(false),
		resolvedBy: integer('resolved_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('board_comments_board_idx').on(t.boardId, t.shapeId, t.createdAt)]
);
