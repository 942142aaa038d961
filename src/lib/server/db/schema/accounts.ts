import {
	boolean,
	index,
	integer,
	pgTable,
	serial,
	text,
	timestamp,
	uniqueIndex,
	varchar
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { agencies, provinces } from './reference';

export const ROLES = ['participant', 'facilitator', 'mentor', 'curator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const users = pgTable(
	'users',
	{
		id: serial('id').primaryKey(),
		/** Stored lower-cased; uniqueness is on the normalized form. */
		email: text('email').notNull(),
		name: text('name').notNull(),
		/** Public handle for /profil/<handle>. */
		handle: varchar('handle', { length: 40 }).notNull(),
		passwordHash: text('password_hash').notNull(),
		role: varchar('role', { length: 20 }).$type<Role>().notNull().default('participant'),
		agencyId: integer('agency_id').references(() => agencies.id),
		position: text('position').notNull().default(''),
		provinceCode: varchar('province_code', { length: 2 }).references(() => provinces.code),
		/** Optional 18-digit NIP (Nomor Induk Pegawai). */
		nip: varchar('nip', { length: 18 }),
		locale: varchar('locale', { length: 5 }).notNull().default('id'),
		disabled: boolean('disabled').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('users_email_idx').on(sql`lower(${t.email})`),
		uniqueIndex('users_handle_idx').on(t.handle)
	]
);

/** Sessions keyed by sha256(token) so a leaked table cannot be replayed (Lucia guide). */
export const sessions = pgTable(
	'sessions',
	{
		id: text('id').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		userAgent: text('user_agent').notNull().default('')
	},
	(t) => [index('sessions_user_idx').on(t.userId)]
);

/** One-time password-reset links; only the sha256 of the token is stored. */
export const passwordResets = pgTable(
	'password_resets',
	{
		id: text('id').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		usedAt: timestamp('used_at', { withTimezone: true })
	},
	(t) => [index('password_resets_user_idx').on(t.userId)]
);

/** Fixed-window counters shared by every instance (login and reset throttling). */
export const rateLimits = pgTable('rate_limits', {
	key: text('key').primaryKey(),
	count: integer('count').notNull(),
	windowStart: timestamp('window_start', { withTimezone: true }).notNull()
});

/** Every email the mailer sent; without SMTP this is the dev outbox admins read in the app. */
export const outbox = pgTable(
	'outbox',
	{
		id: serial('id').primaryKey(),
		to: text('to').notNull(),
		subject: text('subject').notNull(),
		text: text('text').notNull(),
		html: text('html'),
		transport: varchar('transport', { length: 10 }).notNull(),
		error: text('error'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('outbox_to_idx').on(t.to)]
);

/** Audit trail of administrative changes (roles, disabling accounts, …). */
export const auditLog = pgTable(
	'audit_log',
	{
		id: serial('id').primaryKey(),
		actorId: integer('actor_id').references(() => users.id, { onDelete: 'set null' }),
		action: varchar('action', { length: 60 }).notNull(),
		subject: text('subject').notNull(),
		detail: text('detail').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('audit_log_subject_idx').on(t.subject)]
);
