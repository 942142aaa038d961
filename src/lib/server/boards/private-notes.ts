/**
 * Private (silent) mode. While a facilitator has it on, a participant's new sticky notes are kept
 * here, on the server, and only their author ever receives them; the board's document — which
 * every participant's browser holds — does not contain them, so nothing in a browser can leak them.
 * The facilitator's reveal moves every private note of the board into the document in one server
 * edit (persisted and relayed like any edit), then deletes exactly the rows it moved.
 */
import { and, count, countDistinct, eq, inArray, lte, ne } from 'drizzle-orm';
import { z } from 'zod';
import * as m from '../../paraglide/messages';
import type { Database } from '../db/client';
import { boardPrivateNotes } from '../db/schema';
import { isValidId } from '../../canvas/model/fields';
import { orderKeysBetween } from '../../canvas/model/order';
import { restoreShape } from '../../canvas/model/restore';
import type { Shape } from '../../canvas/model/schema';
import { readFacilitation, updateFacilitation } from '../../canvas/sync/board-state';
import { boardMaps } from '../../canvas/sync/doc';
import { createShapes, topOrder } from '../../canvas/sync/shapes';
import { authorizeBoard, type BoardActor } from './access';
import { BoardError } from './boards';
import { withRoom, type LiveRooms } from './live-rooms';

/** Private notes one person may hold on one board: a long brainstorm, not a second board. */
export const MAX_PRIVATE_NOTES = 200;

/** Why a private note was refused; each has a message for its author. */
export type PrivateNoteRefusal = 'mode_off' | 'too_many' | 'invalid' | 'taken';

export class PrivateNoteError extends Error {
	constructor(readonly code: PrivateNoteRefusal) {
		super(`private note: ${code}`);
		this.name = 'PrivateNoteError';
	}
}

/** The author's message for a refusal, in the request's language. */
export function privateNoteRefusalMessage(code: PrivateNoteRefusal): string {
	switch (code) {
		case 'mode_off':
			return m.private_error_mode_off();
		case 'too_many':
			return m.private_error_too_many({ max: MAX_PRIVATE_NOTES });
		case 'invalid':
			return m.private_error_invalid();
		case 'taken':
			return m.private_error_taken();
	}
}

/** What the browser may send: save a note (a sticky record), delete one, or (facilitators) reveal. */
export const privateNoteInputSchema = z.discriminatedUnion('action', [
	z.object({ action: z.literal('save'), note: z.record(z.string(), z.unknown()) }),
	z.object({ action: z.literal('delete'), id: z.string().refine((id) => isValidId(id), { error: () => m.private_error_invalid() }) }),
	z.object({ action: z.literal('reveal'), end: z.boolean().default(false) })
]);
export type PrivateNoteInput = z.infer<typeof privateNoteInputSchema>;

/** My private notes, and how many others are hidden (counts only, never content). */
export interface PrivateNotesView {
	notes: Shape[];
	hidden: { notes: number; people: number };
}

async function access(db: Database, actor: BoardActor, boardId: string) {
	const auth = await authorizeBoard(db, boardId, actor);
	if (!auth.exists || !auth.role) throw new BoardError('not_found');
	return auth;
}

/** A stored or sent record through the model's gate: a sticky note by `authorId`, or null. */
function asPrivateNote(raw: unknown, authorId: number): Shape | null {
	const result = restoreShape(raw);
	if (!result.ok || result.shape.type !== 'sticky') return null;
	// Private notes sit at the root: a frame they point at may be gone (or moved) by the reveal.
	return { ...result.shape, author: String(authorId), parentId: null, locked: false };
}

/** My private notes on the board, and the count of everyone else's. */
export async function listPrivateNotes(db: Database, actor: BoardActor, boardId: string): Promise<PrivateNotesView> {
	// The board's document is not read: the browser has it, and opening a board must not make the
	// server load (and apply) the whole board just to list a few notes.
	await access(db, actor, boardId);
	const rows = await db
		.select({ record: boardPrivateNotes.record })
		.from(boardPrivateNotes)
		.where(and(eq(boardPrivateNotes.boardId, boardId), eq(boardPrivateNotes.authorId, actor.id)))
		.orderBy(boardPrivateNotes.createdAt, boardPrivateNotes.id);
	const [others] = await db
		.select({ notes: count(), people: countDistinct(boardPrivateNotes.authorId) })
		.from(boardPrivateNotes)
		.where(and(eq(boardPrivateNotes.boardId, boardId), ne(boardPrivateNotes.authorId, actor.id)));
	const notes = rows.map((r) => asPrivateNote(r.record, actor.id)).filter((s): s is Shape => s !== null);
	return { notes, hidden: { notes: others?.notes ?? 0, people: others?.people ?? 0 } };
}

/** Saves (creates or updates) one of my private notes while private mode is on. */
export async function savePrivateNote(db: Database, rooms: LiveRooms, actor: BoardActor, boardId: string, raw: Record<string, unknown>): Promise<Shape> {
	const auth = await access(db, actor, boardId);
	if (auth.role !== 'edit') throw new BoardError('forbidden');
	const note = asPrivateNote(raw, actor.id);
	if (!note) throw new PrivateNoteError('invalid');
	await withRoom(rooms, boardId, (room) => {
		if (!readFacilitation(room.doc).privateMode) throw new PrivateNoteError('mode_off');
		// An id already on the board would overwrite that shape at the reveal.
		if (boardMaps(room.doc).shapes.has(note.id)) throw new PrivateNoteError('taken');
	});
	await db.transaction(async (tx) => {
		const [existing] = await tx
			.select({ authorId: boardPrivateNotes.authorId })
			.from(boardPrivateNotes)
			.where(and(eq(boardPrivateNotes.boardId, boardId), eq(boardPrivateNotes.id, note.id)));
		if (existing && existing.authorId !== actor.id) throw new PrivateNoteError('taken');
		if (!existing) {
			const [mine] = await tx
				.select({ n: count() })
				.from(boardPrivateNotes)
				.where(and(eq(boardPrivateNotes.boardId, boardId), eq(boardPrivateNotes.authorId, actor.id)));
			if ((mine?.n ?? 0) >= MAX_PRIVATE_NOTES) throw new PrivateNoteError('too_many');
		}
		await tx
			.insert(boardPrivateNotes)
			.values({ boardId, id: note.id, authorId: actor.id, record: note })
			.onConflictDoUpdate({
				target: [boardPrivateNotes.boardId, boardPrivateNotes.id],
				set: { record: note, updatedAt: new Date() },
				// Someone else's note under the same id is never overwritten, even in a race.
				setWhere: eq(boardPrivateNotes.authorId, actor.id)
			});
	});
	return note;
}

/** Deletes one of my private notes (nothing happens to anyone else's). */
export async function deletePrivateNote(db: Database, actor: BoardActor, boardId: string, id: string): Promise<void> {
	const auth = await access(db, actor, boardId);
	if (auth.role !== 'edit') throw new BoardError('forbidden');
	await db
		.delete(boardPrivateNotes)
		.where(and(eq(boardPrivateNotes.boardId, boardId), eq(boardPrivateNotes.id, id), eq(boardPrivateNotes.authorId, actor.id)));
}

/**
 * Reveals every private note of the board into its document, on top of everything (facilitators
 * only); with `end`, private mode ends in the same edit. Returns how many notes were revealed.
 */
export async function revealPrivateNotes(db: Database, rooms: LiveRooms, actor: BoardActor, boardId: string, end: boolean): Promise<number> {
	const auth = await access(db, actor, boardId);
	if (!auth.facilitator) throw new BoardError('forbidden');
	const readAt = new Date();
	const rows = await db
		.select({ id: boardPrivateNotes.id, authorId: boardPrivateNotes.authorId, record: boardPrivateNotes.record })
		.from(boardPrivateNotes)
		.where(eq(boardPrivateNotes.boardId, boardId))
		.orderBy(boardPrivateNotes.createdAt, boardPrivateNotes.id);
	const revealed = await withRoom(rooms, boardId, (room) => {
		const shapes = boardMaps(room.doc).shapes;
		const notes = rows
			.map((r) => asPrivateNote(r.record, r.authorId))
			.filter((s): s is Shape => s !== null && !shapes.has(s.id));
		const orders = notes.length ? orderKeysBetween(topOrder(room.doc), null, notes.length) : [];
		const placed = notes.map((note, i) => ({ ...note, order: orders[i] ?? note.order }));
		room.applyServerEdit((doc, origin) =>
			doc.transact(() => {
				createShapes(doc, placed, origin);
				updateFacilitation(doc, { privateRevealedAt: Date.now(), ...(end ? { privateMode: false } : {}) }, origin);
			}, origin)
		);
		return placed.length;
	});
	await rooms.flush();
	// Exactly the rows read, as read: a note saved or changed during the reveal stays private for the next one.
	const ids = rows.map((r) => r.id);
	if (ids.length) {
		await db
			.delete(boardPrivateNotes)
			.where(and(eq(boardPrivateNotes.boardId, boardId), inArray(boardPrivateNotes.id, ids), lte(boardPrivateNotes.updatedAt, readAt)));
	}
	return revealed;
}
