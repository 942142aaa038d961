import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as m from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { requireRole, requireUser } from '$lib/server/auth/guard';
import { parseForm } from '$lib/server/validation/form';
import { getPublicEntry, publicInnovationId } from '$lib/server/innovations/publication';
import { isCurator, loadAccess } from '$lib/server/innovations/permissions';
import {
	addComment,
	flagComment,
	hasAppreciated,
	listComments,
	recordView,
	setCommentStatus,
	toggleAppreciation
} from '$lib/server/innovations/engagement';
import { commentForm, flagForm } from '$lib/server/innovations/validation';
import { clientAddress } from '$lib/server/innovations/http';
import { entryJsonLd } from '$lib/server/innovations/structured-data';
import { LIMITS } from '$lib/innovations/fields';
import { shareLinks } from '$lib/server/innovations/share-links';

export const load: PageServerLoad = async ({ params, locals, request, getClientAddress, url }) => {
	const db = await getDb();
	const entry = await getPublicEntry(db, params.slug);
	if (!entry) error(404, m.innovation_not_found());
	const user = locals.user;
	await recordView(db, {
		innovationId: entry.id,
		address: clientAddress(getClientAddress),
		userAgent: request.headers.get('user-agent') ?? '',
		userId: user?.id ?? null
	});
	const access = user ? (await loadAccess(db, entry.id, user))?.access : null;
	const curator = isCurator(user);
	return {
		entry,
		comments: await listComments(db, entry.id, 'public', user ? { id: user.id, curator } : null),
		viewer: {
			signedIn: Boolean(user),
			appreciated: user ? await hasAppreciated(db, entry.id, user.id) : false,
			isTeam: Boolean(access?.member),
			isCurator: curator
		},
		pageUrl: `${url.origin}${url.pathname}`,
		shareLinks: shareLinks(`${url.origin}${url.pathname}`, entry.title),
		jsonLd: entryJsonLd(entry, url.origin),
		// The generated share card (title, agency, province, stage) is the Open Graph image; the lead photo stays in the JSON-LD.
		ogImage: `${url.origin}/inovasi/${entry.slug}/og.png`,
		replicationSent: url.searchParams.get('replikasi') === 'terkirim',
		commentMaxLength: LIMITS.comment,
		// Long static texts of the comment section come from the server in the page's language, so
		// the page does not bundle them in both languages (entry-page JS budget, issue 7).
		commentTexts: { empty: m.innovation_comments_empty(), hint: m.innovation_comment_hint() }
	};
};

async function entryId(slug: string): Promise<number> {
	const id = await publicInnovationId(await getDb(), slug);
	if (id === null) error(404, m.innovation_not_found());
	return id;
}

export const actions: Actions = {
	appreciate: async ({ locals, url, params, request }) => {
		const user = requireUser(locals, url);
		const id = await entryId(params.slug);
		const want = (await request.formData()).get('want') === '1';
		const result = await toggleAppreciation(await getDb(), id, user.id, want);
		if (!result.ok) return fail(429, { form: 'appreciate', error: m.innovation_error_rate_limited() });
		return { form: 'appreciate', success: want ? m.innovation_appreciated_notice() : m.innovation_unappreciated_notice() };
	},
	comment: async ({ locals, url, params, request }) => {
		const user = requireUser(locals, url);
		const id = await entryId(params.slug);
		const parsed = parseForm(commentForm, await request.formData());
		if (!parsed.ok) return fail(400, { form: 'comment', errors: parsed.errors, values: parsed.values });
		const db = await getDb();
		const entry = await getPublicEntry(db, params.slug);
		const result = await addComment(db, {
			innovationId: id,
			author: user,
			kind: 'public',
			body: parsed.data.body,
			title: entry?.title ?? '',
			link: `/inovasi/${params.slug}#komentar`
		});
		if (!result.ok) {
			return fail(429, { form: 'comment', errors: { body: m.innovation_error_rate_limited() }, values: { body: parsed.data.body } });
		}
		return { form: 'comment', success: m.innovation_comment_posted() };
	},
	flag: async ({ locals, url, params, request }) => {
		const user = requireUser(locals, url);
		const id = await entryId(params.slug);
		const data = await request.formData();
		const commentId = Number(data.get('commentId'));
		const parsed = parseForm(flagForm, data);
		if (!Number.isInteger(commentId) || commentId <= 0 || !parsed.ok) return fail(400, { form: 'flag', error: m.form_invalid() });
		const result = await flagComment(await getDb(), { innovationId: id, commentId, userId: user.id, reason: parsed.data.reason });
		if (!result.ok) {
			const message =
				result.error === 'rate_limited'
					? m.innovation_error_rate_limited()
					: result.error === 'already'
						? m.innovation_flag_already()
						: m.innovation_flag_not_allowed();
			return fail(result.error === 'rate_limited' ? 429 : 400, { form: 'flag', target: commentId, error: message });
		}
		return { form: 'flag', target: commentId, success: m.innovation_flag_thanks() };
	},
	moderateComment: async ({ locals, params, request }) => {
		const user = requireRole(locals, 'curator', 'admin');
		await entryId(params.slug);
		const data = await request.formData();
		const commentId = Number(data.get('commentId'));
		const status = data.get('status');
		if (!Number.isInteger(commentId) || (status !== 'visible' && status !== 'hidden')) return fail(400, { form: 'moderate', error: m.form_invalid() });
		await setCommentStatus(await getDb(), commentId, status, user.id);
		return { form: 'moderate', target: commentId, success: status === 'hidden' ? m.curation_comment_hidden() : m.curation_comment_shown() };
	}
};
