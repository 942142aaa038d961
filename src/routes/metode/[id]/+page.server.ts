import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import * as m from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { getMethod, methodsForStage } from '$lib/methods';
import { toMethodDetail, toMethodSummary } from '$lib/methods/public';

export const load: PageServerLoad = ({ params }) => {
	const method = getMethod(params.id);
	if (!method) error(404, m.method_not_found());
	const locale = getLocale() === 'en' ? 'en' : 'id';
	return {
		method: toMethodDetail(method, locale),
		related: methodsForStage(method.stage)
			.filter((other) => other.id !== method.id)
			.map((other) => toMethodSummary(other, locale))
	};
};
