import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as m from '$lib/paraglide/messages';
import { parseForm } from '$lib/server/validation/form';
import { requireEntryView } from '$lib/server/innovations/http';
import { canUseFeedback } from '$lib/server/innovations/permissions';
import { addComment, listComments } from '$lib/server/innovations/engagement';
import { getEntryHeader } from '$lib/server/innovations/drafts';
import { commentForm } from '$lib/server/innovations/validation';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const ctx = await requireEntryView(locals, url, params.id);
	if (!canUseFeedback(ctx.access)) error(404, m.innovation_not_found());
	return { feedback: await listComments(ctx.db, ctx.innovationId, 'mentor_feedback', { id: ctx.user.id, curator: ctx.access.curator }) };
};

export const actions: Actions = {
	default: async ({ locals, url, params, request }) => {
		const ctx = await requireEntryView(locals, url, params.id);
		if (!canUseFeedback(ctx.access)) error(404, m.innovation_not_found());
		const parsed = parseForm(commentForm, await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const header = await getEntryHeader(ctx.db, ctx.innovationId);
		const result = await addComment(ctx.db, {
			innovationId: ctx.innovationId,
			author: ctx.user,
			kind: 'mentor_feedback',
			body: parsed.data.body,
			title: header?.title ?? '',
			link: `/inovasi-saya/${ctx.innovationId}/masukan`
		});
		if (!result.ok) return fail(429, { errors: { body: m.innovation_error_rate_limited() }, values: { body: parsed.data.body } });
		return { success: m.innovation_feedback_posted() };
	}
};
