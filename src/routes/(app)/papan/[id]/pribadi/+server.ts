import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { appRooms } from '$lib/server/boards/live-rooms';
import { deletePrivateNote, listPrivateNotes, privateNoteInputSchema, revealPrivateNotes, savePrivateNote } from '$lib/server/boards/private-notes';
import { facilitationAnswer, readJsonBody, signedOut } from '$lib/server/boards/facilitation-http';

/** My private notes on the board, and how many others are hidden. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const user = locals.user;
	if (!user) return signedOut();
	return facilitationAnswer(async () => listPrivateNotes(await getDb(), user, params.id));
};

/** Saves or deletes one of my private notes, or (facilitators) reveals everyone's. */
export const POST: RequestHandler = async ({ locals, params, request }) => {
	const user = locals.user;
	if (!user) return signedOut();
	const body = await readJsonBody(request, privateNoteInputSchema);
	if (!body.ok) return body.response;
	const input = body.data;
	return facilitationAnswer(async () => {
		const db = await getDb();
		if (input.action === 'delete') return (await deletePrivateNote(db, user, params.id, input.id), { deleted: input.id });
		const rooms = await appRooms();
		if (input.action === 'reveal') return { revealed: await revealPrivateNotes(db, rooms, user, params.id, input.end) };
		return { note: await savePrivateNote(db, rooms, user, params.id, input.note) };
	});
};
