/** Helpers shared by the workshop services (not part of the module's public surface). */
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { auditLog, teams } from '../db/schema';
import { WorkshopError } from './errors';

/** A transaction handle; the services accept it wherever they accept the database. */
export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];
export type Db = Database | Tx;

/** True when a database error is a unique-constraint violation (PGlite and postgres-js, wrapped or not). */
export function isUniqueViolation(error: unknown): boolean {
	for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
		if ((e as { code?: unknown }).code === '23505') return true;
	}
	return false;
}

/** Writes one audit entry for a change to a workshop (subject `workshop:<id>`). */
export async function audit(db: Db, actorId: number, workshopId: number, action: string, detail: string): Promise<void> {
	await db.insert(auditLog).values({ actorId, action: `workshop.${action}`, subject: `workshop:${workshopId}`, detail });
}

/** The workshop a team belongs to; throws not_found for an unknown team. */
export async function workshopOfTeam(db: Db, teamId: number): Promise<number> {
	const [row] = await db.select({ workshopId: teams.workshopId }).from(teams).where(eq(teams.id, teamId));
	if (!row) throw new WorkshopError('not_found');
	return row.workshopId;
}

/** A date as `YYYY-MM-DD` (dates are stored at UTC midnight), or null. */
export function toDateString(date: Date | null): string | null {
	return date ? date.toISOString().slice(0, 10) : null;
}
