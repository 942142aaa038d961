import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import * as m from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { getPublicProfile } from '$lib/server/profiles/profiles';

// Unknown and private profiles get the same 404, so the answer reveals nothing about who has an account.
export const load: PageServerLoad = async ({ params, locals, url }) => {
	const profile = await getPublicProfile(await getDb(), params.handle);
	if (!profile) error(404, m.profile_not_found());
	return {
		profile,
		isOwner: locals.user?.handle === profile.handle,
		pageUrl: `${url.origin}${url.pathname}`,
		ogImage: profile.photo ? `${url.origin}${profile.photo.src}` : null
	};
};
