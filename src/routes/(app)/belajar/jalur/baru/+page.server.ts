import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import * as m from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { optionalText, parseForm, requiredText } from '$lib/server/validation/form';
import { canComposePaths, savePath } from '$lib/server/learning/paths';
import { METHODS } from '$lib/methods';

/** How many step pickers the form offers. */
const STEPS = 10;

const methodIds = METHODS.map((method) => method.id) as [string, ...string[]];
const step = z.union([z.literal(''), z.enum(methodIds)]);
const schema = z
	.object({
		title: requiredText(120),
		slug: z.string().trim().toLowerCase().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(80),
		description: optionalText(500),
		...Object.fromEntries(Array.from({ length: STEPS }, (_, i) => [`step${i}`, step.default('')]))
	})
	.transform((v) => ({ ...v, methods: Array.from({ length: STEPS }, (_, i) => (v as Record<string, string>)[`step${i}`]!).filter(Boolean) }));

function guard(locals: App.Locals, url: URL) {
	const user = requireUser(locals, url);
	if (!canComposePaths(user)) error(403, m.auth_forbidden());
	return user;
}

export const load: PageServerLoad = async ({ locals, url }) => {
	guard(locals, url);
	return { steps: STEPS };
};

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		const user = guard(locals, url);
		const parsed = parseForm(schema, await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const { title, slug, description, methods } = parsed.data;
		const values = parsed.data as unknown as Record<string, string>;
		if (!methods.length) return fail(400, { errors: { step0: m.path_error_no_methods() }, values });
		if (new Set(methods).size !== methods.length) return fail(400, { errors: { form: m.path_error_duplicate_method() }, values });
		const result = await savePath(await getDb(), user, { title, slug, description: description ?? '', methodIds: methods });
		if (result === 'slug_taken') return fail(400, { errors: { slug: m.path_error_slug_taken() }, values });
		redirect(303, localizeHref(`/belajar/jalur/${slug}`));
	}
};
