/**
 * A board's document as the server reads and writes it outside a live session: the current state
 * (from the open room when the board is in memory, else from the update log), a copy of a board's
 * content for a duplicate, and writing a new board's first state. Everything read passes the board
 * model's restore gate before it is written anywhere else.
 */
import * as Y from 'yjs';
import { createLocalOrigin, createShapes, readBoard, readMeta, updateMeta } from '../../canvas/sync';
import type { BoardStore } from '../realtime/persistence';

/**
 * The state of a board that is open in this process (its room's document), or null. The realtime
 * server provides it; tests inject their own. An open board may hold edits its log has not yet
 * committed (group commit), so it is read first.
 */
export type LiveBoardState = (boardId: string) => Promise<Uint8Array | null>;

/** The board's current document state as one update: from the live room, else merged from the log. */
export async function readBoardState(store: BoardStore, boardId: string, live?: LiveBoardState): Promise<Uint8Array> {
	const open = live ? await live(boardId) : null;
	if (open) return open;
	// Another instance (scale-out) may hold a few updates not yet committed; group commit bounds that to ~250 ms.
	const loaded = await store.load(boardId);
	const doc = new Y.Doc();
	try {
		for (const update of loaded.updates) {
			try {
				Y.applyUpdate(doc, update);
			} catch {
				// The realtime server skips a row that does not apply; a copy does the same.
			}
		}
		return Y.encodeStateAsUpdate(doc);
	} finally {
		doc.destroy();
	}
}

/**
 * The first state of a duplicate: the source's shapes (through the restore gate) and meta with the
 * new title. Facilitation (timer, votes, private mode) and the source's edit history stay behind:
 * a copy starts fresh, and is smaller than the original's document.
 */
export function copyBoardDocument(source: Uint8Array, input: { title: string; author: string }): Uint8Array {
	const from = new Y.Doc();
	const to = new Y.Doc();
	try {
		Y.applyUpdate(from, source);
		const origin = createLocalOrigin(input.author);
		const meta = readMeta(from);
		updateMeta(to, { title: input.title, stage: meta.stage, template: meta.template }, origin);
		createShapes(to, readBoard(from).shapes, origin);
		return Y.encodeStateAsUpdate(to);
	} finally {
		from.destroy();
		to.destroy();
	}
}

/** Writes a new board's first state to its log and waits until it is committed. */
export async function writeFirstState(store: BoardStore, boardId: string, update: Uint8Array): Promise<void> {
	const range = await store.append(boardId, update);
	if (!range) throw new Error(`board ${boardId} vanished before its first state was written`);
	await store.flush();
}
