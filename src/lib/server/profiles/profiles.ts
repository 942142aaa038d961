/**
 * Innovator profiles: the owner's settings, and what `/profil/<handle>` may show. Every public read
 * goes through `toPublicProfile`, which copies a field only when its owner switched it on; email
 * and NIP are not even part of the public shape.
 */
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { agencies, galleryEntries, innovationMembers, profiles, provinces, uploads, users, workshopMembers, workshops, type UploadVariant } from '../db/schema';
import type { Storage } from '../storage';
import { storeUpload, type UploadResult } from '../innovations/media';
import { mediaUrl } from '../innovations/public';
import { DEFAULT_VISIBILITY, type ProfilePhoto, type ProfileVisibility, type PublicProfile } from '../../profiles/fields';
import type { ProfileDetailsInput } from './validation';

/** Everything stored about a person that a profile could draw on, private fields included. */
export interface ProfileRecord {
	userId: number;
	handle: string;
	name: string;
	email: string;
	nip: string | null;
	disabled: boolean;
	agency: string | null;
	position: string;
	province: { code: string; name: string } | null;
	bio: string;
	skills: string[];
	interests: string[];
	photo: { uploadId: string; variants: UploadVariant[] } | null;
	visibility: ProfileVisibility;
}

/** The lists of work on a profile page, already filtered to what is public. */
export interface ProfileWork {
	innovations: PublicProfile['innovations'];
	workshops: NonNullable<PublicProfile['workshops']>;
}

/** Columns of a profile record; shared by the single read and the talent pool. */
export const recordColumns = {
	userId: users.id,
	handle: users.handle,
	name: users.name,
	email: users.email,
	nip: users.nip,
	disabled: users.disabled,
	agency: agencies.name,
	position: users.position,
	provinceCode: provinces.code,
	provinceName: provinces.name,
	profile: profiles,
	photoVariants: uploads.variants
};

type RecordRow = {
	userId: number;
	handle: string;
	name: string;
	email: string;
	nip: string | null;
	disabled: boolean;
	agency: string | null;
	position: string;
	provinceCode: string | null;
	provinceName: string | null;
	profile: typeof profiles.$inferSelect | null;
	photoVariants: UploadVariant[] | null;
};

/** Users joined with their profile (if any), agency, province and photo. */
export function recordQuery(db: Database) {
	return db
		.select(recordColumns)
		.from(users)
		.leftJoin(profiles, eq(profiles.userId, users.id))
		.leftJoin(agencies, eq(agencies.id, users.agencyId))
		.leftJoin(provinces, eq(provinces.code, users.provinceCode))
		.leftJoin(uploads, eq(uploads.id, profiles.photoUploadId));
}

/** A joined row → record; a user without a profile row gets the defaults. */
export function toRecord(row: RecordRow): ProfileRecord {
	const p = row.profile;
	return {
		userId: row.userId,
		handle: row.handle,
		name: row.name,
		email: row.email,
		nip: row.nip,
		disabled: row.disabled,
		agency: row.agency,
		position: row.position,
		province: row.provinceCode && row.provinceName ? { code: row.provinceCode, name: row.provinceName } : null,
		bio: p?.bio ?? '',
		skills: p?.skills ?? [],
		interests: p?.interests ?? [],
		photo: p?.photoUploadId && row.photoVariants ? { uploadId: p.photoUploadId, variants: row.photoVariants } : null,
		visibility: p
			? {
					isPublic: p.isPublic,
					showAgency: p.showAgency,
					showPosition: p.showPosition,
					showProvince: p.showProvince,
					showPhoto: p.showPhoto,
					showSkills: p.showSkills,
					showWorkshops: p.showWorkshops
				}
			: { ...DEFAULT_VISIBILITY }
	};
}

/** A portrait's `<img>` sources (WebP, smallest first); the alt text is the person's name. */
export function toProfilePhoto(uploadId: string, variants: UploadVariant[], name: string): ProfilePhoto | null {
	const webp = variants.filter((v) => v.format === 'webp').sort((a, b) => a.width - b.width);
	if (!webp.length) return null;
	return {
		src: mediaUrl(uploadId, webp[0]!.width, 'webp'),
		srcset: webp.map((v) => `${mediaUrl(uploadId, v.width, 'webp')} ${v.width}w`).join(', '),
		alt: name
	};
}

/** Whether anyone may see this person's profile. */
export function isProfileVisible(record: Pick<ProfileRecord, 'disabled' | 'visibility'>): boolean {
	return !record.disabled && record.visibility.isPublic;
}

/** The public shape of a profile: each field only if its owner made it public; never email or NIP. */
export function toPublicProfile(record: ProfileRecord, work: ProfileWork): PublicProfile {
	const v = record.visibility;
	return {
		handle: record.handle,
		name: record.name,
		bio: record.bio,
		agency: v.showAgency ? record.agency : null,
		position: v.showPosition && record.position ? record.position : null,
		province: v.showProvince ? record.province : null,
		photo: v.showPhoto && record.photo ? toProfilePhoto(record.photo.uploadId, record.photo.variants, record.name) : null,
		skills: v.showSkills ? [...record.skills] : [],
		interests: v.showSkills ? [...record.interests] : [],
		innovations: work.innovations.map(({ slug, title, summary, role }) => ({ slug, title, summary, role })),
		workshops: v.showWorkshops ? work.workshops.map(({ title, role, startsOn }) => ({ title, role, startsOn })) : null
	};
}

/** The stored record behind a handle (private fields included: callers must map it). */
export async function loadProfileRecord(db: Database, where: { handle: string } | { userId: number }): Promise<ProfileRecord | null> {
	const condition = 'handle' in where ? eq(users.handle, where.handle) : eq(users.id, where.userId);
	const [row] = await recordQuery(db).where(condition);
	return row ? toRecord(row) : null;
}

/** Published innovations on which the person is a visible team member, newest first. */
export async function publicInnovationsOf(db: Database, userId: number): Promise<ProfileWork['innovations']> {
	return db
		.select({ slug: galleryEntries.slug, title: galleryEntries.title, summary: galleryEntries.summary, role: innovationMembers.role })
		.from(innovationMembers)
		.innerJoin(galleryEntries, eq(galleryEntries.innovationId, innovationMembers.innovationId))
		.where(and(eq(innovationMembers.userId, userId), eq(innovationMembers.public, true)))
		.orderBy(desc(galleryEntries.firstPublishedAt));
}

/** Workshops the person took part in (any role), newest first. */
async function workshopsOf(db: Database, userId: number): Promise<ProfileWork['workshops']> {
	const rows = await db
		.select({ title: workshops.title, role: workshopMembers.role, startsOn: workshops.startsOn })
		.from(workshopMembers)
		.innerJoin(workshops, eq(workshops.id, workshopMembers.workshopId))
		.where(eq(workshopMembers.userId, userId))
		.orderBy(desc(workshops.startsOn), asc(workshops.title));
	return rows.map((r) => ({ title: r.title, role: r.role, startsOn: r.startsOn ? r.startsOn.toISOString().slice(0, 10) : null }));
}

const HANDLE = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** `/profil/<handle>`: the public profile, or null for an unknown, disabled or private one (callers answer 404 alike). */
export async function getPublicProfile(db: Database, handle: string): Promise<PublicProfile | null> {
	if (!HANDLE.test(handle)) return null;
	const record = await loadProfileRecord(db, { handle });
	if (!record || !isProfileVisible(record)) return null;
	const [innovations, workshopList] = await Promise.all([
		publicInnovationsOf(db, record.userId),
		record.visibility.showWorkshops ? workshopsOf(db, record.userId) : Promise.resolve([])
	]);
	return toPublicProfile(record, { innovations, workshops: workshopList });
}

/** The owner's view for the account page: everything editable, with a preview of the photo. */
export interface ProfileSettings {
	bio: string;
	skills: string[];
	interests: string[];
	photo: ProfilePhoto | null;
	visibility: ProfileVisibility;
}

/** The signed-in person's profile settings (defaults when never saved). */
export async function getProfileSettings(db: Database, userId: number): Promise<ProfileSettings | null> {
	const record = await loadProfileRecord(db, { userId });
	if (!record) return null;
	return {
		bio: record.bio,
		skills: record.skills,
		interests: record.interests,
		photo: record.photo ? toProfilePhoto(record.photo.uploadId, record.photo.variants, record.name) : null,
		visibility: record.visibility
	};
}

async function upsertProfile(db: Database, userId: number, values: Partial<typeof profiles.$inferInsert>): Promise<void> {
	const now = new Date();
	await db
		.insert(profiles)
		.values({ userId, ...values, updatedAt: now })
		.onConflictDoUpdate({ target: profiles.userId, set: { ...values, updatedAt: now } });
}

/** Saves bio, tags and visibility (the photo has its own actions). */
export async function saveProfileDetails(db: Database, userId: number, input: ProfileDetailsInput): Promise<void> {
	await upsertProfile(db, userId, input);
}

async function deleteUpload(db: Database, storage: Storage, uploadId: string): Promise<void> {
	const [upload] = await db.delete(uploads).where(eq(uploads.id, uploadId)).returning();
	for (const variant of upload?.variants ?? []) await storage.delete(variant.key);
}

/**
 * Replaces the profile photo with an upload run through the shared image pipeline. A refused file
 * leaves the current photo untouched; a replaced one is deleted with its renditions.
 */
export async function setProfilePhoto(db: Database, storage: Storage, userId: number, data: Buffer): Promise<UploadResult> {
	const stored = await storeUpload(db, storage, userId, data);
	if (!stored.ok) return stored;
	const [current] = await db.select({ photo: profiles.photoUploadId }).from(profiles).where(eq(profiles.userId, userId));
	await upsertProfile(db, userId, { photoUploadId: stored.uploadId });
	if (current?.photo) await deleteUpload(db, storage, current.photo);
	return stored;
}

/** Removes the profile photo and its files. */
export async function removeProfilePhoto(db: Database, storage: Storage, userId: number): Promise<void> {
	const [current] = await db.select({ photo: profiles.photoUploadId }).from(profiles).where(eq(profiles.userId, userId));
	if (!current?.photo) return;
	await upsertProfile(db, userId, { photoUploadId: null });
	await deleteUpload(db, storage, current.photo);
}

/**
 * Handles for the sitemap: public profiles with something to read (a bio or a published
 * innovation), so bare accounts do not fill search engines with empty pages.
 */
export async function sitemapProfileHandles(db: Database, limit = 5000): Promise<{ handle: string; updatedAt: Date }[]> {
	const rows = await db
		.select({ handle: users.handle, updatedAt: sql<Date | string>`coalesce(${profiles.updatedAt}, ${users.updatedAt})` })
		.from(users)
		.leftJoin(profiles, eq(profiles.userId, users.id))
		.where(
			and(
				eq(users.disabled, false),
				sql`coalesce(${profiles.isPublic}, true)`,
				sql`(coalesce(${profiles.bio}, '') <> '' or exists (
					select 1 from ${innovationMembers} im join ${galleryEntries} ge on ge.innovation_id = im.innovation_id
					where im.user_id = ${users.id} and im.public))`
			)
		)
		.orderBy(asc(users.handle))
		.limit(limit);
	return rows.map((r) => ({ handle: r.handle, updatedAt: r.updatedAt instanceof Date ? r.updatedAt : new Date(r.updatedAt) }));
}
