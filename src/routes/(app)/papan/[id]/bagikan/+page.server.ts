import type { Actions, PageServerLoad } from './$types';
import * as m from '$lib/paraglide/messages';
import { localizePath } from '$lib/i18n';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { parseForm } from '$lib/server/validation/form';
import { boardSharing, setViewLink, shareBoardByEmail, unshareBoard, viewLinkPath } from '$lib/server/boards/sharing';
import { shareBoardFormSchema, unshareBoardFormSchema } from '$lib/server/boards/forms';
import { boardFormFailure, orRefusal } from '$lib/server/boards/http';
import { roleName } from './role-name';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const sharing = await orRefusal(async () => boardSharing(await getDb(), user, params.id));
	return {
		board: sharing.board,
		shares: sharing.shares,
		link: sharing.linkToken ? new URL(localizePath(viewLinkPath(sharing.board.id, sharing.linkToken)), url.origin).href : null
	};
};

export const actions: Actions = {
	share: async ({ locals, url, params, request }) => {
		const user = requireUser(locals, url);
		const parsed = parseForm(shareBoardFormSchema, await request.formData());
		if (!parsed.ok) return boardFormFailure({ form: 'share', errors: parsed.errors, values: parsed.values });
		const { email, role } = parsed.data;
		const result = await orRefusal(async () => shareBoardByEmail(await getDb(), user, params.id, email, role));
		if (!result.ok) {
			const error = result.reason === 'owner' ? m.boards_share_owner() : m.boards_share_user_not_found();
			return boardFormFailure({ form: 'share', errors: { email: error }, values: { email, role } });
		}
		return { form: 'share', success: m.boards_shared({ name: result.name, role: roleName(role) }) };
	},
	unshare: async ({ locals, url, params, request }) => {
		const user = requireUser(locals, url);
		const parsed = parseForm(unshareBoardFormSchema, await request.formData());
		if (!parsed.ok) return boardFormFailure({ form: 'unshare', errors: { form: m.form_invalid() } });
		const name = await orRefusal(async () => unshareBoard(await getDb(), user, params.id, parsed.data.userId));
		return { form: 'unshare', success: name ? m.boards_unshared({ name }) : m.boards_share_empty() };
	},
	linkOn: async ({ locals, url, params }) => {
		const user = requireUser(locals, url);
		await orRefusal(async () => setViewLink(await getDb(), user, params.id, true));
		return { form: 'link', success: m.boards_link_created() };
	},
	linkOff: async ({ locals, url, params }) => {
		const user = requireUser(locals, url);
		await orRefusal(async () => setViewLink(await getDb(), user, params.id, false));
		return { form: 'link', success: m.boards_link_revoked() };
	}
};
