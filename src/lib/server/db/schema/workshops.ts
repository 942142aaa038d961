import { index, integer, pgTable, primaryKey, serial, text, timestamp, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { agencies } from './reference';
import { users } from './accounts';
import type { Stage } from '../../../stages';

/**
 * open: participants may join with the code; closed: joining stopped, teams keep working;
 * archived: finished, kept for the learning record and hidden from active lists.
 */
export const WORKSHOP_STATUSES = ['open', 'closed', 'archived'] as const;
export type WorkshopStatus = (typeof WORKSHOP_STATUSES)[number];

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
	status: varchar('status', { length: 20 }).$type<WorkshopStatus>().notNull().default('open'),
	/** The stage the facilitator has moved the whole class to; teams may be ahead of it. */
	stage: varchar('stage', { length: 20 }).$type<Stage>().notNull().default('empati'),
	stageChangedAt: timestamp('stage_changed_at', { withTimezone: true }).notNull().defaultNow(),
	createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
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
		/** The team's current design-thinking stage, mirrored into its boards' meta. */
		stage: varchar('stage', { length: 20 }).$type<Stage>().notNull().default('empati'),
		stageChangedAt: timestamp('stage_changed_at', { withTimezone: true }).notNull().defaultNow(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('teams_workshop_idx').on(t.workshopId), uniqueIndex('teams_workshop_name_idx').on(t.workshopId, t.name)]
);

/** participant: works on the team's boards (one team per workshop); mentor: coaches it (any number of teams). */
export const TEAM_ROLES = ['participant', 'mentor'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const teamMembers = pgTable(
	'team_members',
	{
		teamId: integer('team_id')
			.notNull()
			.references(() => teams.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		role: varchar('role', { length: 20 }).$type<TeamRole>().notNull().default('participant')
	},
	(t) => [primaryKey({ columns: [t.teamId, t.userId] }), index('team_members_user_idx').on(t.userId)]
);
