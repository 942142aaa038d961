import { integer, pgTable, serial, text, timestamp, varchar } from 'drizzle-orm/pg-core';

/** The 38 provinces with their two-digit Kemendagri region codes. */
export const provinces = pgTable('provinces', {
	code: varchar('code', { length: 2 }).primaryKey(),
	name: text('name').notNull()
});

/** Kinds of agency (kementerian, lembaga, pemerintah provinsi, …): data, not an enum, so admins can add. */
export const agencyKinds = pgTable('agency_kinds', {
	slug: varchar('slug', { length: 40 }).primaryKey(),
	nameId: text('name_id').notNull(),
	nameEn: text('name_en').notNull(),
	/** Level of government the kind belongs to: pusat, provinsi, kabupaten/kota. */
	level: varchar('level', { length: 20 }).notNull()
});

/** Government agencies (instansi) that people work in and innovations belong to. */
export const agencies = pgTable('agencies', {
	id: serial('id').primaryKey(),
	name: text('name').notNull().unique(),
	kind: varchar('kind', { length: 40 })
		.notNull()
		.references(() => agencyKinds.slug),
	provinceCode: varchar('province_code', { length: 2 }).references(() => provinces.code),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

/** The 17 Sustainable Development Goals (TPB/SDGs), named in Indonesian and English. */
export const sdgs = pgTable('sdgs', {
	number: integer('number').primaryKey(),
	nameId: text('name_id').notNull(),
	nameEn: text('name_en').notNull()
});
