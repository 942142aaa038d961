/**
 * The one board renderer: model records → a scene of plain drawing primitives (boxes, ellipses,
 * wrapped text, paths, images) in world units. It is pure, so the browser (export menu) and the
 * server (public snapshots of a board on innovation entries) draw a board identically; `svg.ts`
 * turns a scene into an SVG document, and Svelte components may draw the same primitives directly.
 * Records must have passed the restore gate (restoreShapes / readBoard): nothing here re-validates.
 */
import { connectorPath, shapeBounds, type ShapeLookup } from '../model/geometry';
import { boxUnion, expandBox, type Box, type Vec } from '../model/math';
import { compareOrder } from '../model/order';
import type { Shape } from '../model/schema';
import type { Align } from '../model/colors';
import {
	dashArray,
	EXPORT_FRAME_FILL,
	EXPORT_INK,
	EXPORT_MUTED,
	EXPORT_PAPER,
	EXPORT_PLACEHOLDER,
	EXPORT_STROKES,
	EXPORT_TEXT,
	FONT_SIZES,
	FRAME_TITLE_SPACE,
	LINE_HEIGHT,
	tintOf
} from './palette';
import { wrapText, type MeasureEm } from './wrap';

/** A block of pre-wrapped text; `y` is the baseline of the first line. */
export interface SceneText {
	x: number;
	y: number;
	lines: string[];
	size: number;
	color: string;
	weight: 400 | 600;
	anchor: 'start' | 'middle' | 'end';
	/** Draw a white outline under the glyphs (labels over lines). */
	halo?: boolean;
}

export type SceneItem =
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
			/** Exact dash pattern when dashed. */
			dashArray?: string;
			shadow: boolean;
			transform?: string;
			text: SceneText | null;
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
			dashArray?: string;
			transform?: string;
			text: SceneText | null;
	  }
	| { kind: 'text'; text: SceneText; transform?: string }
	| {
			kind: 'path';
			d: string;
			stroke: string;
			strokeWidth: number;
			fill: string;
			dashArray?: string;
			transform?: string;
	  }
	| {
			kind: 'image';
			x: number;
			y: number;
			width: number;
			height: number;
			href: string;
			/** The image's alt text (empty: decorative). */
			alt: string;
			transform?: string;
	  };

/** A drawable board: primitives bottom to top and the world box they occupy. */
export interface Scene {
	/** x, y, width, height of the drawing in world units. */
	viewBox: [number, number, number, number];
	items: SceneItem[];
	/** Number of shapes drawn. */
	shapeCount: number;
}

export interface SceneOptions {
	/** Draw only this frame and what it carries (at any depth). */
	frameId?: string | null;
	/** Draw at most this many shapes (the bottom-most). */
	maxShapes?: number;
	/** Cut each shape's text to this many characters. */
	maxTextChars?: number;
	/** Margin around the content, in world units. */
	padding?: number;
	/** URL of an uploaded image (asset id → URL); without it, images draw as a placeholder with their alt text. */
	imageHref?: (assetId: string) => string | null;
	/** Real text metrics (a browser measuring EXPORT_FONT); without it, widths are estimated the same everywhere. */
	measure?: MeasureEm;
}

const DEFAULT_PADDING = 40;
// Sticky text may shrink to this share of its preset size before it is cut (the canvas goes to 10 of 22).
const MIN_FIT = 0.45;

/** The shapes a frame export shows: the frame, everything it carries, and connectors joining two of those. */
export function frameContents(shapes: readonly Shape[], frameId: string): Shape[] {
	const children = new Map<string, Shape[]>();
	for (const shape of shapes) {
		if (shape.parentId === null) continue;
		const list = children.get(shape.parentId);
		if (list) list.push(shape);
		else children.set(shape.parentId, [shape]);
	}
	const root = shapes.find((s) => s.id === frameId && s.type === 'frame');
	if (!root) return [];
	const inside = new Set<string>();
	const stack: Shape[] = [root];
	while (stack.length) {
		const shape = stack.pop() as Shape;
		if (inside.has(shape.id)) continue;
		inside.add(shape.id);
		stack.push(...(children.get(shape.id) ?? []));
	}
	for (const shape of shapes) {
		if (shape.type !== 'connector' || inside.has(shape.id)) continue;
		const { start, end } = shape.props;
		if (start.shapeId !== null && end.shapeId !== null && inside.has(start.shapeId) && inside.has(end.shapeId)) inside.add(shape.id);
	}
	return shapes.filter((s) => inside.has(s.id));
}

/**
 * Drawing order: frames first (outer before inner), then every other shape by z-order, so a frame
 * never covers what it carries and the rest stacks as on the canvas.
 */
export function drawingOrder(shapes: readonly Shape[]): Shape[] {
	const byId = new Map(shapes.map((s) => [s.id, s]));
	const depth = (shape: Shape): number => {
		let d = 0;
		let at = shape.parentId;
		// Bounded walk: the gate already cut cycles, the bound only guards unchecked input.
		while (at !== null && d < 64) {
			d++;
			at = byId.get(at)?.parentId ?? null;
		}
		return d;
	};
	const frames = shapes.filter((s) => s.type === 'frame').map((s) => [depth(s), s] as const);
	frames.sort((a, b) => a[0] - b[0] || compareOrder(a[1], b[1]));
	const rest = shapes.filter((s) => s.type !== 'frame').sort(compareOrder);
	return [...frames.map(([, s]) => s), ...rest];
}

/** Builds the scene of a board, or of one frame (see SceneOptions); null when there is nothing to draw. */
export function buildScene(shapes: readonly Shape[], options: SceneOptions = {}): Scene | null {
	const all = new Map(shapes.map((s) => [s.id, s]));
	const lookup: ShapeLookup = (id) => all.get(id);
	let chosen: readonly Shape[] = options.frameId ? frameContents(shapes, options.frameId) : shapes;
	if (options.maxShapes !== undefined) chosen = [...chosen].sort(compareOrder).slice(0, options.maxShapes);
	if (chosen.length === 0) return null;
	const ordered = drawingOrder(chosen);
	const render = new Renderer(lookup, options);
	const items = ordered.flatMap((shape) => render.shape(shape));
	const frame = options.frameId ? all.get(options.frameId) : undefined;
	const bounds = frame ? withTitle(frame) : boxUnion(ordered.map((s) => (s.type === 'frame' ? withTitle(s) : shapeBounds(s, lookup))));
	const padded = expandBox(bounds ?? { x: 0, y: 0, w: 0, h: 0 }, options.padding ?? DEFAULT_PADDING);
	return { viewBox: [padded.x, padded.y, Math.max(1, padded.w), Math.max(1, padded.h)], items, shapeCount: ordered.length };
}

/** Formats a coordinate for path data: two decimals are sub-pixel at any export scale. */
export function num(value: number): string {
	if (!Number.isFinite(value)) return '0';
	return String(Math.round(value * 100) / 100);
}

function rotation(shape: Shape): string | undefined {
	if (!shape.rotation) return undefined;
	const deg = Math.round(((shape.rotation * 180) / Math.PI) * 100) / 100;
	return `rotate(${num(deg)} ${num(shape.x + shape.w / 2)} ${num(shape.y + shape.h / 2)})`;
}

class Renderer {
	constructor(
		private readonly lookup: ShapeLookup,
		private readonly options: SceneOptions
	) {}

	/** Wrapped text inside a box: horizontally aligned, vertically centred or from the top. */
	label(
		value: string,
		box: Box,
		size: number,
		color: string,
		align: Align,
		vertical: 'top' | 'middle',
		fit: { shrink?: boolean; overflow?: boolean } = {}
	): SceneText | null {
		if (!value.trim()) return null;
		const pad = Math.min(16, box.w / 10, box.h / 10);
		const inner = { w: Math.max(1, box.w - pad * 2), h: Math.max(1, box.h - pad * 2) };
		const wrap = (s: number) =>
			wrapText(value, inner.w, fit.overflow ? Infinity : inner.h, s, { maxChars: this.options.maxTextChars, measure: this.options.measure });
		let fontSize = size;
		let lines = wrap(fontSize);
		if (fit.shrink) {
			// Shrink in 10 % steps while the text is cut (ends with an ellipsis the text did not have).
			while (fontSize > size * MIN_FIT && truncated(lines, value)) {
				fontSize = Math.max(size * MIN_FIT, fontSize * 0.9);
				lines = wrap(fontSize);
			}
		}
		const block = lines.length * fontSize * LINE_HEIGHT;
		const top = vertical === 'middle' ? box.y + (box.h - block) / 2 : box.y + pad;
		const anchor: SceneText['anchor'] = align;
		const x = anchor === 'start' ? box.x + pad : anchor === 'end' ? box.x + box.w - pad : box.x + box.w / 2;
		// First baseline: half the leading, then the ascent (about 0.8 em in sans-serif fonts).
		return { x, y: top + fontSize * ((LINE_HEIGHT - 1) / 2 + 0.8), lines, size: fontSize, color, weight: 400, anchor };
	}

	shape(shape: Shape): SceneItem[] {
		const box = { x: shape.x, y: shape.y, w: shape.w, h: shape.h };
		const transform = rotation(shape);
		switch (shape.type) {
			case 'sticky': {
				const p = shape.props;
				const text = this.label(p.text, box, FONT_SIZES[p.size], EXPORT_TEXT, p.align, 'middle', { shrink: true });
				return [
					{ kind: 'rect', ...rectOf(box), fill: EXPORT_PAPER[p.color], stroke: 'none', strokeWidth: 0, radius: 4, dashed: false, shadow: true, transform, text }
				];
			}
			case 'frame': {
				const color = EXPORT_INK[shape.props.color];
				const items: SceneItem[] = [
					{ kind: 'rect', ...rectOf(box), fill: EXPORT_FRAME_FILL, stroke: color, strokeWidth: 2, radius: 8, dashed: false, shadow: false, text: null }
				];
				// The title sits on one line above the frame, where the canvas draws it.
				const space = { x: box.x - 3, y: box.y - FRAME_TITLE_SPACE, w: Math.max(box.w, 120), h: FRAME_TITLE_SPACE };
				const title = this.label(shape.props.name, space, FONT_SIZES.s, color, 'start', 'middle');
				if (title) items.push({ kind: 'text', text: { ...title, weight: 600 } });
				return items;
			}
			case 'rect':
			case 'ellipse': {
				const p = shape.props;
				const width = EXPORT_STROKES[p.size];
				const fill = p.fill === 'solid' ? EXPORT_INK[p.color] : p.fill === 'tint' ? tintOf(p.color) : 'none';
				const textColor = p.fill === 'solid' ? '#ffffff' : EXPORT_INK[p.color];
				const dash = dashArray(p.dash, width);
				if (shape.type === 'rect') {
					const text = this.label(p.text, box, FONT_SIZES[p.size], textColor, 'middle', 'middle');
					return [
						{ kind: 'rect', ...rectOf(box), fill, stroke: EXPORT_INK[p.color], strokeWidth: width, radius: 4, dashed: dash !== undefined, ...(dash ? { dashArray: dash } : {}), shadow: false, transform, text }
					];
				}
				// Text inside an ellipse keeps to its inscribed rectangle (1/√2 of each axis).
				const k = Math.SQRT1_2;
				const innerBox = { x: box.x + (box.w * (1 - k)) / 2, y: box.y + (box.h * (1 - k)) / 2, w: box.w * k, h: box.h * k };
				const text = this.label(p.text, innerBox, FONT_SIZES[p.size], textColor, 'middle', 'middle');
				return [
					{ kind: 'ellipse', cx: box.x + box.w / 2, cy: box.y + box.h / 2, rx: box.w / 2, ry: box.h / 2, fill, stroke: EXPORT_INK[p.color], strokeWidth: width, ...(dash ? { dashArray: dash } : {}), transform, text }
				];
			}
			case 'text': {
				const p = shape.props;
				const text = this.label(p.text, box, FONT_SIZES[p.size], EXPORT_INK[p.color], p.align, 'top', { overflow: true });
				return text ? [{ kind: 'text', text, transform }] : [];
			}
			case 'image': {
				const p = shape.props;
				const href = p.assetId ? (this.options.imageHref?.(p.assetId) ?? null) : null;
				if (href) return [{ kind: 'image', ...rectOf(box), href, alt: p.alt, transform }];
				return [
					{
						kind: 'rect', ...rectOf(box), fill: EXPORT_PLACEHOLDER.fill, stroke: EXPORT_PLACEHOLDER.stroke, strokeWidth: 1, radius: 4,
						dashed: true, dashArray: '6 4', shadow: false, transform,
						text: this.label(p.alt, box, FONT_SIZES.s, EXPORT_MUTED, 'middle', 'middle')
					}
				];
			}
			case 'pen': {
				const pts = shape.props.points;
				let d = '';
				for (let i = 0; i + 1 < pts.length; i += 2) {
					d += `${i === 0 ? 'M' : ' L'}${num(shape.x + (pts[i] as number))} ${num(shape.y + (pts[i + 1] as number))}`;
				}
				// A single point is a dot: a zero-length segment drawn with a round cap.
				if (pts.length === 2) d += ` L${num(shape.x + (pts[0] as number))} ${num(shape.y + (pts[1] as number))}`;
				return [{ kind: 'path', d, stroke: EXPORT_INK[shape.props.color], strokeWidth: EXPORT_STROKES[shape.props.size], fill: 'none', transform }];
			}
			case 'connector':
				return this.connector(shape);
		}
	}

	connector(shape: Extract<Shape, { type: 'connector' }>): SceneItem[] {
		const p = shape.props;
		const stroke = EXPORT_INK[p.color];
		const width = EXPORT_STROKES[p.size];
		const points = connectorPath(shape, this.lookup);
		const dash = dashArray(p.dash, width);
		const items: SceneItem[] = [
			{ kind: 'path', d: points.map((pt, i) => `${i === 0 ? 'M' : 'L'}${num(pt.x)} ${num(pt.y)}`).join(' '), stroke, strokeWidth: width, fill: 'none', ...(dash ? { dashArray: dash } : {}) }
		];
		const first = points[0] as Vec;
		const last = points[points.length - 1] as Vec;
		if (p.endArrow === 'arrow') items.push({ kind: 'path', d: arrowHead(points[points.length - 2] as Vec, last, width), stroke, strokeWidth: width, fill: 'none' });
		if (p.startArrow === 'arrow') items.push({ kind: 'path', d: arrowHead(points[1] as Vec, first, width), stroke, strokeWidth: width, fill: 'none' });
		const mid = midpoint(points);
		const text = this.label(p.label, { x: mid.x - 100, y: mid.y - 24, w: 200, h: 48 }, FONT_SIZES.s, stroke, 'middle', 'middle');
		if (text) items.push({ kind: 'text', text: { ...text, halo: true } });
		return items;
	}
}

/** A frame's box with the title space above it. */
function withTitle(frame: Shape): Box {
	return { x: frame.x, y: frame.y - FRAME_TITLE_SPACE, w: frame.w, h: frame.h + FRAME_TITLE_SPACE };
}

function truncated(lines: readonly string[], value: string): boolean {
	const last = lines[lines.length - 1];
	return last !== undefined && last.endsWith('…') && !value.trimEnd().endsWith('…');
}

function rectOf(box: Box) {
	return { x: box.x, y: box.y, width: box.w, height: box.h };
}

/** An open arrowhead at `to`, pointing away from `from`, sized to the stroke. */
function arrowHead(from: Vec, to: Vec, width: number): string {
	const angle = Math.atan2(to.y - from.y, to.x - from.x);
	const len = 10 + width * 2.5;
	const at = (a: number) => `${num(to.x + Math.cos(a) * len)} ${num(to.y + Math.sin(a) * len)}`;
	return `M${at(angle + Math.PI - 0.45)} L${num(to.x)} ${num(to.y)} L${at(angle + Math.PI + 0.45)}`;
}

/** The point halfway along a polyline (where a connector's label goes). */
function midpoint(points: readonly Vec[]): Vec {
	let total = 0;
	for (let i = 1; i < points.length; i++) total += Math.hypot((points[i] as Vec).x - (points[i - 1] as Vec).x, (points[i] as Vec).y - (points[i - 1] as Vec).y);
	let left = total / 2;
	for (let i = 1; i < points.length; i++) {
		const a = points[i - 1] as Vec;
		const b = points[i] as Vec;
		const len = Math.hypot(b.x - a.x, b.y - a.y);
		if (len >= left && len > 0) return { x: a.x + ((b.x - a.x) * left) / len, y: a.y + ((b.y - a.y) * left) / len };
		left -= len;
	}
	return points[0] as Vec;
}
