import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guard';
import { jpDelivered } from '$lib/server/learning/reports';
import { learningYear } from '$lib/learning/rules';

/** Admins: JP delivered by agency and province in a year (default: this year). */
export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireRole(locals, 'admin');
	const current = learningYear(new Date());
	const asked = Number(url.searchParams.get('tahun'));
	const year = Number.isInteger(asked) && asked >= 2000 && asked <= current + 1 ? asked : current;
	return { year, years: Array.from({ length: 5 }, (_, i) => current - i), ...(await jpDelivered(await getDb(), user, year)) };
};
