import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { parseForm } from '$lib/server/validation/form';
import { joinFormSchema } from '$lib/server/workshops/forms';
import { formFailure, refusal } from '$lib/server/workshops/http';
import { joinWorkshop } from '$lib/server/workshops';
import { localizePath } from '$lib/i18n';

export const load: PageServerLoad = ({ locals, url }) => {
	requireUser(locals, url);
	return {};
};

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		const user = requireUser(locals, url);
		const parsed = parseForm(joinFormSchema, await request.formData());
		if (!parsed.ok) return formFailure('join', parsed.errors, parsed.values);
		let workshopId: number;
		try {
			({ workshopId } = await joinWorkshop(await getDb(), user, parsed.data.code));
		} catch (cause) {
			const failure = refusal(cause, 'join');
			return formFailure('join', { code: failure.data.errors.form! }, { code: parsed.data.code });
		}
		redirect(303, localizePath(`/lokakarya/${workshopId}?bergabung=1`));
	}
};
