import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as m from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { parseForm } from '$lib/server/validation/form';
import { localizePath } from '$lib/i18n';
import { getPublicEntry } from '$lib/server/innovations/publication';
import { classificationChoices, isTeamMember } from '$lib/server/innovations/drafts';
import { createReplicationRequest, myReplicationRequests, requesterDefaults } from '$lib/server/innovations/replication';
import { replicationForm } from '$lib/server/innovations/validation';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const user = requireUser(locals, url);
	const db = await getDb();
	const entry = await getPublicEntry(db, params.slug);
	if (!entry) error(404, m.innovation_not_found());
	const [defaults, choices, mine, ownEntry] = await Promise.all([
		requesterDefaults(db, user.id),
		classificationChoices(db),
		myReplicationRequests(db, entry.id, user.id),
		isTeamMember(db, entry.id, user.id)
	]);
	return {
		entry: { id: entry.id, slug: entry.slug, title: entry.title, agency: entry.agency?.name ?? null, province: entry.province?.name ?? null },
		defaults,
		provinces: choices.provinces,
		mine,
		ownEntry
	};
};

export const actions: Actions = {
	default: async ({ params, locals, url, request }) => {
		const user = requireUser(locals, url);
		const db = await getDb();
		const entry = await getPublicEntry(db, params.slug);
		if (!entry) error(404, m.innovation_not_found());
		const parsed = parseForm(replicationForm, await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const result = await createReplicationRequest(db, { innovationId: entry.id, requester: user, ...parsed.data });
		if (!result.ok) {
			const errors: Record<string, string> =
				result.error === 'bad_province'
					? { provinceCode: m.form_invalid_choice() }
					: { form: result.error === 'rate_limited' ? m.replication_error_rate_limited() : m.replication_error_own_entry() };
			return fail(result.error === 'rate_limited' ? 429 : 400, { errors, values: parsed.data });
		}
		redirect(303, `${localizePath(`/inovasi/${entry.slug}`)}?replikasi=terkirim`);
	}
};
