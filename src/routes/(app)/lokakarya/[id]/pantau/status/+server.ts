import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import * as m from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { idParam, loadOr404 } from '$lib/server/workshops/http';
import { workshopOverview } from '$lib/server/workshops/overview';
import { overviewDeps } from '$lib/server/workshops/overview-live';

/** The overview's boards, polled by the page every few seconds. */
export const GET: RequestHandler = async ({ locals, params }) => {
	if (!locals.user) error(401, m.workshop_error_forbidden());
	const user = locals.user;
	const id = idParam(params.id);
	const db = await getDb();
	const boards = await loadOr404(async () => workshopOverview(db, user, id, await overviewDeps(db)));
	return json({ boards }, { headers: { 'cache-control': 'no-store' } });
};
