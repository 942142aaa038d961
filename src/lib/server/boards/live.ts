/** The realtime server's open boards, as a LiveBoardState for duplicating a board that people are editing. */
import { startRealtime } from '../realtime/attach';
import type { LiveBoardState } from './content';

/** The document of a board open in this process's realtime server (its shared encoded state), or null. */
export const liveBoardState: LiveBoardState = async (boardId) => {
	const server = await startRealtime();
	const room = server.registry.get(boardId);
	return room ? room.encodedState() : null;
};
