/**
 * Server-side work on a board's live document (votes, private notes, versions): through the
 * realtime registry, so connected people get the change at once and it is persisted and relayed
 * to other instances like any edit.
 */
import { startRealtime } from '../realtime/attach';
import type { Room } from '../realtime/room';
import type { RoomHandle } from '../realtime/rooms';

/** The part of the realtime registry that board services use. */
export interface LiveRooms {
	acquire(boardId: string): Promise<RoomHandle>;
	/** Waits until every pending update of this process is stored. */
	flush(): Promise<void>;
}

/** The running app's rooms. */
export async function appRooms(): Promise<LiveRooms> {
	return (await startRealtime()).registry;
}

/** Runs `work` with the board's room open (loaded from the database if nobody has it open). */
export async function withRoom<T>(rooms: LiveRooms, boardId: string, work: (room: Room) => T | Promise<T>): Promise<T> {
	const handle = await rooms.acquire(boardId);
	try {
		return await work(handle.room);
	} finally {
		handle.release();
	}
}
