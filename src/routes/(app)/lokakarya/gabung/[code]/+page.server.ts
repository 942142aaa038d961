import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { refusal } from '$lib/server/workshops/http';
import { findWorkshopByCode, isPlausibleJoinCode, isWorkshopError, joinWorkshop, normalizeJoinCode } from '$lib/server/workshops';
import { localizePath } from '$lib/i18n';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const code = normalizeJoinCode(params.code);
	if (!isPlausibleJoinCode(code)) return { code, workshop: null, rateLimited: false };
	try {
		return { code, workshop: await findWorkshopByCode(await getDb(), user, code), rateLimited: false };
	} catch (cause) {
		if (isWorkshopError(cause, 'rate_limited')) return { code, workshop: null, rateLimited: true };
		throw cause;
	}
};

export const actions: Actions = {
	default: async ({ locals, url, params }) => {
		const user = requireUser(locals, url);
		let workshopId: number;
		try {
			({ workshopId } = await joinWorkshop(await getDb(), user, params.code));
		} catch (cause) {
			return refusal(cause, 'join');
		}
		redirect(303, localizePath(`/lokakarya/${workshopId}?bergabung=1`));
	}
};
