import type { LayoutServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { unreadNotificationCount } from '$lib/server/innovations/notifications';

export const load: LayoutServerLoad = async ({ locals, depends }) => {
	// Pages that read or clear notifications invalidate this so the header badge follows.
	depends('app:notifications');
	return {
		user: locals.user,
		unreadNotifications: locals.user ? await unreadNotificationCount(await getDb(), locals.user.id) : 0
	};
};
