/**
 * Board exports as text: SVG of the board or of one frame, and the CSV of sticky notes for
 * affinity analysis. Pure: the input is gated records (readBoard / restoreShapes) and the
 * facilitation state, so the same call works in the browser and in tests.
 */
import { escapeFormula, parseCsv, stickiesToCsv, toCsv } from '../model/csv';
import type { Shape } from '../model/schema';
import type { Facilitation } from '../model/state/facilitation';
import { buildScene, frameContents, type Scene, type SceneOptions } from './scene';
import { sceneToSvg, type SvgOptions } from './svg';

/** What to export: the whole board or one frame. */
export type ExportScope = { kind: 'board' } | { kind: 'frame'; frameId: string };

/** The scene of a scope, or null when it holds nothing to draw. */
export function sceneOf(shapes: readonly Shape[], scope: ExportScope, options: Omit<SceneOptions, 'frameId'> = {}): Scene | null {
	return buildScene(shapes, { ...options, frameId: scope.kind === 'frame' ? scope.frameId : null });
}

/** An SVG document of a scope (an empty page when there is nothing to draw). */
export function boardToSvg(
	shapes: readonly Shape[],
	scope: ExportScope,
	options: Omit<SceneOptions, 'frameId'> & SvgOptions = {}
): string {
	const scene = sceneOf(shapes, scope, options) ?? { viewBox: [0, 0, 400, 300], items: [], shapeCount: 0 };
	return sceneToSvg(scene, options);
}

export interface BoardCsvOptions {
	scope?: ExportScope;
	/** Display name of a user id. */
	authorName?: (userId: string) => string;
	/** Column headers in the user's language (text, color, author, frame, votes). */
	headers?: readonly string[];
	/** Sticky-color names in the user's language, by color id. */
	colorName?: (color: string) => string;
	/**
	 * Whether vote tallies may be shown. While a vote runs unrevealed, tallies would sway it, so the
	 * column stays empty; closed or revealed sessions export their tallies.
	 */
	votesVisible?: boolean;
}

/** True when the board's vote tallies may be exported by anyone: only once revealed (see BoardCsvOptions.votesVisible). */
export function tallyVisible(facilitation: Facilitation | null): boolean {
	return !!facilitation?.results;
}

/**
 * CSV of the sticky notes of a scope: text, color, author, frame, votes, grouped by frame and read
 * top to bottom. Spreadsheet formulas in cells are neutralized (see the model's csv.ts).
 */
export function boardCsv(shapes: readonly Shape[], facilitation: Facilitation | null, options: BoardCsvOptions = {}): string {
	const scope = options.scope ?? { kind: 'board' };
	const chosen = scope.kind === 'frame' ? frameContents(shapes, scope.frameId) : shapes;
	const votesVisible = options.votesVisible ?? tallyVisible(facilitation);
	const csv = stickiesToCsv(chosen, {
		authorName: options.authorName,
		votes: votesVisible && facilitation?.results ? new Map(facilitation.results.tally.map((t) => [t.shapeId, t.count])) : undefined,
		headers: options.headers,
		bom: false
	});
	const colorName = options.colorName;
	if (votesVisible && !colorName) return `\uFEFF${csv}`;
	// Rewrite the cells the model writes as ids: translated color names, and no tally while hidden.
	const rows = parseCsv(csv).map((row, i) => {
		if (i === 0) return row;
		const out = [...row];
		if (colorName) out[1] = escapeFormula(colorName(row[1] as string));
		if (!votesVisible) out[4] = '';
		return out;
	});
	return toCsv(rows);
}
