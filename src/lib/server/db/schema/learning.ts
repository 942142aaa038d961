import { sql } from 'drizzle-orm';
import {
	bigserial,
	boolean,
	index,
	integer,
	pgTable,
	primaryKey,
	serial,
	text,
	timestamp,
	uniqueIndex,
	varchar
} from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { boards } from './boards';
import { workshops } from './workshops';

/**
 * A workshop's training-hour settings, kept beside the workshop rather than in it so the learning
 * record can evolve without touching the workshops table. No row: 0 JP, the default rule.
 */
export const workshopLearning = pgTable('workshop_learning', {
	workshopId: integer('workshop_id')
		.primaryKey()
		.references(() => workshops.id, { onDelete: 'cascade' }),
	/** Jam pelajaran the workshop is worth (LAN Regulation 5/2018 counts training in JP). */
	jp: integer('jp').notNull().default(0),
	/** Share of sessions (percent) a participant must attend to earn the JP. */
	minAttendancePercent: integer('min_attendance_percent').notNull().default(75),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

/** One meeting of a workshop; attendance is recorded per session. */
export const workshopSessions = pgTable(
	'workshop_sessions',
	{
		id: serial('id').primaryKey(),
		workshopId: integer('workshop_id')
			.notNull()
			.references(() => workshops.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
		endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('workshop_sessions_workshop_idx').on(t.workshopId, t.startsAt)]
);

/** board_presence: prefilled from who was on the team boards; manual: a facilitator's correction. */
export const ATTENDANCE_SOURCES = ['board_presence', 'manual'] as const;
export type AttendanceSource = (typeof ATTENDANCE_SOURCES)[number];

/** A confirmed attendance mark; absent rows are kept too, so a correction to "absent" is recorded. */
export const sessionAttendance = pgTable(
	'session_attendance',
	{
		sessionId: integer('session_id')
			.notNull()
			.references(() => workshopSessions.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		present: boolean('present').notNull(),
		source: varchar('source', { length: 20 }).$type<AttendanceSource>().notNull(),
		/** Why a facilitator corrected the mark by hand (empty for confirmed presence). */
		reason: text('reason').notNull().default(''),
		recordedBy: integer('recorded_by').references(() => users.id, { onDelete: 'set null' }),
		recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.sessionId, t.userId] }), index('session_attendance_user_idx').on(t.userId)]
);

/** Who had a board open when: written by the realtime server on join and leave. */
export const boardPresence = pgTable(
	'board_presence',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		boardId: text('board_id')
			.notNull()
			.references(() => boards.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
		/** Null while connected (or when the process died before the leave was written). */
		leftAt: timestamp('left_at', { withTimezone: true })
	},
	(t) => [index('board_presence_board_idx').on(t.boardId, t.joinedAt), index('board_presence_user_idx').on(t.userId)]
);

/**
 * A training certificate. Name and titles are copied at issue time: the certificate states what
 * was certified then, even if the account or the workshop is renamed later.
 */
export const certificates = pgTable(
	'certificates',
	{
		id: serial('id').primaryKey(),
		/** Public, unguessable number (RP-<year>-<10 base32 chars>); the verification URL carries it. */
		number: varchar('number', { length: 32 }).notNull(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		workshopId: integer('workshop_id')
			.notNull()
			.references(() => workshops.id, { onDelete: 'cascade' }),
		recipientName: text('recipient_name').notNull(),
		workshopTitle: text('workshop_title').notNull(),
		jp: integer('jp').notNull(),
		issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
		issuedBy: integer('issued_by').references(() => users.id, { onDelete: 'set null' }),
		revokedAt: timestamp('revoked_at', { withTimezone: true }),
		revokedReason: text('revoked_reason'),
		revokedBy: integer('revoked_by').references(() => users.id, { onDelete: 'set null' })
	},
	(t) => [
		uniqueIndex('certificates_number_idx').on(t.number),
		// One live certificate per person and workshop; a revoked one may be followed by a new one.
		uniqueIndex('certificates_live_idx')
			.on(t.userId, t.workshopId)
			.where(sql`${t.revokedAt} is null`),
		index('certificates_workshop_idx').on(t.workshopId)
	]
);

/** An ordered path through the method library, composed by curators. */
export const learningPaths = pgTable(
	'learning_paths',
	{
		id: serial('id').primaryKey(),
		slug: varchar('slug', { length: 80 }).notNull(),
		title: text('title').notNull(),
		description: text('description').notNull().default(''),
		createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('learning_paths_slug_idx').on(t.slug)]
);

/** One step of a path: a method id from the library (src/lib/methods), in order. */
export const learningPathSteps = pgTable(
	'learning_path_steps',
	{
		pathId: integer('path_id')
			.notNull()
			.references(() => learningPaths.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		methodId: varchar('method_id', { length: 60 }).notNull()
	},
	(t) => [primaryKey({ columns: [t.pathId, t.position] })]
);
