import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as m from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { localizePath } from '$lib/i18n';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { parseForm } from '$lib/server/validation/form';
import { newBoardFormSchema } from '$lib/server/workshops/forms';
import { formFailure, refusal } from '$lib/server/workshops/http';
import { createTeamBoard, teamsForTemplates } from '$lib/server/workshops';
import { getMethod, methodsForStage } from '$lib/methods';
import { toMethodDetail, toMethodSummary } from '$lib/methods/public';

const locale = () => (getLocale() === 'en' ? 'en' : 'id');

export const load: PageServerLoad = async ({ params, locals }) => {
	const method = getMethod(params.id);
	if (!method) error(404, m.method_not_found());
	return {
		method: toMethodDetail(method, locale()),
		related: methodsForStage(method.stage)
			.filter((other) => other.id !== method.id)
			.map((other) => toMethodSummary(other, locale())),
		// Signed-in members see where they can start a board from this template.
		teams: locals.user ? await teamsForTemplates(await getDb(), locals.user) : null
	};
};

export const actions: Actions = {
	useTemplate: async ({ locals, url, params, request }) => {
		const user = requireUser(locals, url);
		if (!getMethod(params.id)) error(404, m.method_not_found());
		const formData = await request.formData();
		formData.set('methodId', params.id);
		const parsed = parseForm(newBoardFormSchema, formData);
		if (!parsed.ok) return formFailure('useTemplate', parsed.errors, parsed.values);
		let boardId: string;
		try {
			boardId = await createTeamBoard(await getDb(), user, parsed.data.teamId, { ...parsed.data, locale: locale() });
		} catch (cause) {
			return refusal(cause, 'useTemplate');
		}
		redirect(303, localizePath(`/papan/${boardId}`));
	}
};
