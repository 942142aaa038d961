import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { appRooms } from '$lib/server/boards/live-rooms';
import { myVote } from '$lib/server/boards/voting';
import { facilitationAnswer, readJsonBody, signedOut, voteRequestSchema, voteWrite } from '$lib/server/boards/facilitation-http';

/** My ballot in the current voting session (facilitators also get the live standings). */
export const GET: RequestHandler = async ({ locals, params }) => {
	const user = locals.user;
	if (!user) return signedOut();
	return facilitationAnswer(async () => myVote(await getDb(), await appRooms(), user, params.id));
};

/** Casts or withdraws a vote, or (facilitators) reveals the results; rate-limited per person. */
export const POST: RequestHandler = async ({ locals, params, request }) => {
	const user = locals.user;
	if (!user) return signedOut();
	const body = await readJsonBody(request, voteRequestSchema);
	if (!body.ok) return body.response;
	const input = body.data;
	return facilitationAnswer(async () => voteWrite(await getDb(), await appRooms(), user, params.id, input));
};
