/** User-record helpers shared by the account services, the admin pages and the CLI. */
import { eq, like, or, sql } from 'drizzle-orm';
import * as m from '../../paraglide/messages';
import type { Database } from '../db/client';
import { agencies, agencyKinds, provinces, users, type Role } from '../db/schema';
import type { FieldErrors } from '../validation/form';
import type { AgencyChoice } from './schemas';
import type { SessionUser } from './session';

export type UserRow = typeof users.$inferSelect;

/** The user with this email (compared lower-cased), or undefined. */
export async function findUserByEmail(db: Database, email: string): Promise<UserRow | undefined> {
	const [row] = await db.select().from(users).where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()));
	return row;
}

/** What the session layer and pages learn about a user. */
export function toSessionUser(row: UserRow): SessionUser {
	return { id: row.id, email: row.email, name: row.name, handle: row.handle, role: row.role, locale: row.locale };
}

/**
 * A URL-safe handle from a display name: accents dropped, lower case, words joined by dashes.
 * "Ni Luh Putu Ayu Kartika Déwi, S.Kom." → "ni-luh-putu-ayu-kartika-dewi-s-kom".
 */
export function slugifyName(name: string): string {
	const slug = name
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 30)
		.replace(/-+$/g, '');
	return slug || 'asn';
}

/** The first free handle among `base`, `base-2`, `base-3`, … */
export async function uniqueHandle(db: Database, name: string): Promise<string> {
	const base = slugifyName(name);
	// `base` holds only [a-z0-9-], so it needs no LIKE escaping.
	const taken = new Set(
		(await db.select({ handle: users.handle }).from(users).where(or(eq(users.handle, base), like(users.handle, `${base}-%`)))).map(
			(r) => r.handle
		)
	);
	if (!taken.has(base)) return base;
	for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** True when `error` (possibly wrapped by drizzle) is a unique-index violation, optionally of one index. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
	for (let e = error as { code?: string; constraint_name?: string; constraint?: string; cause?: unknown; message?: string } | undefined; e; e = e.cause as typeof e) {
		if (e.code === '23505') {
			if (!constraint) return true;
			const name = e.constraint_name ?? e.constraint ?? '';
			return name === constraint || (e.message ?? '').includes(constraint);
		}
	}
	return false;
}

export interface NewUser {
	email: string;
	name: string;
	passwordHash: string;
	role: Role;
	agencyId?: number | null;
	position?: string;
	provinceCode?: string | null;
	nip?: string | null;
	locale?: string;
}

/** Inserts a user with a handle derived from the name; retries if another insert took that handle. */
export async function insertUser(db: Database, values: NewUser): Promise<UserRow> {
	for (let attempt = 0; ; attempt++) {
		const handle = await uniqueHandle(db, values.name);
		try {
			// A savepoint, so a lost handle race does not abort the caller's transaction.
			const [row] = await db.transaction((tx) => tx.insert(users).values({ ...values, handle }).returning());
			return row!;
		} catch (error) {
			if (attempt < 3 && isUniqueViolation(error, 'users_handle_idx')) continue;
			throw error;
		}
	}
}

/**
 * Checks the province and the agency of a profile; a new agency is created (or an existing one
 * with the same name reused). Call inside a transaction: it writes only when every check passed.
 */
export async function resolveProfileRefs(
	db: Database,
	input: { provinceCode: string; agency: AgencyChoice }
): Promise<{ ok: true; agencyId: number } | { ok: false; errors: FieldErrors }> {
	const errors: FieldErrors = {};
	const [province] = await db.select({ code: provinces.code }).from(provinces).where(eq(provinces.code, input.provinceCode));
	if (!province) errors.provinceCode = m.form_invalid_choice();
	let agencyId: number | null = null;
	let kindLevel: string | null = null;
	if ('id' in input.agency) {
		const [agency] = await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, input.agency.id));
		if (agency) agencyId = agency.id;
		else errors.agencyId = m.form_invalid_choice();
	} else {
		const [existing] = await db
			.select({ id: agencies.id })
			.from(agencies)
			.where(eq(sql`lower(${agencies.name})`, input.agency.name.toLowerCase()));
		if (existing) agencyId = existing.id;
		const [kind] = await db.select({ level: agencyKinds.level }).from(agencyKinds).where(eq(agencyKinds.slug, input.agency.kind));
		if (kind) kindLevel = kind.level;
		else if (!existing) errors.newAgencyKind = m.form_invalid_choice();
	}
	if (Object.keys(errors).length) return { ok: false, errors };
	if (agencyId === null && 'name' in input.agency) {
		const [created] = await db
			.insert(agencies)
			.values({
				name: input.agency.name,
				kind: input.agency.kind,
				// Central agencies sit in no province; regional ones in the registrant's.
				provinceCode: kindLevel === 'pusat' ? null : input.provinceCode
			})
			.onConflictDoUpdate({ target: agencies.name, set: { name: sql`excluded.name` } })
			.returning({ id: agencies.id });
		agencyId = created!.id;
	}
	return { ok: true, agencyId: agencyId! };
}
