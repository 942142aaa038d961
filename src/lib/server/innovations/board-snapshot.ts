/**
 * The read-only board snapshot on an entry. Stored shapes are untrusted (they came from a board, then
 * from our own JSON column), so they always pass the board's restore gate before being drawn; the
 * result is reduced to plain drawing primitives (`BoardSnapshotView`) that a Svelte component turns
 * into static SVG on the server. Colors are resolved here for the light, printable page theme.
 */
import { restoreShapes } from '../../canvas/model/restore';
import type { Shape } from '../../canvas/model/schema';
import type { Size } from '../../canvas/model/colors';
import type { BoardSnapshotView, SnapshotItem, SnapshotText } from '../../innovations/board-view';

/** Shapes drawn at most: a snapshot shows chosen frames and notes, not a whole board. */
export const MAX_SNAPSHOT_SHAPES = 600;
/** Characters of a shape's text drawn; the snapshot is an overview, the entry text carries detail. */
const MAX_DRAWN_TEXT = 280;
const PADDING = 40;

const INK: Record<string, string> = {
	ink: '#1f2933',
	grey: '#7b8794',
	red: '#d64545',
	orange: '#e8730c',
	yellow: '#c99a06',
	green: '#2f8a4b',
	teal: '#0f8a8a',
	blue: '#2563c9',
	violet: '#7048c4',
	pink: '#c23c87'
};

const PAPER: Record<string, string> = {
	yellow: '#fff1a8',
	orange: '#ffd8a8',
	pink: '#ffc9de',
	red: '#ffc2c2',
	violet: '#e2d4ff',
	blue: '#cfe2ff',
	teal: '#c3f0ea',
	green: '#d3f5cf',
	grey: '#e4e7eb',
	white: '#ffffff'
};

const TINT: Record<string, string> = Object.fromEntries(Object.entries(INK).map(([k, v]) => [k, `${v}22`]));

const FONT: Record<Size, number> = { s: 14, m: 18, l: 24, xl: 32 };
const STROKE: Record<Size, number> = { s: 1.5, m: 2.5, l: 4, xl: 6 };

const ink = (name: string) => INK[name] ?? INK.ink!;

/** Greedy word wrap by an average glyph width; lines past the box height end with an ellipsis. */
export function wrapText(value: string, width: number, height: number, size: number): string[] {
	const text = value.length > MAX_DRAWN_TEXT ? `${value.slice(0, MAX_DRAWN_TEXT - 1)}…` : value;
	const perLine = Math.max(4, Math.floor(width / (size * 0.55)));
	const maxLines = Math.max(1, Math.floor(height / (size * 1.25)));
	const lines: string[] = [];
	for (const paragraph of text.split('\n')) {
		let line = '';
		for (const word of paragraph.split(/\s+/).filter(Boolean)) {
			let rest = word;
			// A word longer than the line is cut, so one long token cannot overflow the note.
			while (rest.length > perLine) {
				if (line) lines.push(line), (line = '');
				lines.push(rest.slice(0, perLine));
				rest = rest.slice(perLine);
			}
			if (!line) line = rest;
			else if (line.length + 1 + rest.length <= perLine) line += ` ${rest}`;
			else lines.push(line), (line = rest);
		}
		lines.push(line);
	}
	while (lines.length && lines[lines.length - 1] === '') lines.pop();
	if (lines.length > maxLines) {
		const kept = lines.slice(0, maxLines);
		kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, Math.max(0, perLine - 1))}…`;
		return kept;
	}
	return lines;
}

function label(
	value: string,
	box: { x: number; y: number; w: number; h: number },
	size: Size,
	color: string,
	align: 'start' | 'middle' | 'end' = 'middle',
	vertical: 'top' | 'middle' = 'middle'
): SnapshotText | null {
	if (!value.trim()) return null;
	const fontSize = FONT[size];
	const pad = Math.min(16, box.w / 10);
	const lines = wrapText(value, box.w - pad * 2, box.h - pad * 2, fontSize);
	const blockHeight = lines.length * fontSize * 1.25;
	const top = vertical === 'middle' ? box.y + (box.h - blockHeight) / 2 : box.y + pad;
	const anchor = align === 'start' ? 'start' : 'middle';
	return {
		x: anchor === 'start' ? box.x + pad : box.x + box.w / 2,
		y: top + fontSize,
		lines,
		size: fontSize,
		color,
		weight: 400,
		anchor
	};
}

function rotation(shape: Shape): string | undefined {
	if (!shape.rotation) return undefined;
	const deg = Math.round(((shape.rotation * 180) / Math.PI) * 100) / 100;
	return `rotate(${deg} ${shape.x + shape.w / 2} ${shape.y + shape.h / 2})`;
}

function arrowHead(from: { x: number; y: number }, to: { x: number; y: number }, size: number): string {
	const angle = Math.atan2(to.y - from.y, to.x - from.x);
	const len = 8 + size * 3;
	const a1 = angle + Math.PI - 0.45;
	const a2 = angle + Math.PI + 0.45;
	const p = (a: number) => `${(to.x + Math.cos(a) * len).toFixed(1)} ${(to.y + Math.sin(a) * len).toFixed(1)}`;
	return `M ${p(a1)} L ${to.x.toFixed(1)} ${to.y.toFixed(1)} L ${p(a2)}`;
}

function toItems(shape: Shape): SnapshotItem[] {
	const box = { x: shape.x, y: shape.y, w: shape.w, h: shape.h };
	const transform = rotation(shape);
	switch (shape.type) {
		case 'sticky':
			return [
				{
					kind: 'rect', ...pos(box), fill: PAPER[shape.props.color] ?? PAPER.yellow!, stroke: 'none', strokeWidth: 0,
					radius: 4, dashed: false, shadow: true, transform,
					text: label(shape.props.text, box, shape.props.size, '#1f2933', shape.props.align)
				}
			];
		case 'frame': {
			const name = label(shape.props.name, { x: box.x, y: box.y - 34, w: Math.max(box.w, 120), h: 34 }, 'm', ink(shape.props.color), 'start', 'top');
			return [
				{
					kind: 'rect', ...pos(box), fill: '#f8fafc', stroke: ink(shape.props.color), strokeWidth: 2,
					radius: 8, dashed: false, shadow: false, text: null
				},
				...(name ? [{ kind: 'text' as const, text: { ...name, y: box.y - 10, weight: 600 as const } }] : [])
			];
		}
		case 'rect':
		case 'ellipse': {
			const p = shape.props;
			const fill = p.fill === 'solid' ? ink(p.color) : p.fill === 'tint' ? (TINT[p.color] ?? 'none') : 'none';
			const textColor = p.fill === 'solid' ? '#ffffff' : ink(p.color);
			const text = label(p.text, box, p.size, textColor);
			if (shape.type === 'rect') {
				return [{ kind: 'rect', ...pos(box), fill, stroke: ink(p.color), strokeWidth: STROKE[p.size], radius: 4, dashed: p.dash !== 'solid', shadow: false, transform, text }];
			}
			return [
				{ kind: 'ellipse', cx: box.x + box.w / 2, cy: box.y + box.h / 2, rx: box.w / 2, ry: box.h / 2, fill, stroke: ink(p.color), strokeWidth: STROKE[p.size], transform, text }
			];
		}
		case 'text': {
			const text = label(shape.props.text, { ...box, h: Math.max(box.h, FONT[shape.props.size] * 1.5) }, shape.props.size, ink(shape.props.color), shape.props.align, 'top');
			return text ? [{ kind: 'text', text, transform }] : [];
		}
		case 'image':
			return [
				{
					kind: 'rect', ...pos(box), fill: '#e4e7eb', stroke: '#9aa5b1', strokeWidth: 1, radius: 4, dashed: true,
					shadow: false, transform, text: label(shape.props.alt, box, 's', '#52606d')
				}
			];
		case 'pen': {
			const pts = shape.props.points;
			let d = '';
			for (let i = 0; i + 1 < pts.length; i += 2) {
				d += `${i === 0 ? 'M' : ' L'} ${(shape.x + pts[i]!).toFixed(1)} ${(shape.y + pts[i + 1]!).toFixed(1)}`;
			}
			return d ? [{ kind: 'path', d, stroke: ink(shape.props.color), strokeWidth: STROKE[shape.props.size], fill: 'none', transform }] : [];
		}
		case 'connector': {
			const { start, end, route, color, size, startArrow, endArrow } = shape.props;
			const stroke = ink(color);
			const width = STROKE[size];
			const midX = (start.x + end.x) / 2;
			const points = route === 'elbow'
				? [start, { x: midX, y: start.y }, { x: midX, y: end.y }, end]
				: [start, end];
			const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'} ${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(' ');
			const items: SnapshotItem[] = [{ kind: 'path', d, stroke, strokeWidth: width, fill: 'none' }];
			if (endArrow === 'arrow') items.push({ kind: 'path', d: arrowHead(points[points.length - 2]!, end, width), stroke, strokeWidth: width, fill: 'none' });
			if (startArrow === 'arrow') items.push({ kind: 'path', d: arrowHead(points[1]!, start, width), stroke, strokeWidth: width, fill: 'none' });
			const text = label(shape.props.label, { x: midX - 80, y: (start.y + end.y) / 2 - 20, w: 160, h: 40 }, 's', stroke);
			if (text) items.push({ kind: 'text', text });
			return items;
		}
	}
}

function pos(box: { x: number; y: number; w: number; h: number }) {
	return { x: box.x, y: box.y, width: box.w, height: box.h };
}

/** Restores stored shapes through the board's gate and reduces them to drawable primitives; null when nothing is left. */
export function boardSnapshotView(stored: unknown): BoardSnapshotView | null {
	if (stored === null || stored === undefined) return null;
	const { shapes } = restoreShapes(stored);
	const drawn = shapes.slice(0, MAX_SNAPSHOT_SHAPES);
	if (drawn.length === 0) return null;
	let minX = Infinity;
	let minY = Infinity;
	let maxX = -Infinity;
	let maxY = -Infinity;
	for (const s of drawn) {
		// Frame names sit above their frame.
		const top = s.type === 'frame' ? s.y - 40 : s.y;
		minX = Math.min(minX, s.x);
		minY = Math.min(minY, top);
		maxX = Math.max(maxX, s.x + s.w);
		maxY = Math.max(maxY, s.y + s.h);
	}
	return {
		viewBox: [minX - PADDING, minY - PADDING, maxX - minX + PADDING * 2, maxY - minY + PADDING * 2],
		items: drawn.flatMap(toItems),
		shapeCount: drawn.length
	};
}
