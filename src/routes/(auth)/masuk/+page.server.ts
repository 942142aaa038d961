import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { authenticate } from '$lib/server/auth/accounts';
import { startSession } from '$lib/server/auth/cookies';
import { safeRedirectTarget } from '$lib/server/auth/guard';
import { loginSchema } from '$lib/server/auth/schemas';
import { formFailure, parseForm } from '$lib/server/validation/form';
import { localizePath } from '$lib/i18n';

// Public: the sign-in page. Someone already signed in goes straight on.
export const load: PageServerLoad = ({ locals, url }) => {
	const redirectTo = url.searchParams.get('redirectTo') ?? '';
	if (locals.user) redirect(303, safeRedirectTarget(redirectTo, localizePath('/')));
	return { redirectTo, passwordReset: url.searchParams.has('sandi-baru') };
};

export const actions: Actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		const parsed = parseForm(loginSchema, await request.formData());
		if (!parsed.ok) return fail(400, parsed);
		const db = await getDb();
		const result = await authenticate(db, { email: parsed.data.email, password: parsed.data.password, ip: getClientAddress() });
		if (!result.ok) {
			return fail(result.reason === 'rate_limited' ? 429 : 400, formFailure({ form: result.message }, { email: parsed.data.email }));
		}
		await startSession(db, cookies, result.user.id, { userAgent: request.headers.get('user-agent'), url });
		redirect(303, safeRedirectTarget(parsed.data.redirectTo, localizePath('/')));
	}
};
