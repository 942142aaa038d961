import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { talentParams } from '$lib/profiles/fields';
import { getDb } from '$lib/server/db';
import { requireRole, requireUser } from '$lib/server/auth/guard';
import { profileFormOptions } from '$lib/server/auth/profile';
import { searchTalent, talentAgencyOptions, TALENT_POOL_ROLES } from '$lib/server/profiles/talent-pool';
import { parseTalentQuery } from '$lib/server/profiles/validation';
import { getLocale } from '$lib/paraglide/runtime';

// Signed-out visitors go to sign-in; other roles get 403 (the pool is a staffing tool, not a directory).
export const load: PageServerLoad = async ({ locals, url }) => {
	requireUser(locals, url);
	requireRole(locals, ...TALENT_POOL_ROLES);
	const query = parseTalentQuery(url.searchParams);
	// The plain GET form also sends empty fields; answer with the one canonical URL of the search.
	const canonical = talentParams(query).toString();
	if (canonical !== url.searchParams.toString()) redirect(303, `${url.pathname}${canonical ? `?${canonical}` : ''}`);
	const db = await getDb();
	const [results, agencies, options] = await Promise.all([searchTalent(db, query), talentAgencyOptions(db), profileFormOptions(db, getLocale())]);
	return { query, results, agencies, provinces: options.provinces };
};
