import { error, json } from '@sveltejs/kit';
import { z } from 'zod';
import type { RequestHandler } from './$types';
import * as m from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { commentPatchSchema, deleteComment, setCommentResolved } from '$lib/server/boards/comments';
import { commentRefusal } from '$lib/server/boards/comments-http';

const commentId = z.coerce.number().int().positive().max(2_147_483_647);

/** Resolves or reopens a comment. */
export const PATCH: RequestHandler = async ({ locals, params, request }) => {
	if (!locals.user) error(401, m.comment_error_forbidden());
	const user = locals.user;
	const id = commentId.safeParse(params.commentId);
	const body = commentPatchSchema.safeParse(await request.json().catch(() => null));
	if (!id.success || !body.success) error(400, m.comment_error_failed());
	return commentRefusal(async () => {
		await setCommentResolved(await getDb(), user, params.id, id.data, body.data.resolved);
		return json({ ok: true });
	});
};

/** Deletes a comment (its author or a facilitator). */
export const DELETE: RequestHandler = async ({ locals, params }) => {
	if (!locals.user) error(401, m.comment_error_forbidden());
	const user = locals.user;
	const id = commentId.safeParse(params.commentId);
	if (!id.success) error(404, m.board_not_found());
	return commentRefusal(async () => {
		await deleteComment(await getDb(), user, params.id, id.data);
		return json({ ok: true });
	});
};
