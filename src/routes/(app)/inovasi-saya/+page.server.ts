import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localizePath } from '$lib/i18n';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { createDraft, listMyEntries } from '$lib/server/innovations/drafts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	return { entries: await listMyEntries(await getDb(), user.id) };
};

export const actions: Actions = {
	create: async ({ locals, url }) => {
		const user = requireUser(locals, url);
		const id = await createDraft(await getDb(), user.id);
		redirect(303, localizePath(`/inovasi-saya/${id}/ringkasan`));
	}
};
