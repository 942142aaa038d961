import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as m from '$lib/paraglide/messages';
import { localizePath } from '$lib/i18n';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { BOARD_USES, boardOutline, createDraftFromBoard, type BoardUse } from '$lib/server/innovations/from-board';
import { LIMITS } from '$lib/innovations/fields';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const outline = await boardOutline(await getDb(), user, params.boardId);
	if (!outline) error(404, m.innovation_board_not_found());
	return { outline };
};

export const actions: Actions = {
	default: async ({ locals, url, params, request }) => {
		const user = requireUser(locals, url);
		const db = await getDb();
		// Authorize before reading the form: a board the person may not view answers 404 whatever was posted.
		if (!(await boardOutline(db, user, params.boardId))) error(404, m.innovation_board_not_found());
		const data = await request.formData();
		const title = String(data.get('title') ?? '').trim();
		if (title.length > LIMITS.title) return fail(400, { errors: { title: m.form_too_long({ max: String(LIMITS.title) }) }, values: { title } });
		const uses: Record<string, BoardUse> = {};
		for (const [key, value] of data.entries()) {
			const match = /^use\.([A-Za-z0-9_-]{1,64})$/.exec(key);
			if (match && typeof value === 'string' && (BOARD_USES as readonly string[]).includes(value)) uses[match[1]!] = value as BoardUse;
		}
		const snapshot = data.getAll('snapshot').filter((v): v is string => typeof v === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(v)).slice(0, 200);
		const id = await createDraftFromBoard(db, user, params.boardId, { title, uses, snapshot });
		if (id === null) error(404, m.innovation_board_not_found());
		redirect(303, localizePath(`/inovasi-saya/${id}/ringkasan`));
	}
};
