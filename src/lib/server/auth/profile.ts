/** Read models for the account pages: the profile being edited and the options of its selects. */
import { asc, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { agencies, agencyKinds, provinces, users, type Role } from '../db/schema';

/** The signed-in user's own profile, as the settings form shows it. */
export interface ProfileView {
	name: string;
	email: string;
	handle: string;
	role: Role;
	agencyId: number | null;
	position: string;
	provinceCode: string | null;
	nip: string | null;
	locale: 'id' | 'en';
}

/** Choices for the agency, agency-kind and province selects. */
export interface ProfileFormOptions {
	agencies: { id: number; name: string }[];
	agencyKinds: { slug: string; name: string }[];
	provinces: { code: string; name: string }[];
}

/** The profile of one user, or null if the account is gone. */
export async function getProfile(db: Database, userId: number): Promise<ProfileView | null> {
	const [row] = await db.select().from(users).where(eq(users.id, userId));
	if (!row) return null;
	return {
		name: row.name,
		email: row.email,
		handle: row.handle,
		role: row.role,
		agencyId: row.agencyId,
		position: row.position,
		provinceCode: row.provinceCode,
		nip: row.nip,
		locale: row.locale === 'en' ? 'en' : 'id'
	};
}

/** Agencies (by name), agency kinds in the given language, provinces by Kemendagri code. */
export async function profileFormOptions(db: Database, locale: string): Promise<ProfileFormOptions> {
	const [agencyRows, kindRows, provinceRows] = await Promise.all([
		db.select({ id: agencies.id, name: agencies.name }).from(agencies).orderBy(asc(agencies.name)),
		db.select().from(agencyKinds).orderBy(asc(agencyKinds.slug)),
		db.select({ code: provinces.code, name: provinces.name }).from(provinces).orderBy(asc(provinces.code))
	]);
	return {
		agencies: agencyRows,
		agencyKinds: kindRows.map((k) => ({ slug: k.slug, name: locale === 'en' ? k.nameEn : k.nameId })),
		provinces: provinceRows
	};
}
