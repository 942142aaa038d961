import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { parseForm } from '$lib/server/validation/form';
import { newBoardFormSchema } from '$lib/server/workshops/forms';
import { formFailure, idParam, loadOr404, refusal } from '$lib/server/workshops/http';
import { createTeamBoard, getWorkshopDetail, listTeamBoards } from '$lib/server/workshops';
import { METHODS } from '$lib/methods';
import { toMethodSummary } from '$lib/methods/public';
import { getLocale } from '$lib/paraglide/runtime';
import { localizePath } from '$lib/i18n';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const id = idParam(params.id);
	const db = await getDb();
	const locale = getLocale() === 'en' ? 'en' : 'id';
	return {
		workshop: await loadOr404(() => getWorkshopDetail(db, user, id)),
		boards: await listTeamBoards(db, user, id),
		methods: METHODS.map((method) => toMethodSummary(method, locale)),
		justJoined: url.searchParams.has('bergabung')
	};
};

export const actions: Actions = {
	createBoard: async ({ locals, url, params, request }) => {
		const user = requireUser(locals, url);
		idParam(params.id);
		const parsed = parseForm(newBoardFormSchema, await request.formData());
		if (!parsed.ok) return formFailure('createBoard', parsed.errors, parsed.values, Number(parsed.values.teamId) || undefined);
		const locale = getLocale() === 'en' ? 'en' : 'id';
		let boardId: string;
		try {
			boardId = await createTeamBoard(await getDb(), user, parsed.data.teamId, { ...parsed.data, locale });
		} catch (cause) {
			return refusal(cause, 'createBoard', parsed.data.teamId);
		}
		redirect(303, localizePath(`/papan/${boardId}`));
	}
};
