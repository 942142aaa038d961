import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as m from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { parseForm } from '$lib/server/validation/form';
import { workshopFormSchema } from '$lib/server/workshops/forms';
import { formFailure, refusal } from '$lib/server/workshops/http';
import { canCreateWorkshops, createWorkshop, listAgencyOptions } from '$lib/server/workshops';
import { localizePath } from '$lib/i18n';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	if (!canCreateWorkshops(user)) error(403, m.workshop_error_forbidden());
	return { agencies: await listAgencyOptions(await getDb()) };
};

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		const user = requireUser(locals, url);
		if (!canCreateWorkshops(user)) error(403, m.workshop_error_forbidden());
		const parsed = parseForm(workshopFormSchema, await request.formData());
		if (!parsed.ok) return formFailure('workshop', parsed.errors, parsed.values);
		let id: number;
		try {
			({ id } = await createWorkshop(await getDb(), user, parsed.data));
		} catch (cause) {
			return refusal(cause, 'workshop');
		}
		redirect(303, localizePath(`/lokakarya/${id}/kelola?dibuat=1`));
	}
};
