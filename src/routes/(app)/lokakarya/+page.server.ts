import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { canCreateWorkshops, listAllWorkshops, listMyWorkshops } from '$lib/server/workshops';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const db = await getDb();
	return {
		mine: await listMyWorkshops(db, user),
		all: user.role === 'admin' ? await listAllWorkshops(db, user) : null,
		canCreate: canCreateWorkshops(user)
	};
};
