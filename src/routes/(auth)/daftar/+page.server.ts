import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { register } from '$lib/server/auth/accounts';
import { startSession } from '$lib/server/auth/cookies';
import { safeRedirectTarget } from '$lib/server/auth/guard';
import { profileFormOptions } from '$lib/server/auth/profile';
import { registerSchema } from '$lib/server/auth/schemas';
import { formFailure, parseForm } from '$lib/server/validation/form';
import { getLocale } from '$lib/paraglide/runtime';
import { localizePath } from '$lib/i18n';

// Public: anyone may register; the account is always a participant.
export const load: PageServerLoad = async ({ locals, url }) => {
	const redirectTo = url.searchParams.get('redirectTo') ?? '';
	if (locals.user) redirect(303, safeRedirectTarget(redirectTo, localizePath('/')));
	return { redirectTo, options: await profileFormOptions(await getDb(), getLocale()) };
};

export const actions: Actions = {
	default: async ({ request, cookies, url }) => {
		const formData = await request.formData();
		const parsed = parseForm(registerSchema, formData);
		if (!parsed.ok) return fail(400, parsed);
		const db = await getDb();
		const result = await register(db, { ...parsed.data, locale: getLocale() });
		if (!result.ok) return fail(400, formFailure(result.errors, formData));
		await startSession(db, cookies, result.user.id, { userAgent: request.headers.get('user-agent'), url });
		redirect(303, safeRedirectTarget(String(formData.get('redirectTo') ?? ''), localizePath('/')));
	}
};
