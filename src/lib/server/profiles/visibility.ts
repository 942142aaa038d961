/**
 * Profile visibility as other features need it, kept free of the profile service's imports so the
 * media route and the innovation pages can ask without an import cycle.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client';
import { profiles, users } from '../db/schema';
import { DEFAULT_VISIBILITY } from '../../profiles/fields';

/** Whether an upload is the photo (the media route serves it to anyone then) of an active, public profile that shows its photo. */
export async function isPublicProfilePhoto(db: Database, uploadId: string): Promise<boolean> {
	const [row] = await db
		.select({ userId: profiles.userId })
		.from(profiles)
		.innerJoin(users, eq(users.id, profiles.userId))
		.where(and(eq(profiles.photoUploadId, uploadId), eq(profiles.isPublic, true), eq(profiles.showPhoto, true), eq(users.disabled, false)));
	return Boolean(row);
}

/** Per person: whether their profile page exists publicly and whether their position may be shown (innovation pages). */
export async function publicProfileFlags(db: Database, userIds: number[]): Promise<Map<number, { linked: boolean; showPosition: boolean }>> {
	const flags = new Map<number, { linked: boolean; showPosition: boolean }>();
	if (!userIds.length) return flags;
	const rows = await db
		.select({ id: users.id, disabled: users.disabled, isPublic: profiles.isPublic, showPosition: profiles.showPosition })
		.from(users)
		.leftJoin(profiles, eq(profiles.userId, users.id))
		.where(inArray(users.id, userIds));
	for (const r of rows) {
		const isPublic = r.isPublic ?? DEFAULT_VISIBILITY.isPublic;
		const linked = !r.disabled && isPublic;
		flags.set(r.id, { linked, showPosition: linked && (r.showPosition ?? DEFAULT_VISIBILITY.showPosition) });
	}
	return flags;
}
