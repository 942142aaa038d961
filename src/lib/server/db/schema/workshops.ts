import { index, integer, pgTable, primaryKey, serial, text, timestamp, varchar } from 'drizzle-orm/pg-core';
import { agencies } from './reference';
import { users } from './accounts';

/** A collaborative class (kelas kolaboratif) run by facilitators. */
export const workshops = pgTable('workshops', {
	id: serial('id').primaryKey(),
	title: text('title').notNull(),
	description: text('description').notNull().default(''),
	/** Short code participants type to join. */
	joinCode: varchar('join_code', { length: 12 }).notNull().unique(),
	partnerAgencyId: integer('partner_agency_id').references(() => agencies.id),
	startsOn: timestamp('starts_on', { withTimezone: true }),
	endsOn: timestamp('ends_on', { withTimezone: true }),
	capacity: integer('capacity').notNull().default(40),
	createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

export const WORKSHOP_ROLES = ['facilitator', 'mentor', 'participant'] as const;
export type WorkshopRole = (typeof WORKSHOP_ROLES)[number];

export const workshopMembers = pgTable(
	'workshop_members',
	{
		workshopId: integer('workshop_id')
			.notNull()
			.references(() => workshops.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		role: varchar('role', { length: 20 }).$type<WorkshopRole>().notNull(),
		joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.workshopId, t.userId] }), index('workshop_members_user_idx').on(t.userId)]
);

export const teams = pgTable(
	'teams',
	{
		id: serial('id').primaryKey(),
		workshopId: integer('workshop_id')
			.notNull()
			.references(() => workshops.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('teams_workshop_idx').on(t.workshopId)]
);

export const teamMembers = pgTable(
	'team_members',
	{
		teamId: integer('team_id')
			.notNull()
			.references(() => teams.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.teamId, t.userId] }), index('team_members_user_idx').on(t.userId)]
);
