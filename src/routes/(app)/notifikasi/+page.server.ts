import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localizePath } from '$lib/i18n';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { listNotifications, markNotificationsRead, openNotification } from '$lib/server/innovations/notifications';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	return { notifications: await listNotifications(await getDb(), user.id) };
};

export const actions: Actions = {
	readAll: async ({ locals, url }) => {
		const user = requireUser(locals, url);
		await markNotificationsRead(await getDb(), user.id);
		return { success: true };
	},
	/** Marks one notification read and opens what it points to. */
	open: async ({ locals, url, request }) => {
		const user = requireUser(locals, url);
		const id = Number((await request.formData()).get('id'));
		const link = await openNotification(await getDb(), user.id, id);
		redirect(303, localizePath(link ?? '/notifikasi'));
	}
};
