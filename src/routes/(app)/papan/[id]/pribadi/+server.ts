import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { appRooms } from '$lib/server/boards/live-rooms';
import { listPrivateNotes, privateNoteInputSchema } from '$lib/server/boards/private-notes';
import { facilitationAnswer, privateNoteWrite, readJsonBody, signedOut } from '$lib/server/boards/facilitation-http';

/** My private notes on the board, and how many others are hidden. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const user = locals.user;
	if (!user) return signedOut();
	return facilitationAnswer(async () => listPrivateNotes(await getDb(), user, params.id));
};

/** Saves or deletes one of my private notes, or (facilitators) reveals everyone's; rate-limited per person. */
export const POST: RequestHandler = async ({ locals, params, request }) => {
	const user = locals.user;
	if (!user) return signedOut();
	const body = await readJsonBody(request, privateNoteInputSchema);
	if (!body.ok) return body.response;
	const input = body.data;
	return facilitationAnswer(async () => privateNoteWrite(await getDb(), await appRooms(), user, params.id, input));
};
