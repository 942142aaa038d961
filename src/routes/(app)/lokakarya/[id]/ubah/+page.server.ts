import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { parseForm } from '$lib/server/validation/form';
import { workshopFormSchema } from '$lib/server/workshops/forms';
import { formFailure, idParam, loadOr404, refusal } from '$lib/server/workshops/http';
import { getWorkshopForm, listAgencyOptions, updateWorkshop } from '$lib/server/workshops';
import { localizePath } from '$lib/i18n';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const id = idParam(params.id);
	const db = await getDb();
	return { id, values: await loadOr404(() => getWorkshopForm(db, user, id)), agencies: await listAgencyOptions(db) };
};

export const actions: Actions = {
	default: async ({ locals, url, params, request }) => {
		const user = requireUser(locals, url);
		const id = idParam(params.id);
		const parsed = parseForm(workshopFormSchema, await request.formData());
		if (!parsed.ok) return formFailure('workshop', parsed.errors, parsed.values);
		try {
			await updateWorkshop(await getDb(), user, id, parsed.data);
		} catch (cause) {
			return refusal(cause, 'workshop');
		}
		redirect(303, localizePath(`/lokakarya/${id}/kelola?disimpan=1`));
	}
};
