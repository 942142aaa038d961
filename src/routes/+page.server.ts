import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { getMemberWorkshops, getProgramStats } from '$lib/server/home/home';
import { homeDiscovery } from '$lib/server/gallery/home';

// Public page: anyone may see the program's numbers; the workshop list is the signed-in user's own.
export const load: PageServerLoad = async ({ locals }) => {
	const db = await getDb();
	const [stats, workshops, discovery] = await Promise.all([
		getProgramStats(db),
		locals.user ? getMemberWorkshops(db, locals.user.id) : Promise.resolve([]),
		homeDiscovery(db)
	]);
	return { stats, workshops, discovery };
};
