/** The editor's options and the small records it hands out (kept apart so the editor file stays small). */
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import type { StickyColor, Vec } from '../model';
import type { PeerUser } from './presence.svelte';

export type BoardRole = 'edit' | 'comment' | 'view';

export interface EditorOptions {
	doc: Y.Doc;
	awareness: Awareness;
	user: PeerUser;
	role: BoardRole;
	/** Where an uploaded image's file is served, or null when it cannot be shown. */
	imageUrl?: (assetId: string) => string | null;
	/** The board being edited; copies name it, so a paste into another board can ask for its pictures. */
	boardId?: string;
	/** Links pictures of shapes pasted from board `from` to this board; settles before they are placed. */
	adoptImages?: (from: string, assetIds: string[]) => Promise<unknown>;
	/** Facilitators (and admins) lock and unlock shapes; nobody else may. */
	canLock?: boolean;
}

/**
 * Where new sticky notes go instead of the document while they must stay private (private mode
 * for a participant): the facilitation layer keeps them on the server.
 */
export interface PrivateSink {
	add(center: Vec, color: StickyColor): void;
	addLines(lines: string[], at: Vec, color: StickyColor): void;
}

/** Something that happened, for the live region. */
export interface Announcement {
	kind: 'deleted' | 'pasted' | 'connected' | 'connect-start' | 'end-freed';
	count: number;
	/** Changes every time, so the same message twice is read twice. */
	n: number;
}
