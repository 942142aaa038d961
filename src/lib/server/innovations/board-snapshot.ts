/**
 * The read-only board snapshot on an entry. Stored shapes are untrusted (they came from a board, then
 * from our own JSON column), so they always pass the board's restore gate before being drawn; the
 * board's single renderer (`canvas/export/scene.ts`, the one the export menu uses) reduces them to
 * plain drawing primitives that a Svelte component turns into static SVG on the server.
 */
import { buildScene, type SceneItem } from '../../canvas/export/scene';
import { restoreShapes } from '../../canvas/model/restore';
import type { BoardSnapshotView, SnapshotItem } from '../../innovations/board-view';

export { wrapText } from '../../canvas/export/wrap';

/** Shapes drawn at most: a snapshot shows chosen frames and notes, not a whole board. */
export const MAX_SNAPSHOT_SHAPES = 600;
/** Characters of a shape's text drawn; the snapshot is an overview, the entry text carries detail. */
const MAX_DRAWN_TEXT = 280;

// Snapshots are drawn without image URLs (uploads of a board are not public), so images are placeholders.
function isSnapshotItem(item: SceneItem): item is SnapshotItem {
	return item.kind !== 'image';
}

/** Restores stored shapes through the board's gate and reduces them to drawable primitives; null when nothing is left. */
export function boardSnapshotView(stored: unknown): BoardSnapshotView | null {
	if (stored === null || stored === undefined) return null;
	const { shapes } = restoreShapes(stored);
	const scene = buildScene(shapes, { maxShapes: MAX_SNAPSHOT_SHAPES, maxTextChars: MAX_DRAWN_TEXT });
	if (!scene) return null;
	return { ...scene, items: scene.items.filter(isSnapshotItem) };
}
