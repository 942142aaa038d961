import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	date,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	serial,
	text,
	timestamp,
	uniqueIndex,
	varchar
} from 'drizzle-orm/pg-core';
import type {
	GovernmentLevel,
	InnovationForm,
	InnovationStatus,
	MemberRole,
	InnovationStage
} from '../../../innovations/fields';
import { users } from './accounts';
import { agencies, provinces, sdgs } from './reference';
import { teams, workshops } from './workshops';
import { uploads } from './uploads';

/**
 * An innovation entry: the working copy the team edits. What the public sees is the latest row of
 * `innovation_revisions` (so a published entry stays visible while an edit is in review).
 */
export const innovations = pgTable(
	'innovations',
	{
		id: serial('id').primaryKey(),
		slug: varchar('slug', { length: 160 }).notNull(),
		title: text('title').notNull().default(''),
		summary: varchar('summary', { length: 500 }).notNull().default(''),
		// Narrative fields are Markdown, rendered to sanitized HTML when read.
		background: text('background').notNull().default(''),
		solution: text('solution').notNull().default(''),
		novelty: text('novelty').notNull().default(''),
		results: text('results').notNull().default(''),
		beneficiaries: text('beneficiaries').notNull().default(''),
		partners: text('partners').notNull().default(''),
		resources: text('resources').notNull().default(''),
		challenges: text('challenges').notNull().default(''),
		successConditions: text('success_conditions').notNull().default(''),
		sustainability: text('sustainability').notNull().default(''),
		replicability: text('replicability').notNull().default(''),
		lessons: text('lessons').notNull().default(''),
		stage: varchar('stage', { length: 20 }).$type<InnovationStage>().notNull().default('gagasan'),
		stillRunning: boolean('still_running').notNull().default(true),
		startedOn: date('started_on', { mode: 'string' }),
		endedOn: date('ended_on', { mode: 'string' }),
		isDigital: boolean('is_digital').notNull().default(false),
		form: varchar('form', { length: 20 }).$type<InnovationForm>().notNull().default('pelayanan_publik'),
		agencyId: integer('agency_id').references(() => agencies.id, { onDelete: 'set null' }),
		governmentLevel: varchar('government_level', { length: 20 }).$type<GovernmentLevel>(),
		provinceCode: varchar('province_code', { length: 2 }).references(() => provinces.code),
		regency: text('regency').notNull().default(''),
		cohort: text('cohort').notNull().default(''),
		videoUrl: text('video_url').notNull().default(''),
		awards: text('awards').notNull().default(''),
		status: varchar('status', { length: 20 }).$type<InnovationStatus>().notNull().default('draft'),
		featured: boolean('featured').notNull().default(false),
		// Counters are denormalized for the gallery; their source rows stay authoritative.
		appreciationCount: integer('appreciation_count').notNull().default(0),
		commentCount: integer('comment_count').notNull().default(0),
		viewCount: integer('view_count').notNull().default(0),
		replicationCount: integer('replication_count').notNull().default(0),
		/** Board the draft was started from (boards are owned by the realtime layer; no FK on purpose). */
		sourceBoardId: text('source_board_id'),
		/** Board shapes chosen for the read-only snapshot; re-read through the board restore gate. */
		boardSnapshot: jsonb('board_snapshot').$type<unknown>(),
		workshopId: integer('workshop_id').references(() => workshops.id, { onDelete: 'set null' }),
		teamId: integer('team_id').references(() => teams.id, { onDelete: 'set null' }),
		createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
		publishedRevisionId: integer('published_revision_id'),
		/** Content as of the last curator decision: the base of the "changes since last review" diff. */
		reviewedContent: jsonb('reviewed_content').$type<unknown>(),
		submittedAt: timestamp('submitted_at', { withTimezone: true }),
		publishedAt: timestamp('published_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('innovations_slug_idx').on(t.slug),
		index('innovations_status_idx').on(t.status),
		index('innovations_province_idx').on(t.provinceCode),
		check('innovations_summary_len', sql`char_length(${t.summary}) <= 500`)
	]
);

/** Team members; each decides whether their name appears on the public page. */
export const innovationMembers = pgTable(
	'innovation_members',
	{
		innovationId: integer('innovation_id')
			.notNull()
			.references(() => innovations.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		role: varchar('role', { length: 10 }).$type<MemberRole>().notNull().default('member'),
		public: boolean('public').notNull().default(true),
		addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.innovationId, t.userId] }), index('innovation_members_user_idx').on(t.userId)]
);

/** Mentors who accompany the team; they read the draft and leave private feedback. */
export const innovationMentors = pgTable(
	'innovation_mentors',
	{
		innovationId: integer('innovation_id')
			.notNull()
			.references(() => innovations.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.innovationId, t.userId] }), index('innovation_mentors_user_idx').on(t.userId)]
);

/** Measured results (OPSI "results and impact"): a baseline and a value with unit, date and source. */
export const innovationIndicators = pgTable(
	'innovation_indicators',
	{
		id: serial('id').primaryKey(),
		innovationId: integer('innovation_id')
			.notNull()
			.references(() => innovations.id, { onDelete: 'cascade' }),
		position: integer('position').notNull().default(0),
		name: text('name').notNull(),
		baseline: text('baseline').notNull().default(''),
		value: text('value').notNull(),
		unit: text('unit').notNull().default(''),
		measuredOn: date('measured_on', { mode: 'string' }),
		source: text('source').notNull().default('')
	},
	(t) => [index('innovation_indicators_innovation_idx').on(t.innovationId)]
);

/** Program themes: data, not an enum, because the program picks new ones every year. */
export const themes = pgTable('themes', {
	id: serial('id').primaryKey(),
	slug: varchar('slug', { length: 60 }).notNull().unique(),
	nameId: text('name_id').notNull(),
	nameEn: text('name_en').notNull(),
	/** Program year that introduced the theme; null for standing themes. */
	year: integer('year'),
	active: boolean('active').notNull().default(true)
});

export const innovationThemes = pgTable(
	'innovation_themes',
	{
		innovationId: integer('innovation_id')
			.notNull()
			.references(() => innovations.id, { onDelete: 'cascade' }),
		themeId: integer('theme_id')
			.notNull()
			.references(() => themes.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.innovationId, t.themeId] }), index('innovation_themes_theme_idx').on(t.themeId)]
);

export const innovationSdgs = pgTable(
	'innovation_sdgs',
	{
		innovationId: integer('innovation_id')
			.notNull()
			.references(() => innovations.id, { onDelete: 'cascade' }),
		sdgNumber: integer('sdg_number')
			.notNull()
			.references(() => sdgs.number)
	},
	(t) => [primaryKey({ columns: [t.innovationId, t.sdgNumber] }), index('innovation_sdgs_sdg_idx').on(t.sdgNumber)]
);

/** Free tags, normalized to a lower-case slug so "Layanan Digital" and "layanan digital" are one tag. */
export const tags = pgTable('tags', {
	id: serial('id').primaryKey(),
	slug: varchar('slug', { length: 60 }).notNull().unique(),
	name: text('name').notNull()
});

export const innovationTags = pgTable(
	'innovation_tags',
	{
		innovationId: integer('innovation_id')
			.notNull()
			.references(() => innovations.id, { onDelete: 'cascade' }),
		tagId: integer('tag_id')
			.notNull()
			.references(() => tags.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.innovationId, t.tagId] }), index('innovation_tags_tag_idx').on(t.tagId)]
);

/** Images on an entry, in order; alt text is required so the page stays accessible. */
export const innovationMedia = pgTable(
	'innovation_media',
	{
		id: serial('id').primaryKey(),
		innovationId: integer('innovation_id')
			.notNull()
			.references(() => innovations.id, { onDelete: 'cascade' }),
		uploadId: varchar('upload_id', { length: 32 })
			.notNull()
			.references(() => uploads.id, { onDelete: 'cascade' }),
		alt: text('alt').notNull(),
		caption: text('caption').notNull().default(''),
		position: integer('position').notNull().default(0)
	},
	(t) => [
		index('innovation_media_innovation_idx').on(t.innovationId),
		check('innovation_media_alt_present', sql`char_length(btrim(${t.alt})) > 0`)
	]
);

/** Published versions: the public page shows the newest one while an edit waits in review. */
export const innovationRevisions = pgTable(
	'innovation_revisions',
	{
		id: serial('id').primaryKey(),
		innovationId: integer('innovation_id')
			.notNull()
			.references(() => innovations.id, { onDelete: 'cascade' }),
		/** The entry's content at publication (see `InnovationContent`). */
		content: jsonb('content').$type<unknown>().notNull(),
		publishedBy: integer('published_by').references(() => users.id, { onDelete: 'set null' }),
		publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('innovation_revisions_innovation_idx').on(t.innovationId)]
);

/** Audit trail of moderation: every transition, note and feature toggle, with who did it. */
export const moderationEvents = pgTable(
	'moderation_events',
	{
		id: serial('id').primaryKey(),
		innovationId: integer('innovation_id')
			.notNull()
			.references(() => innovations.id, { onDelete: 'cascade' }),
		actorId: integer('actor_id').references(() => users.id, { onDelete: 'set null' }),
		/** submit, withdraw, edit, publish, request_revision, reject, archive, restore, note, feature, unfeature */
		action: varchar('action', { length: 30 }).notNull(),
		fromStatus: varchar('from_status', { length: 20 }).$type<InnovationStatus>(),
		toStatus: varchar('to_status', { length: 20 }).$type<InnovationStatus>(),
		note: text('note').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('moderation_events_innovation_idx').on(t.innovationId, t.createdAt)]
);

/** Curated collections of published entries (e.g. "Inovasi layanan kesehatan di daerah 3T"). */
export const collections = pgTable('collections', {
	id: serial('id').primaryKey(),
	slug: varchar('slug', { length: 120 }).notNull().unique(),
	title: text('title').notNull(),
	description: text('description').notNull().default(''),
	createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

export const collectionItems = pgTable(
	'collection_items',
	{
		collectionId: integer('collection_id')
			.notNull()
			.references(() => collections.id, { onDelete: 'cascade' }),
		innovationId: integer('innovation_id')
			.notNull()
			.references(() => innovations.id, { onDelete: 'cascade' }),
		position: integer('position').notNull().default(0),
		addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.collectionId, t.innovationId] }), index('collection_items_innovation_idx').on(t.innovationId)]
);
