import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as m from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { parseForm } from '$lib/server/validation/form';
import { revokeCertificate } from '$lib/server/learning/certificates';
import { revokeFormSchema } from '$lib/server/learning/forms';
import { learningRefusal } from '$lib/server/learning/http';
import { verifyForVisitor } from '$lib/server/learning/verification';

/** Public: anyone holding the number sees what the certificate shows (NIP masked), or a 404. */
export const load: PageServerLoad = async ({ params, getClientAddress, locals, setHeaders }) => {
	const db = await getDb();
	const answer = await verifyForVisitor(db, params.number, getClientAddress());
	if (answer.kind === 'rate_limited') {
		setHeaders({ 'retry-after': String(answer.retryAfterSeconds) });
		error(429, m.certificate_rate_limited());
	}
	if (answer.kind === 'not_found') error(404, m.certificate_not_found());
	setHeaders({ 'cache-control': 'private, no-store' });
	return { certificate: answer.certificate, canRevoke: locals.user?.role === 'admin' && answer.certificate.valid };
};

export const actions: Actions = {
	revoke: async ({ locals, url, params, request }) => {
		const user = requireUser(locals, url);
		if (user.role !== 'admin') error(403, m.auth_forbidden());
		const parsed = parseForm(revokeFormSchema, await request.formData());
		if (!parsed.ok) return fail(400, { form: 'revoke', errors: parsed.errors, values: parsed.values });
		try {
			await revokeCertificate(await getDb(), user, params.number, parsed.data.reason);
		} catch (cause) {
			return learningRefusal(cause, 'revoke');
		}
		return { form: 'revoke', success: m.certificate_revoked_notice() };
	}
};
