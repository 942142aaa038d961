import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { idParam, loadOr404 } from '$lib/server/workshops/http';
import { getWorkshopDetail } from '$lib/server/workshops';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const id = idParam(params.id);
	const db = await getDb();
	return {
		workshop: await loadOr404(() => getWorkshopDetail(db, user, id)),
		justJoined: url.searchParams.has('bergabung')
	};
};
