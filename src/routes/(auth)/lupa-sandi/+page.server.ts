import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requestPasswordReset } from '$lib/server/auth/accounts';
import { resetRequestSchema } from '$lib/server/auth/schemas';
import { formFailure, parseForm } from '$lib/server/validation/form';

// Public. The answer is the same whether or not the email has an account.
export const load: PageServerLoad = () => ({});

export const actions: Actions = {
	default: async ({ request, url, getClientAddress }) => {
		const parsed = parseForm(resetRequestSchema, await request.formData());
		if (!parsed.ok) return fail(400, parsed);
		const result = await requestPasswordReset(await getDb(), { email: parsed.data.email, ip: getClientAddress(), origin: url.origin });
		if (!result.ok) return fail(429, formFailure({ form: result.message }, { email: parsed.data.email }));
		// The mail goes out in the background (`result.delivery`): waiting would time the answer.
		return { sent: true as const };
	}
};
