import { z } from 'zod';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { appRooms } from '$lib/server/boards/live-rooms';
import { castVote, myVote, revealVotes, voteInputSchema } from '$lib/server/boards/voting';
import { facilitationAnswer, readJsonBody, signedOut } from '$lib/server/boards/facilitation-http';

/** My ballot in the current voting session (facilitators also get the live standings). */
export const GET: RequestHandler = async ({ locals, params }) => {
	const user = locals.user;
	if (!user) return signedOut();
	return facilitationAnswer(async () => myVote(await getDb(), await appRooms(), user, params.id));
};

const voteRequest = z.union([voteInputSchema.extend({ action: z.literal('vote') }), z.object({ action: z.literal('reveal') })]);

/** Casts or withdraws a vote, or (facilitators) reveals the results. */
export const POST: RequestHandler = async ({ locals, params, request }) => {
	const user = locals.user;
	if (!user) return signedOut();
	const body = await readJsonBody(request, voteRequest);
	if (!body.ok) return body.response;
	const input = body.data;
	return facilitationAnswer(async () => {
		const db = await getDb();
		const rooms = await appRooms();
		if (input.action === 'reveal') return { results: await revealVotes(db, rooms, user, params.id) };
		return castVote(db, rooms, user, params.id, input);
	});
};
