import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as m from '$lib/paraglide/messages';
import { completeness } from '$lib/server/innovations/completeness';
import { loadContent } from '$lib/server/innovations/content';
import { requireEntryView, requireTeam } from '$lib/server/innovations/http';
import { applyAction, auditTrail } from '$lib/server/innovations/moderation';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const ctx = await requireEntryView(locals, url, params.id);
	const content = await loadContent(ctx.db, ctx.innovationId);
	if (!content) error(404, m.innovation_not_found());
	const score = completeness(content);
	return {
		items: score.items.map((i) => ({ key: i.key, step: i.step, required: i.required, done: i.done })),
		history: await auditTrail(ctx.db, ctx.innovationId)
	};
};

async function teamAction(event: { locals: App.Locals; url: URL; params: { id?: string } }, action: 'submit' | 'withdraw') {
	const ctx = await requireTeam(event.locals, event.url, event.params.id);
	const result = await applyAction(ctx.db, { innovationId: ctx.innovationId, actor: ctx.user, action });
	if (result.ok) return { action, success: action === 'submit' ? m.innovation_submitted_notice() : m.innovation_withdrawn_notice() };
	if (result.error === 'incomplete') return fail(400, { action, missing: result.missing, error: m.innovation_error_incomplete() });
	if (result.error === 'forbidden') error(403, m.innovation_error_forbidden());
	if (result.error === 'not_found') error(404, m.innovation_not_found());
	return fail(409, { action, missing: [] as string[], error: m.innovation_error_transition() });
}

export const actions: Actions = {
	submit: (event) => teamAction(event, 'submit'),
	withdraw: (event) => teamAction(event, 'withdraw')
};
