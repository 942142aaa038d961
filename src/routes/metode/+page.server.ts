import type { PageServerLoad } from './$types';
import { getLocale } from '$lib/paraglide/runtime';
import { isStage, STAGES } from '$lib/stages';
import { METHODS } from '$lib/methods';
import { searchMethods } from '$lib/methods/search';
import { toMethodSummary } from '$lib/methods/public';

// Public and the same for everyone: the library is data in the bundle, filtered on the server so
// the page needs no JavaScript and ships none of the method modules.
export const load: PageServerLoad = ({ url }) => {
	const locale = getLocale() === 'en' ? 'en' : 'id';
	const query = (url.searchParams.get('q') ?? '').slice(0, 100);
	const stageParam = url.searchParams.get('tahap');
	const stage = isStage(stageParam) ? stageParam : null;
	const found = searchMethods(METHODS, query, locale, stage);
	return {
		query,
		stage,
		methods: found.map((m) => toMethodSummary(m, locale)),
		total: METHODS.length,
		counts: STAGES.map((s) => ({ stage: s, count: searchMethods(METHODS, query, locale, s).length }))
	};
};
