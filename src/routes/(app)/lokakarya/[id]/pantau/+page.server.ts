import type { Actions, PageServerLoad } from './$types';
import * as m from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { idParam, loadOr404, workshopAction } from '$lib/server/workshops/http';
import { broadcastSchema, broadcastToWorkshop } from '$lib/server/workshops/broadcast';
import { appRooms } from '$lib/server/boards/live-rooms';
import { getWorkshopDetail } from '$lib/server/workshops';
import { workshopOverview } from '$lib/server/workshops/overview';
import { overviewDeps } from '$lib/server/workshops/overview-live';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const id = idParam(params.id);
	const db = await getDb();
	const boards = await loadOr404(async () => workshopOverview(db, user, id, await overviewDeps(db)));
	const workshop = await loadOr404(() => getWorkshopDetail(db, user, id));
	return { workshopId: id, title: workshop.title, boards };
};

export const actions: Actions = {
	broadcast: workshopAction('broadcast', broadcastSchema, async ({ db, user, workshopId, data }) =>
		m.broadcast_done({ count: await broadcastToWorkshop(db, await appRooms(), user, workshopId, data) })
	)
};
