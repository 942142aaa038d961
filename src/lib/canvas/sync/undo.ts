import * as Y from 'yjs';
import { boardMaps, type LocalOrigin } from './doc';

/**
 * Per-user undo: tracks only transactions made with `origin`, so undo reverts my edits and never
 * someone else's. Covers shapes (including their text) and, with `includeMeta`, the board title and
 * stage. Facilitation is never undone from here: a timer or a vote is not an edit to take back.
 * Edits within `captureTimeout` ms merge into one undo step (typing a word, a nudge series).
 */
export function createUndoManager(
	doc: Y.Doc,
	origin: LocalOrigin,
	options: { captureTimeout?: number; includeMeta?: boolean } = {}
): Y.UndoManager {
	const maps = boardMaps(doc);
	const scope: Y.Map<unknown>[] = [maps.shapes];
	if (options.includeMeta) scope.push(maps.meta);
	return new Y.UndoManager(scope, {
		trackedOrigins: new Set([origin]),
		captureTimeout: options.captureTimeout ?? 500
	});
}
