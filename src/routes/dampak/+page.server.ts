import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { impactSummary } from '$lib/server/impact/impact';

// Public page: aggregate counts only, no personal data.
export const load: PageServerLoad = async ({ setHeaders }) => {
	setHeaders({ 'cache-control': 'public, max-age=300' });
	return { impact: await impactSummary(await getDb()) };
};
