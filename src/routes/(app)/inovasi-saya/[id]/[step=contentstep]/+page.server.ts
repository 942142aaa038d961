import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as m from '$lib/paraglide/messages';
import { localizePath } from '$lib/i18n';
import { STEPS, type Step } from '$lib/innovations/fields';
import { loadContent } from '$lib/server/innovations/content';
import { classificationChoices, classificationReferenceErrors, saveStep } from '$lib/server/innovations/drafts';
import { requireEntryEdit, requireEntryView } from '$lib/server/innovations/http';
import { echo, isContentStep, parseStep } from '$lib/server/innovations/validation';
import { stepFormValues } from '$lib/server/innovations/step-values';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const ctx = await requireEntryView(locals, url, params.id);
	if (!isContentStep(params.step)) error(404, m.innovation_not_found());
	const content = await loadContent(ctx.db, ctx.innovationId);
	if (!content) error(404, m.innovation_not_found());
	return {
		step: params.step,
		form: stepFormValues(content),
		choices: params.step === 'klasifikasi' ? await classificationChoices(ctx.db) : null
	};
};

export const actions: Actions = {
	save: async ({ locals, url, params, request }) => {
		const ctx = await requireEntryEdit(locals, url, params.id);
		if (!isContentStep(params.step)) error(404, m.innovation_not_found());
		const data = await request.formData();
		const parsed = parseStep(params.step, data);
		const multi = { themeIds: data.getAll('themeIds').map(String), sdgNumbers: data.getAll('sdgNumbers').map(String) };
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values, multi });
		if (parsed.data.step === 'klasifikasi') {
			const errors = await classificationReferenceErrors(ctx.db, parsed.data.data);
			if (Object.keys(errors).length) return fail(400, { errors, values: echo(data), multi });
		}
		await saveStep(ctx.db, ctx.innovationId, ctx.user.id, parsed.data);
		const next = data.get('next');
		if (typeof next === 'string' && (STEPS as readonly string[]).includes(next)) {
			redirect(303, localizePath(`/inovasi-saya/${ctx.innovationId}/${next as Step}`));
		}
		return { saved: true, savedAt: new Date().toISOString() };
	}
};
