import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as m from '$lib/paraglide/messages';
import { parseForm } from '$lib/server/validation/form';
import { getStorage } from '$lib/server/storage';
import { requireEntryEdit, requireEntryView } from '$lib/server/innovations/http';
import { IMAGE_LIMITS } from '$lib/server/innovations/images';
import { IMAGE_MAX_MB, imageErrorMessage } from '$lib/server/innovations/image-errors';
import { addMedia, hasRoomForMedia, listMedia, moveMedia, removeMedia, storeUpload, updateMedia } from '$lib/server/innovations/media';
import { mediaForm } from '$lib/server/innovations/validation';

const MAX_MB = IMAGE_MAX_MB;
const uploadError = imageErrorMessage;

function mediaId(data: FormData): number {
	const id = Number(data.get('mediaId'));
	return Number.isInteger(id) && id > 0 ? id : 0;
}

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const ctx = await requireEntryView(locals, url, params.id);
	return { media: await listMedia(ctx.db, ctx.innovationId), maxMb: MAX_MB };
};

export const actions: Actions = {
	upload: async ({ locals, url, params, request }) => {
		const ctx = await requireEntryEdit(locals, url, params.id);
		const data = await request.formData();
		const parsed = parseForm(mediaForm, data);
		const file = data.get('file');
		const errors: Record<string, string> = parsed.ok ? {} : { ...parsed.errors };
		if (!(file instanceof File) || file.size === 0) errors.file = uploadError('missing');
		else if (file.size > IMAGE_LIMITS.maxBytes) errors.file = uploadError('too_large');
		if (!(await hasRoomForMedia(ctx.db, ctx.innovationId))) errors.file = m.media_error_too_many();
		if (Object.keys(errors).length || !parsed.ok || !(file instanceof File)) {
			return fail(400, { form: 'upload', errors, values: { alt: String(data.get('alt') ?? ''), caption: String(data.get('caption') ?? '') } });
		}
		const stored = await storeUpload(ctx.db, getStorage(), ctx.user.id, Buffer.from(await file.arrayBuffer()));
		if (!stored.ok) return fail(400, { form: 'upload', errors: { file: uploadError(stored.error) }, values: parsed.data });
		await addMedia(ctx.db, ctx.innovationId, ctx.user.id, { uploadId: stored.uploadId, ...parsed.data });
		return { form: 'upload', success: m.media_uploaded() };
	},
	update: async ({ locals, url, params, request }) => {
		const ctx = await requireEntryEdit(locals, url, params.id);
		const data = await request.formData();
		const id = mediaId(data);
		const parsed = parseForm(mediaForm, data);
		if (!parsed.ok || !id) return fail(400, { form: 'update', target: id, errors: parsed.ok ? {} : parsed.errors, values: parsed.ok ? {} : parsed.values });
		await updateMedia(ctx.db, ctx.innovationId, ctx.user.id, id, parsed.data);
		return { form: 'update', target: id, success: m.innovation_saved_notice() };
	},
	move: async ({ locals, url, params, request }) => {
		const ctx = await requireEntryEdit(locals, url, params.id);
		const data = await request.formData();
		const direction = data.get('direction') === 'up' ? 'up' : 'down';
		await moveMedia(ctx.db, ctx.innovationId, ctx.user.id, mediaId(data), direction);
		return { form: 'move' };
	},
	remove: async ({ locals, url, params, request }) => {
		const ctx = await requireEntryEdit(locals, url, params.id);
		await removeMedia(ctx.db, getStorage(), ctx.innovationId, ctx.user.id, mediaId(await request.formData()));
		return { form: 'remove', success: m.media_removed() };
	}
};
