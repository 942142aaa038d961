import {
	date,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	serial,
	text,
	timestamp,
	varchar
} from 'drizzle-orm/pg-core';
import type { CommentKind, CommentStatus, ReplicationStatus } from '../../../innovations/fields';
import { users } from './accounts';
import { provinces } from './reference';
import { innovations } from './innovations';

/** One appreciation per signed-in user per entry (the primary key enforces it). */
export const appreciations = pgTable(
	'appreciations',
	{
		innovationId: integer('innovation_id')
			.notNull()
			.references(() => innovations.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.innovationId, t.userId] }), index('appreciations_user_idx').on(t.userId)]
);

/** Public comments on published entries and mentor feedback on drafts (private to the team). */
export const comments = pgTable(
	'comments',
	{
		id: serial('id').primaryKey(),
		innovationId: integer('innovation_id')
			.notNull()
			.references(() => innovations.id, { onDelete: 'cascade' }),
		authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
		kind: varchar('kind', { length: 20 }).$type<CommentKind>().notNull(),
		/** Plain text; escaped on output, never rendered as HTML. */
		body: text('body').notNull(),
		status: varchar('status', { length: 10 }).$type<CommentStatus>().notNull().default('visible'),
		flagCount: integer('flag_count').notNull().default(0),
		moderatedBy: integer('moderated_by').references(() => users.id, { onDelete: 'set null' }),
		moderatedAt: timestamp('moderated_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('comments_innovation_idx').on(t.innovationId, t.kind, t.createdAt),
		index('comments_flagged_idx').on(t.flagCount)
	]
);

/** A reader's report of a comment; one per user per comment. */
export const commentFlags = pgTable(
	'comment_flags',
	{
		commentId: integer('comment_id')
			.notNull()
			.references(() => comments.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		reason: text('reason').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.commentId, t.userId] })]
);

/** One step of a replication request's status history. */
export interface ReplicationHistoryEntry {
	status: ReplicationStatus;
	at: string;
	byUserId: number | null;
	note: string;
}

/** "Saya ingin mereplikasi": another agency asks the team how to adopt the innovation. */
export const replicationRequests = pgTable(
	'replication_requests',
	{
		id: serial('id').primaryKey(),
		innovationId: integer('innovation_id')
			.notNull()
			.references(() => innovations.id, { onDelete: 'cascade' }),
		requesterId: integer('requester_id').references(() => users.id, { onDelete: 'set null' }),
		agencyName: text('agency_name').notNull(),
		provinceCode: varchar('province_code', { length: 2 }).references(() => provinces.code),
		message: text('message').notNull(),
		status: varchar('status', { length: 20 }).$type<ReplicationStatus>().notNull().default('new'),
		history: jsonb('history').$type<ReplicationHistoryEntry[]>().notNull().default([]),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('replication_requests_innovation_idx').on(t.innovationId),
		index('replication_requests_requester_idx').on(t.requesterId)
	]
);

/** In-app notifications; `kind` + `data` are rendered in the reader's language when shown. */
export const notifications = pgTable(
	'notifications',
	{
		id: serial('id').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		kind: varchar('kind', { length: 40 }).notNull(),
		data: jsonb('data').$type<Record<string, string | number>>().notNull().default({}),
		/** App-relative path the notification opens. */
		link: text('link').notNull().default(''),
		readAt: timestamp('read_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('notifications_user_idx').on(t.userId, t.readAt, t.createdAt)]
);

/**
 * One row per visitor per entry per day; the view counter only moves when a row is new, so reloads
 * do not inflate it. The visitor key is a hash that includes the day, so it cannot follow anyone.
 */
export const innovationViews = pgTable(
	'innovation_views',
	{
		innovationId: integer('innovation_id')
			.notNull()
			.references(() => innovations.id, { onDelete: 'cascade' }),
		day: date('day', { mode: 'string' }).notNull(),
		visitorKey: varchar('visitor_key', { length: 64 }).notNull()
	},
	(t) => [primaryKey({ columns: [t.innovationId, t.day, t.visitorKey] }), index('innovation_views_day_idx').on(t.day)]
);
