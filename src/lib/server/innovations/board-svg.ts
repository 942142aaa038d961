/**
 * The board snapshot on the entry page as inline SVG markup. The snapshot never changes in the
 * browser, so it is serialized here once by the board's own exporter (`sceneToSvg`, which escapes
 * every board text) instead of shipping drawing code to every entry page (issue: entry page within
 * 60 KB of gzipped JavaScript).
 */
import * as m from '../../paraglide/messages';
import { sceneToSvg } from '../../canvas/export/svg';
import type { BoardSnapshotView } from '../../innovations/board-view';

/** Inline SVG of a board snapshot, titled for screen readers in the current language. */
export function boardSnapshotSvg(view: BoardSnapshotView): string {
	return sceneToSvg(view, { title: m.innovation_board_label({ count: view.shapeCount }), declaration: false });
}
