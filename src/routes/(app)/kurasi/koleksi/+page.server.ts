import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localizePath } from '$lib/i18n';
import { getDb } from '$lib/server/db';
import { parseForm } from '$lib/server/validation/form';
import { requireCurator } from '$lib/server/innovations/http';
import { createCollection, listCollections } from '$lib/server/innovations/collections';
import { collectionForm } from '$lib/server/innovations/validation';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireCurator(locals, url);
	return { collections: await listCollections(await getDb()) };
};

export const actions: Actions = {
	create: async ({ locals, url, request }) => {
		const user = requireCurator(locals, url);
		const parsed = parseForm(collectionForm, await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const id = await createCollection(await getDb(), { ...parsed.data, createdBy: user.id });
		redirect(303, localizePath(`/kurasi/koleksi/${id}`));
	}
};
