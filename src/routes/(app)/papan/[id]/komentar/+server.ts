import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import * as m from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { addComment, boardCommenters, commentInputSchema, listComments } from '$lib/server/boards/comments';
import { commentRefusal } from '$lib/server/boards/comments-http';

/** The board's comments and the people who may be mentioned. */
export const GET: RequestHandler = async ({ locals, params }) => {
	if (!locals.user) error(401, m.comment_error_forbidden());
	const user = locals.user;
	return commentRefusal(async () => {
		const db = await getDb();
		const comments = await listComments(db, user, params.id);
		const people = (await boardCommenters(db, params.id)).map((p) => ({ id: p.id, name: p.name, handle: p.handle }));
		return json({ comments, people });
	});
};

/** Adds a comment; field errors come back as `{ errors: { field: message } }` with status 400. */
export const POST: RequestHandler = async ({ locals, params, request }) => {
	if (!locals.user) error(401, m.comment_error_forbidden());
	const user = locals.user;
	const parsed = commentInputSchema.safeParse(await request.json().catch(() => null));
	if (!parsed.success) {
		const errors: Record<string, string> = {};
		for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? 'body')] ??= issue.message;
		return json({ errors }, { status: 400 });
	}
	return commentRefusal(async () => json({ comment: await addComment(await getDb(), user, params.id, parsed.data) }, { status: 201 }));
};
