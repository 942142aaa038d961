import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as m from '$lib/paraglide/messages';
import { parseForm } from '$lib/server/validation/form';
import { requireCuratorEntry } from '$lib/server/innovations/http';
import { getEntryHeader } from '$lib/server/innovations/drafts';
import { getPreview } from '$lib/server/innovations/publication';
import { addCuratorNote, applyAction, auditTrail, changesSinceReview, setFeatured } from '$lib/server/innovations/moderation';
import { availableActions } from '$lib/server/innovations/state-machine';
import { addToCollection, collectionsContaining, listCollections, removeFromCollection } from '$lib/server/innovations/collections';
import { listReplicationRequests } from '$lib/server/innovations/replication';
import { noteForm } from '$lib/server/innovations/validation';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const ctx = await requireCuratorEntry(locals, url, params.id);
	const [header, entry, changes, trail, collections, containing, requests] = await Promise.all([
		getEntryHeader(ctx.db, ctx.innovationId),
		getPreview(ctx.db, ctx.innovationId),
		changesSinceReview(ctx.db, ctx.innovationId),
		auditTrail(ctx.db, ctx.innovationId),
		listCollections(ctx.db),
		collectionsContaining(ctx.db, ctx.innovationId),
		listReplicationRequests(ctx.db, ctx.innovationId)
	]);
	if (!header || !entry) error(404, m.innovation_not_found());
	const hasPublished = header.publishedRevisionId !== null;
	return {
		header: {
			id: header.id,
			title: header.title,
			slug: header.slug,
			status: header.status,
			featured: header.featured,
			isPublic: hasPublished && header.status !== 'archived'
		},
		entry,
		changes,
		trail,
		actions: availableActions(header.status, 'curator', hasPublished),
		collections: collections.map((c) => ({ id: c.id, title: c.title, contains: containing.includes(c.id) })),
		replicationCount: requests.length
	};
};

export const actions: Actions = {
	decide: async ({ locals, url, params, request }) => {
		const ctx = await requireCuratorEntry(locals, url, params.id);
		const data = await request.formData();
		const parsed = parseForm(noteForm, data);
		if (!parsed.ok) return fail(400, { form: 'decide', errors: parsed.errors, values: parsed.values });
		const action = String(data.get('action') ?? '');
		// A revision request without a note leaves the team guessing; ask for one.
		if ((action === 'request_revision' || action === 'reject') && !parsed.data.note) {
			return fail(400, { form: 'decide', errors: { note: m.curation_note_required() }, values: { note: '' } });
		}
		const result = await applyAction(ctx.db, { innovationId: ctx.innovationId, actor: ctx.user, action, note: parsed.data.note });
		if (!result.ok) {
			if (result.error === 'forbidden') error(403, m.innovation_error_forbidden());
			if (result.error === 'not_found') error(404, m.innovation_not_found());
			return fail(409, { form: 'decide', errors: { form: m.innovation_error_transition() }, values: { note: parsed.data.note } });
		}
		return { form: 'decide', success: m.curation_decision_saved() };
	},
	note: async ({ locals, url, params, request }) => {
		const ctx = await requireCuratorEntry(locals, url, params.id);
		const parsed = parseForm(noteForm, await request.formData());
		if (!parsed.ok || !parsed.data.note) {
			return fail(400, { form: 'note', errors: parsed.ok ? { note: m.form_required() } : parsed.errors, values: parsed.ok ? {} : parsed.values });
		}
		await addCuratorNote(ctx.db, ctx.innovationId, ctx.user, parsed.data.note);
		return { form: 'note', success: m.curation_note_sent() };
	},
	feature: async ({ locals, url, params, request }) => {
		const ctx = await requireCuratorEntry(locals, url, params.id);
		const on = (await request.formData()).get('featured') === '1';
		if (!(await setFeatured(ctx.db, ctx.innovationId, ctx.user, on))) return fail(409, { form: 'feature', errors: { form: m.curation_feature_unpublished() } });
		return { form: 'feature', success: on ? m.curation_featured_on() : m.curation_featured_off() };
	},
	collection: async ({ locals, url, params, request }) => {
		const ctx = await requireCuratorEntry(locals, url, params.id);
		const data = await request.formData();
		const collectionId = Number(data.get('collectionId'));
		if (!Number.isInteger(collectionId) || collectionId <= 0) return fail(400, { form: 'collection', errors: { form: m.form_invalid_choice() } });
		if (data.get('op') === 'remove') {
			await removeFromCollection(ctx.db, collectionId, ctx.innovationId);
			return { form: 'collection', success: m.curation_collection_removed() };
		}
		if (!(await addToCollection(ctx.db, collectionId, ctx.innovationId))) {
			return fail(409, { form: 'collection', errors: { form: m.curation_collection_not_added() } });
		}
		return { form: 'collection', success: m.curation_collection_added() };
	}
};
