import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { changePassword, countSessions, signOutOtherSessions, updateProfile } from '$lib/server/auth/accounts';
import { requireSession } from '$lib/server/auth/guard';
import { getProfile, profileFormOptions } from '$lib/server/auth/profile';
import { changePasswordSchema, profileSchema } from '$lib/server/auth/schemas';
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE } from '$lib/server/i18n/locale-preference';
import { formFailure, parseForm } from '$lib/server/validation/form';
import { getStorage } from '$lib/server/storage';
import { IMAGE_LIMITS } from '$lib/server/innovations/images';
import { IMAGE_MAX_MB, imageErrorMessage } from '$lib/server/innovations/image-errors';
import { getProfileSettings, removeProfilePhoto, saveProfileDetails, setProfilePhoto } from '$lib/server/profiles/profiles';
import { profileDetailsSchema } from '$lib/server/profiles/validation';
import { getLocale } from '$lib/paraglide/runtime';
import { localizePath } from '$lib/i18n';
import * as m from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { user } = requireSession(locals, url);
	const db = await getDb();
	const [profile, publicProfile] = await Promise.all([getProfile(db, user.id), getProfileSettings(db, user.id)]);
	if (!profile || !publicProfile) error(404, m.admin_user_not_found());
	return {
		profile,
		publicProfile,
		photoMaxMb: IMAGE_MAX_MB,
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
	publicProfile: async ({ locals, url, request }) => {
		const { user } = requireSession(locals, url);
		const parsed = parseForm(profileDetailsSchema, await request.formData());
		// A refused submission saves nothing: the stored profile stays as it was.
		if (!parsed.ok) return fail(400, { form: 'publicProfile', ...parsed });
		await saveProfileDetails(await getDb(), user.id, parsed.data);
		return { form: 'publicProfile', done: m.account_public_saved() };
	},
	photo: async ({ locals, url, request }) => {
		const { user } = requireSession(locals, url);
		const file = (await request.formData()).get('photo');
		const refuse = (message: string) => fail(400, { form: 'photo', errors: { photo: message } });
		if (!(file instanceof File) || file.size === 0) return refuse(imageErrorMessage('missing'));
		if (file.size > IMAGE_LIMITS.maxBytes) return refuse(imageErrorMessage('too_large'));
		const stored = await setProfilePhoto(await getDb(), getStorage(), user.id, Buffer.from(await file.arrayBuffer()));
		if (!stored.ok) return refuse(imageErrorMessage(stored.error));
		return { form: 'photo', done: m.account_photo_saved() };
	},
	removePhoto: async ({ locals, url }) => {
		const { user } = requireSession(locals, url);
		await removeProfilePhoto(await getDb(), getStorage(), user.id);
		return { form: 'photo', done: m.account_photo_removed() };
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
