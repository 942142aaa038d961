/**
 * When a workshop counts as held, for the public numbers (home page, impact dashboard): it has begun,
 * by its start date or, without one, its first session, or it is archived (finished). Workshops still
 * being planned are not the program's output yet.
 */
import { sql } from 'drizzle-orm';

/** A condition on a `workshops` row aliased `w`. */
export const workshopHeld = sql`(w.status = 'archived' or coalesce(w.starts_on,
	(select min(s.starts_at) from workshop_sessions s where s.workshop_id = w.id)) <= now())`;
