import { json } from '@sveltejs/kit';
import { getDb, ping } from '$lib/server/db';
import type { RequestHandler } from './$types';

/** Load-balancer health: 200 when the database answers, 503 otherwise. */
export const GET: RequestHandler = async () => {
	const ok = await ping(await getDb()).catch(() => false);
	return json({ status: ok ? 'ok' : 'unavailable', database: ok }, { status: ok ? 200 : 503, headers: { 'cache-control': 'no-store' } });
};
