import { boolean, index, integer, pgTable, text, timestamp, varchar } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { uploads } from './uploads';

/**
 * The innovator profile behind `/profil/<handle>` and the talent pool. A user without a row has the
 * defaults below: a public profile showing the name and published innovations only. Email and NIP
 * live on `users` and have no visibility switch: they are never public.
 */
export const profiles = pgTable(
	'profiles',
	{
		userId: integer('user_id')
			.primaryKey()
			.references(() => users.id, { onDelete: 'cascade' }),
		bio: text('bio').notNull().default(''),
		/** Normalized tags (lower-case, single spaces); capped in `PROFILE_LIMITS`. */
		skills: text('skills').array().notNull().default([]),
		interests: text('interests').array().notNull().default([]),
		photoUploadId: varchar('photo_upload_id', { length: 32 }).references(() => uploads.id, { onDelete: 'set null' }),
		/** The whole profile: off means `/profil/<handle>` answers 404 and the talent pool skips the person. */
		isPublic: boolean('is_public').notNull().default(true),
		showAgency: boolean('show_agency').notNull().default(false),
		showPosition: boolean('show_position').notNull().default(false),
		showProvince: boolean('show_province').notNull().default(false),
		showPhoto: boolean('show_photo').notNull().default(false),
		/** Skills and interests together. */
		showSkills: boolean('show_skills').notNull().default(false),
		showWorkshops: boolean('show_workshops').notNull().default(false),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('profiles_skills_idx').using('gin', t.skills),
		index('profiles_interests_idx').using('gin', t.interests),
		index('profiles_photo_idx').on(t.photoUploadId)
	]
);
