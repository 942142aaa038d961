import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as m from '$lib/paraglide/messages';
import { parseForm } from '$lib/server/validation/form';
import { requireEntryView } from '$lib/server/innovations/http';
import { canManageReplication } from '$lib/server/innovations/permissions';
import { advanceReplicationRequest, listReplicationRequests } from '$lib/server/innovations/replication';
import { replicationStatusForm } from '$lib/server/innovations/validation';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const ctx = await requireEntryView(locals, url, params.id);
	if (!canManageReplication(ctx.access)) error(404, m.innovation_not_found());
	return { requests: await listReplicationRequests(ctx.db, ctx.innovationId) };
};

export const actions: Actions = {
	advance: async ({ locals, url, params, request }) => {
		const ctx = await requireEntryView(locals, url, params.id);
		if (!canManageReplication(ctx.access)) error(404, m.innovation_not_found());
		const data = await request.formData();
		const requestId = Number(data.get('requestId'));
		const parsed = parseForm(replicationStatusForm, data);
		if (!parsed.ok || !Number.isInteger(requestId) || requestId <= 0) return fail(400, { target: requestId, error: m.form_invalid() });
		const moved = await advanceReplicationRequest(ctx.db, { innovationId: ctx.innovationId, requestId, actorId: ctx.user.id, ...parsed.data });
		if (!moved) return fail(409, { target: requestId, error: m.replication_error_transition() });
		return { target: requestId, success: m.replication_status_updated() };
	}
};
