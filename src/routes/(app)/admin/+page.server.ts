import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { changeUserRole, listUsers, setUserDisabled } from '$lib/server/auth/admin-users';
import { requireRole, requireUser } from '$lib/server/auth/guard';
import { roleChangeSchema, userIdSchema, userSearchSchema } from '$lib/server/auth/schemas';
import { parseForm } from '$lib/server/validation/form';
import * as m from '$lib/paraglide/messages';

/** Admins only: signed-out visitors are sent to sign in, everyone else gets 403. */
function requireAdmin(locals: App.Locals, url: URL) {
	requireUser(locals, url);
	return requireRole(locals, 'admin');
}

export const load: PageServerLoad = async ({ locals, url }) => {
	const admin = requireAdmin(locals, url);
	const query = userSearchSchema.parse({ q: url.searchParams.get('q') ?? '', page: url.searchParams.get('halaman') ?? '1' });
	return { adminId: admin.id, query, users: await listUsers(await getDb(), query) };
};

export const actions: Actions = {
	role: async ({ locals, url, request }) => {
		const admin = requireAdmin(locals, url);
		const parsed = parseForm(roleChangeSchema, await request.formData());
		if (!parsed.ok) return fail(400, { error: Object.values(parsed.errors)[0] ?? m.form_invalid() });
		const result = await changeUserRole(await getDb(), admin.id, parsed.data.userId, parsed.data.role);
		if (!result.ok) return fail(400, { error: result.message });
		return { userId: parsed.data.userId, message: result.changed ? 'role' : 'none' };
	},
	disable: async ({ locals, url, request }) => toggle(locals, url, request, true),
	enable: async ({ locals, url, request }) => toggle(locals, url, request, false)
};

async function toggle(locals: App.Locals, url: URL, request: Request, disabled: boolean) {
	const admin = requireAdmin(locals, url);
	const parsed = parseForm(userIdSchema, await request.formData());
	if (!parsed.ok) return fail(400, { error: m.form_invalid() });
	const result = await setUserDisabled(await getDb(), admin.id, parsed.data.userId, disabled);
	if (!result.ok) return fail(400, { error: result.message });
	return { userId: parsed.data.userId, message: !result.changed ? 'none' : disabled ? 'disabled' : 'enabled' };
}
