/**
 * A board snapshot reduced to drawing primitives for a static, read-only SVG. The server builds it
 * from shapes that passed the board restore gate; the page draws it with Svelte's SVG elements, so
 * every string lands as escaped text and no board content can become markup. `transform` strings
 * are built from numbers only (`rotate(deg cx cy)`).
 */

export interface SnapshotText {
	x: number;
	y: number;
	/** Pre-wrapped lines (the SVG has no text layout of its own). */
	lines: string[];
	size: number;
	color: string;
	weight: 400 | 600;
	anchor: 'start' | 'middle';
}

export type SnapshotItem =
	| {
			kind: 'rect';
			x: number;
			y: number;
			width: number;
			height: number;
			fill: string;
			stroke: string;
			strokeWidth: number;
			radius: number;
			dashed: boolean;
			shadow: boolean;
			transform?: string;
			text: SnapshotText | null;
	  }
	| {
			kind: 'ellipse';
			cx: number;
			cy: number;
			rx: number;
			ry: number;
			fill: string;
			stroke: string;
			strokeWidth: number;
			transform?: string;
			text: SnapshotText | null;
	  }
	| { kind: 'text'; text: SnapshotText; transform?: string }
	| { kind: 'path'; d: string; stroke: string; strokeWidth: number; fill: string; transform?: string };

export interface BoardSnapshotView {
	/** x, y, width, height of the drawing in board coordinates. */
	viewBox: [number, number, number, number];
	items: SnapshotItem[];
	/** Number of shapes drawn (for the caption / screen readers). */
	shapeCount: number;
}
