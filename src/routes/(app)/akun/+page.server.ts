import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { changePassword, countSessions, signOutOtherSessions, updateProfile } from '$lib/server/auth/accounts';
import { requireSession } from '$lib/server/auth/guard';
import { getProfile, profileFormOptions } from '$lib/server/auth/profile';
import { changePasswordSchema, profileSchema } from '$lib/server/auth/schemas';
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE } from '$lib/server/i18n/locale-preference';
import { formFailure, parseForm } from '$lib/server/validation/form';
import { getLocale } from '$lib/paraglide/runtime';
import { localizePath } from '$lib/i18n';
import * as m from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { user } = requireSession(locals, url);
	const db = await getDb();
	const profile = await getProfile(db, user.id);
	if (!profile) error(404, m.admin_user_not_found());
	return {
		profile,
		options: await profileFormOptions(db, getLocale()),
		sessionCount: await countSessions(db, user.id),
		saved: url.searchParams.has('tersimpan')
	};
};

export const actions: Actions = {
	profile: async ({ locals, url, request, cookies }) => {
		const { user } = requireSession(locals, url);
		const formData = await request.formData();
		const parsed = parseForm(profileSchema, formData);
		if (!parsed.ok) return fail(400, { form: 'profile', ...parsed });
		const result = await updateProfile(await getDb(), user.id, parsed.data);
		if (!result.ok) return fail(400, { form: 'profile', ...formFailure(result.errors, formData) });
		// The chosen language becomes the page's language too (the switch's cookie, the URL prefix).
		cookies.set(LOCALE_COOKIE, parsed.data.locale, {
			path: '/',
			maxAge: LOCALE_COOKIE_MAX_AGE,
			httpOnly: false,
			sameSite: 'lax',
			secure: url.protocol === 'https:'
		});
		redirect(303, `${localizePath('/akun', parsed.data.locale)}?tersimpan`);
	},
	password: async ({ locals, url, request }) => {
		const { user, session } = requireSession(locals, url);
		const parsed = parseForm(changePasswordSchema, await request.formData());
		if (!parsed.ok) return fail(400, { form: 'password', ...parsed });
		const result = await changePassword(await getDb(), {
			userId: user.id,
			sessionId: session.id,
			currentPassword: parsed.data.currentPassword,
			newPassword: parsed.data.newPassword
		});
		if (!result.ok) return fail(400, { form: 'password', ...formFailure(result.errors) });
		return { form: 'password', done: m.account_password_changed() };
	},
	sessions: async ({ locals, url }) => {
		const { user, session } = requireSession(locals, url);
		const ended = await signOutOtherSessions(await getDb(), user.id, session.id);
		return { form: 'sessions', done: m.account_sessions_ended({ count: String(ended) }) };
	}
};
