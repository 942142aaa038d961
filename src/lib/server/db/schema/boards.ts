import { sql, type SQL } from 'drizzle-orm';
import {
	bigint,
	bigserial,
	customType,
	index,
	integer,
	pgTable,
	primaryKey,
	text,
	timestamp,
	varchar
} from 'drizzle-orm/pg-core';
import type { Stage } from '../../../stages';
import { users } from './accounts';
import { teams, workshops } from './workshops';

/**
 * `bytea` for Yjs updates and snapshots. postgres-js returns a Buffer and PGlite a Uint8Array;
 * both are Uint8Arrays, normalized here so callers never see the driver's type.
 */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
	dataType: () => 'bytea',
	toDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength)),
	fromDriver: (value) => toBytes(value)
});

/**
 * Reading large `bytea` values (board snapshots) as base64 text: PGlite decodes `bytea` in
 * JavaScript, about 110 ms per megabyte here, while Node's base64 decoder takes a few milliseconds
 * (postgres-js is no slower either way). Select with `base64Of(column)`, decode with `fromBase64`.
 */
export function base64Of(column: SQL | SQL.Aliased | { getSQL(): SQL }): SQL<string> {
	return sql<string>`encode(${column}, 'base64')`;
}

/** Bytes of `base64Of` text (Node's decoder skips the line breaks PostgreSQL puts every 76 characters). */
export function fromBase64(text: string): Uint8Array {
	return Buffer.from(text, 'base64');
}

/** Normalizes what a driver returns for `bytea` (Buffer, Uint8Array, or `\x…` hex text) to a Uint8Array. */
export function toBytes(value: unknown): Uint8Array {
	if (value instanceof Uint8Array) return value;
	if (typeof value === 'string' && value.startsWith('\\x')) return Buffer.from(value.slice(2), 'hex');
	throw new TypeError('bytea value is neither bytes nor hex text');
}

/**
 * private: only the access rules (owner, grants, team, workshop); link: in addition, a signed-in
 * user holding the view-only link token may view.
 */
export const BOARD_VISIBILITIES = ['private', 'link'] as const;
export type BoardVisibility = (typeof BOARD_VISIBILITIES)[number];

export const BOARD_ROLES = ['edit', 'comment', 'view'] as const;
export type BoardRole = (typeof BOARD_ROLES)[number];

/** A collaborative board; its content is a Yjs document kept in board_updates + board_snapshots. */
export const boards = pgTable(
	'boards',
	{
		/** Unguessable text id: it appears in `/papan/<id>` and `/realtime/<id>`. */
		id: text('id').primaryKey(),
		title: text('title').notNull(),
		ownerId: integer('owner_id').references(() => users.id, { onDelete: 'set null' }),
		teamId: integer('team_id').references(() => teams.id, { onDelete: 'set null' }),
		workshopId: integer('workshop_id').references(() => workshops.id, { onDelete: 'set null' }),
		visibility: varchar('visibility', { length: 12 }).$type<BoardVisibility>().notNull().default('private'),
		/** Token of the view-only link; null when no link was made. */
		linkToken: text('link_token'),
		stage: varchar('stage', { length: 20 }).$type<Stage>().notNull().default('empati'),
		/** Template the board was started from (empty: blank board). */
		template: text('template').notNull().default(''),
		/**
		 * Last sequence number handed to this board's update log. Allocated under this row's lock, so
		 * per-board sequence numbers are contiguous and commit in order: a gap seen by another instance
		 * really is a lost message, which it repairs from the log.
		 */
		lastSeq: bigint('last_seq', { mode: 'number' }).notNull().default(0),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('boards_owner_idx').on(t.ownerId),
		index('boards_team_idx').on(t.teamId),
		index('boards_workshop_idx').on(t.workshopId)
	]
);

/** Explicit grants on a board (beyond owner, team and workshop rules). */
export const boardAccess = pgTable(
	'board_access',
	{
		boardId: text('board_id')
			.notNull()
			.references(() => boards.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		role: varchar('role', { length: 10 }).$type<BoardRole>().notNull(),
		grantedBy: integer('granted_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.boardId, t.userId] }), index('board_access_user_idx').on(t.userId)]
);

/** Append-only log of Yjs updates not yet merged into a snapshot; `seq` counts per board (boards.last_seq). */
export const boardUpdates = pgTable(
	'board_updates',
	{
		boardId: text('board_id')
			.notNull()
			.references(() => boards.id, { onDelete: 'cascade' }),
		seq: bigint('seq', { mode: 'number' }).notNull(),
		update: bytea('update').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.boardId, t.seq] })]
);

/**
 * Merged board states. The newest (highest `upto_seq`) is the base the log applies on; older ones
 * are the version history: labelled ones are kept, unlabelled ones pruned to the newest few.
 */
export const boardSnapshots = pgTable(
	'board_snapshots',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		boardId: text('board_id')
			.notNull()
			.references(() => boards.id, { onDelete: 'cascade' }),
		state: bytea('state').notNull(),
		label: text('label'),
		createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		/** Every log row of this board with seq ≤ upto_seq is merged into `state`. */
		uptoSeq: bigint('upto_seq', { mode: 'number' }).notNull(),
		/** Version of the restore gate `state` passed when it was written (null: not gated). */
		gateVersion: integer('gate_version')
	},
	(t) => [
		index('board_snapshots_board_idx').on(t.boardId, t.uptoSeq),
		index('board_snapshots_labelled_idx')
			.on(t.boardId, t.createdAt)
			.where(sql`${t.label} is not null`)
	]
);
