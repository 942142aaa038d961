import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as m from '$lib/paraglide/messages';
import { localizePath } from '$lib/i18n';
import { getDb } from '$lib/server/db';
import { parseForm } from '$lib/server/validation/form';
import { idParam, requireCurator } from '$lib/server/innovations/http';
import { collectionItemsOf, deleteCollection, listCollections, removeFromCollection, updateCollection } from '$lib/server/innovations/collections';
import { collectionForm } from '$lib/server/innovations/validation';
import { isCollectionPublic } from '$lib/server/gallery/collections';

async function find(id: number) {
	const db = await getDb();
	const collection = (await listCollections(db)).find((c) => c.id === id);
	if (!collection) error(404, m.innovation_not_found());
	return { db, collection };
}

export const load: PageServerLoad = async ({ locals, url, params }) => {
	requireCurator(locals, url);
	const { db, collection } = await find(idParam(params.id));
	const [items, isPublic] = await Promise.all([collectionItemsOf(db, collection.id), isCollectionPublic(db, collection.id)]);
	return { collection, items, isPublic };
};

export const actions: Actions = {
	update: async ({ locals, url, params, request }) => {
		requireCurator(locals, url);
		const { db, collection } = await find(idParam(params.id));
		const parsed = parseForm(collectionForm, await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		await updateCollection(db, collection.id, parsed.data);
		return { success: m.innovation_saved_notice() };
	},
	removeItem: async ({ locals, url, params, request }) => {
		requireCurator(locals, url);
		const { db, collection } = await find(idParam(params.id));
		const innovationId = Number((await request.formData()).get('innovationId'));
		if (Number.isInteger(innovationId) && innovationId > 0) await removeFromCollection(db, collection.id, innovationId);
		return { success: m.curation_collection_removed() };
	},
	delete: async ({ locals, url, params }) => {
		requireCurator(locals, url);
		const { db, collection } = await find(idParam(params.id));
		await deleteCollection(db, collection.id);
		redirect(303, localizePath('/kurasi/koleksi'));
	}
};
