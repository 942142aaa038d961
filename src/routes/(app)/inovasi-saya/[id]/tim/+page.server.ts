import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as m from '$lib/paraglide/messages';
import { parseForm } from '$lib/server/validation/form';
import { requireEntryView, requireTeam } from '$lib/server/innovations/http';
import { canManageTeam, canRemoveMember } from '$lib/server/innovations/permissions';
import { addMentor, inviteMember, listMentors, listTeam, removeMember, removeMentor, setMemberPublic, type InviteResult } from '$lib/server/innovations/team';
import { emailForm } from '$lib/server/innovations/validation';

function inviteError(error: Exclude<InviteResult, { ok: true }>['error']): string {
	return {
		no_such_user: m.innovation_team_error_no_such_user,
		already_member: m.innovation_team_error_already,
		not_a_mentor: m.innovation_team_error_not_a_mentor,
		team_full: m.innovation_team_error_full
	}[error]();
}

function userIdOf(data: FormData): number {
	const id = Number(data.get('userId'));
	return Number.isInteger(id) && id > 0 ? id : 0;
}

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const ctx = await requireEntryView(locals, url, params.id);
	const [team, mentors] = await Promise.all([listTeam(ctx.db, ctx.innovationId), listMentors(ctx.db, ctx.innovationId)]);
	return {
		team: team.map((t) => ({
			userId: t.userId,
			name: t.name,
			role: t.role,
			public: t.public,
			position: t.position,
			agency: t.agency,
			me: t.userId === ctx.user.id,
			removable: canRemoveMember(ctx.access, ctx.user.id, t.userId) && t.role !== 'lead'
		})),
		mentors: mentors.map((t) => ({ userId: t.userId, name: t.name })),
		canManage: canManageTeam(ctx.access, ctx.status)
	};
};

async function manage(event: { locals: App.Locals; url: URL; params: { id?: string } }) {
	const ctx = await requireTeam(event.locals, event.url, event.params.id);
	if (!canManageTeam(ctx.access, ctx.status)) error(409, m.innovation_error_locked());
	return ctx;
}

export const actions: Actions = {
	invite: async (event) => {
		const ctx = await manage(event);
		const parsed = parseForm(emailForm, await event.request.formData());
		if (!parsed.ok) return fail(400, { form: 'invite', errors: parsed.errors, values: parsed.values });
		const result = await inviteMember(ctx.db, ctx.innovationId, parsed.data.email, ctx.user);
		if (!result.ok) return fail(400, { form: 'invite', errors: { email: inviteError(result.error) }, values: { email: parsed.data.email } });
		return { form: 'invite', success: m.innovation_team_invited() };
	},
	visibility: async (event) => {
		const ctx = await manage(event);
		const data = await event.request.formData();
		await setMemberPublic(ctx.db, ctx.innovationId, ctx.user.id, data.get('public') === '1');
		return { form: 'visibility', success: m.innovation_saved_notice() };
	},
	remove: async (event) => {
		const ctx = await manage(event);
		const target = userIdOf(await event.request.formData());
		if (!target || !canRemoveMember(ctx.access, ctx.user.id, target)) error(403, m.innovation_error_forbidden());
		if (!(await removeMember(ctx.db, ctx.innovationId, target))) return fail(400, { form: 'remove', error: m.innovation_team_error_lead() });
		return { form: 'remove', success: m.innovation_team_removed() };
	},
	addMentor: async (event) => {
		const ctx = await manage(event);
		const parsed = parseForm(emailForm, await event.request.formData());
		if (!parsed.ok) return fail(400, { form: 'mentor', errors: parsed.errors, values: parsed.values });
		const result = await addMentor(ctx.db, ctx.innovationId, parsed.data.email);
		if (!result.ok) return fail(400, { form: 'mentor', errors: { email: inviteError(result.error) }, values: { email: parsed.data.email } });
		return { form: 'mentor', success: m.innovation_team_mentor_added() };
	},
	removeMentor: async (event) => {
		const ctx = await manage(event);
		await removeMentor(ctx.db, ctx.innovationId, userIdOf(await event.request.formData()));
		return { form: 'mentor', success: m.innovation_team_removed() };
	}
};
