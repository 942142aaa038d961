/**
 * A board's whole document over plain HTTP, for the editor's first paint. The page asks for it
 * while its scripts are still loading (a preload link), it travels gzip-compressed (Yjs updates
 * shrink about 4×; the realtime socket sends uncompressed frames), and the socket that opens after
 * it only exchanges what changed since. Access is the realtime server's rule: any role on the
 * board may read it, everyone else is told there is no such board.
 */
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Database } from '../db/client';
import { authorizeBoard, type BoardActor } from './access';
import { BOARD_ID_PATTERN, BoardError } from './boards';
import { withRoom, type LiveRooms } from './live-rooms';

const gzipAsync = promisify(gzip);

/**
 * Compressed copies by the room's encoded state: a room hands out the same bytes object until its
 * document changes, so a classroom opening one board compresses it once. Compression runs on
 * libuv's thread pool, not on the thread that serves the boards.
 */
const compressed = new WeakMap<Uint8Array, Promise<Buffer>>();

/** The board's document as one Yjs update (v1), for someone with a role on it. */
export async function boardDocument(db: Database, rooms: LiveRooms, user: BoardActor, boardId: string, linkToken: string | null): Promise<Uint8Array> {
	if (!BOARD_ID_PATTERN.test(boardId)) throw new BoardError('not_found');
	const auth = await authorizeBoard(db, boardId, user, linkToken);
	if (!auth.exists || !auth.role) throw new BoardError('not_found');
	return withRoom(rooms, boardId, (room) => room.encodedState());
}

/** The update gzip-compressed (level 6: ~40 ms for a 1.5 MB board, once per change). */
export function gzipDocument(update: Uint8Array): Promise<Buffer> {
	let copy = compressed.get(update);
	if (!copy) {
		copy = gzipAsync(update);
		compressed.set(update, copy);
		// A failed compression is not remembered.
		copy.catch(() => compressed.delete(update));
	}
	return copy;
}
