import { index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { boards } from './boards';

/**
 * Dot-voting ballots, one per voter and session. They stay here, out of the board's document, so
 * nobody learns who voted for what (or how the vote stands) before the facilitator reveals it;
 * the reveal writes only the tallies into the board.
 */
export const boardBallots = pgTable(
	'board_ballots',
	{
		boardId: text('board_id')
			.notNull()
			.references(() => boards.id, { onDelete: 'cascade' }),
		/** The voting session id from the board's facilitation state. */
		session: text('session').notNull(),
		voterId: integer('voter_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		/** Shape id → votes, valid under the session's rules when written. */
		votes: jsonb('votes').$type<Record<string, number>>().notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.boardId, t.session, t.voterId] })]
);

/**
 * Notes written in private (silent) mode: shape records held on the server, seen only by their
 * author, until the facilitator reveals them into the board's document.
 */
export const boardPrivateNotes = pgTable(
	'board_private_notes',
	{
		boardId: text('board_id')
			.notNull()
			.references(() => boards.id, { onDelete: 'cascade' }),
		/** The shape id the note keeps when revealed. */
		id: text('id').notNull(),
		authorId: integer('author_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		/** The shape record, as it passed the model's restore gate. */
		record: jsonb('record').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.boardId, t.id] }), index('board_private_notes_author_idx').on(t.boardId, t.authorId)]
);
