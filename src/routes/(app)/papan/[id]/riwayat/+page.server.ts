import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import * as m from '$lib/paraglide/messages';
import { localizePath } from '$lib/i18n';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { parseForm } from '$lib/server/validation/form';
import { orRefusal } from '$lib/server/boards/http';
import { listVersions, restoreVersionAsCopy, restoreVersionInPlace, saveVersion, versionLabelSchema } from '$lib/server/boards/history';
import { historyDeps } from '$lib/server/boards/history-live';

const versionForm = z.object({ version: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const history = await orRefusal(async () => listVersions(await getDb(), user, params.id));
	return { boardId: params.id, ...history };
};

export const actions: Actions = {
	save: async ({ locals, url, params, request }) => {
		const user = requireUser(locals, url);
		const parsed = parseForm(versionLabelSchema, await request.formData());
		if (!parsed.ok) return fail(400, { form: 'save', errors: parsed.errors, values: parsed.values });
		await orRefusal(async () => {
			const db = await getDb();
			await saveVersion(db, user, params.id, parsed.data.label, await historyDeps(db));
		});
		return { form: 'save', success: m.history_saved() };
	},
	copy: async ({ locals, url, params, request }) => {
		const user = requireUser(locals, url);
		const parsed = parseForm(versionForm, await request.formData());
		if (!parsed.ok) return fail(400, { form: 'restore', errors: { form: m.form_invalid() }, values: {} });
		const copyId = await orRefusal(async () => {
			const db = await getDb();
			return restoreVersionAsCopy(db, user, params.id, parsed.data.version, await historyDeps(db));
		});
		redirect(303, localizePath(`/papan/${copyId}`));
	},
	restore: async ({ locals, url, params, request }) => {
		const user = requireUser(locals, url);
		const parsed = parseForm(versionForm, await request.formData());
		if (!parsed.ok) return fail(400, { form: 'restore', errors: { form: m.form_invalid() }, values: {} });
		await orRefusal(async () => {
			const db = await getDb();
			await restoreVersionInPlace(db, user, params.id, parsed.data.version, await historyDeps(db));
		});
		return { form: 'restore', success: m.history_restored() };
	}
};
