/**
 * Where board data lives in a Y.Doc, and who writes it. Every write names an origin: the local user's
 * origin is what the per-user UndoManager tracks, so undo never reverts other people's work.
 */
import * as Y from 'yjs';

/** Top-level map names; part of the document format shared with the server and stored boards. */
export const SHAPES_MAP = 'shapes';
export const META_MAP = 'meta';
export const FACILITATION_MAP = 'facilitation';

export interface BoardMaps {
	/** Shape id → Y.Map of the shape's fields (values are untrusted until read through the gate). */
	shapes: Y.Map<unknown>;
	meta: Y.Map<unknown>;
	facilitation: Y.Map<unknown>;
}

/** The board's top-level maps in `doc`. */
export function boardMaps(doc: Y.Doc): BoardMaps {
	return {
		shapes: doc.getMap<unknown>(SHAPES_MAP),
		meta: doc.getMap<unknown>(META_MAP),
		facilitation: doc.getMap<unknown>(FACILITATION_MAP)
	};
}

/** Transaction origin for one user's edits in this tab. Use one per tab and pass it to every write. */
export interface LocalOrigin {
	readonly kind: 'local';
	readonly userId: string;
}

/** A new local origin (an object, so two tabs of one user still have separate undo stacks). */
export function createLocalOrigin(userId: string): LocalOrigin {
	return Object.freeze({ kind: 'local', userId });
}

/** Origin of repairs made by restoreBoardDoc; never tracked by undo. */
export const RESTORE_ORIGIN = 'board-restore';

/** Any transaction origin accepted by the write functions. */
export type WriteOrigin = LocalOrigin | string | object | null;
