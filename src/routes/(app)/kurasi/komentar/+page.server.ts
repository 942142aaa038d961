import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as m from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { requireCurator } from '$lib/server/innovations/http';
import { flaggedComments, setCommentStatus } from '$lib/server/innovations/engagement';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireCurator(locals, url);
	return { comments: await flaggedComments(await getDb()) };
};

export const actions: Actions = {
	moderate: async ({ locals, url, request }) => {
		const user = requireCurator(locals, url);
		const data = await request.formData();
		const commentId = Number(data.get('commentId'));
		const status = data.get('status');
		if (!Number.isInteger(commentId) || commentId <= 0 || (status !== 'visible' && status !== 'hidden')) return fail(400, { error: m.form_invalid() });
		await setCommentStatus(await getDb(), commentId, status, user.id);
		return { success: status === 'hidden' ? m.curation_comment_hidden() : m.curation_comment_shown() };
	}
};
