import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { localizePath } from '$lib/i18n';
import { requireEntryView } from '$lib/server/innovations/http';

/** The entry's address opens the first step for the team, the preview for mentors and curators. */
export const load: PageServerLoad = async ({ locals, url, params }) => {
	const ctx = await requireEntryView(locals, url, params.id);
	redirect(303, localizePath(`/inovasi-saya/${ctx.innovationId}/${ctx.access.member ? 'ringkasan' : 'pratinjau'}`));
};
