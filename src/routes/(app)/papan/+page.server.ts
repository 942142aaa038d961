import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as m from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { localizePath } from '$lib/i18n';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { parseForm } from '$lib/server/validation/form';
import { BOARD_TITLE_MAX, deleteBoard, getBoard, listBoards, renameBoard, teamsForNewBoards } from '$lib/server/boards/boards';
import { boardTemplates, createBoardWithContent, duplicateBoard } from '$lib/server/boards/manage';
import { liveBoardState } from '$lib/server/boards/live';
import { createBoardFormSchema, deleteBoardFormSchema, duplicateBoardFormSchema, renameBoardFormSchema } from '$lib/server/boards/forms';
import { boardFormFailure, orRefusal } from '$lib/server/boards/http';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const db = await getDb();
	return {
		boards: await listBoards(db, user),
		teams: await teamsForNewBoards(db, user),
		templates: boardTemplates(getLocale())
	};
};

export const actions: Actions = {
	create: async ({ locals, url, request }) => {
		const user = requireUser(locals, url);
		const parsed = parseForm(createBoardFormSchema, await request.formData());
		if (!parsed.ok) return boardFormFailure({ form: 'create', errors: parsed.errors, values: parsed.values });
		const { title, teamId, template } = parsed.data;
		const id = await orRefusal(async () => createBoardWithContent(await getDb(), user, { title, teamId, templateId: template, locale: getLocale() }));
		redirect(303, localizePath(`/papan/${id}`));
	},
	rename: async ({ locals, url, request }) => {
		const user = requireUser(locals, url);
		const parsed = parseForm(renameBoardFormSchema, await request.formData());
		if (!parsed.ok) return boardFormFailure({ form: 'rename', boardId: parsed.values.id, errors: parsed.errors, values: parsed.values });
		await orRefusal(async () => renameBoard(await getDb(), user, parsed.data.id, parsed.data.title));
		return { form: 'rename', boardId: parsed.data.id, success: m.board_renamed({ title: parsed.data.title }) };
	},
	duplicate: async ({ locals, url, request }) => {
		const user = requireUser(locals, url);
		const parsed = parseForm(duplicateBoardFormSchema, await request.formData());
		if (!parsed.ok) return boardFormFailure({ form: 'duplicate', boardId: parsed.values.id, errors: parsed.errors });
		const db = await getDb();
		const source = await orRefusal(() => getBoard(db, user, parsed.data.id));
		const title = m.boards_copy_title({ title: source.title }).slice(0, BOARD_TITLE_MAX);
		const copyId = await orRefusal(() => duplicateBoard(db, user, source.id, { title, live: liveBoardState }));
		return { form: 'duplicate', boardId: copyId, success: m.boards_duplicated({ title }) };
	},
	delete: async ({ locals, url, request }) => {
		const user = requireUser(locals, url);
		const parsed = parseForm(deleteBoardFormSchema, await request.formData());
		if (!parsed.ok) return boardFormFailure({ form: 'delete', boardId: parsed.values.id, errors: parsed.errors });
		await orRefusal(async () => deleteBoard(await getDb(), user, parsed.data.id));
		return { form: 'delete', success: m.board_deleted() };
	}
};
