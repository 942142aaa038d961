import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { isResetTokenValid, resetPassword } from '$lib/server/auth/accounts';
import { resetPasswordSchema } from '$lib/server/auth/schemas';
import { formFailure, parseForm } from '$lib/server/validation/form';
import { localizePath } from '$lib/i18n';

// Public: the token in the address is the credential. No referrer, so it does not leak to
// whatever the page links to.
export const load: PageServerLoad = async ({ params, setHeaders }) => {
	setHeaders({ 'referrer-policy': 'no-referrer', 'cache-control': 'no-store' });
	return { valid: await isResetTokenValid(await getDb(), params.token) };
};

export const actions: Actions = {
	default: async ({ params, request }) => {
		const parsed = parseForm(resetPasswordSchema, await request.formData());
		if (!parsed.ok) return fail(400, parsed);
		const result = await resetPassword(await getDb(), { token: params.token, newPassword: parsed.data.newPassword });
		if (!result.ok) return fail(400, formFailure({ form: result.message }));
		redirect(303, `${localizePath('/masuk')}?sandi-baru=1`);
	}
};
