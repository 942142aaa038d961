/**
 * Copy and paste of shapes, within a board, between boards, and from plain text. What is pasted is
 * untrusted (another tab, another app, an older build), so it passes the restore gate before use.
 */
import { createShape } from './create';
import { connectorEndpoints, type ShapeLookup } from './geometry';
import { createId, type IdFactory } from './ids';
import { boxUnion, type Vec } from './math';
import { compareOrder, orderKeysBetween } from './order';
import { restoreShape, restoreShapes } from './restore';
import { BOARD_SCHEMA_VERSION, type Shape } from './schema';
import type { ConnectorEnd } from './shapes/connector';

/** Marks our JSON on the clipboard, so arbitrary JSON text pastes as text. */
export const CLIPBOARD_KIND = 'ruang-pijar/shapes';

/** Pasting a long document should not bury the board: at most this many notes from one paste. */
export const MAX_PASTED_NOTES = 200;

/** Most pictures one paste links from the board it was copied from (the server's cap per request). */
export const MAX_PASTED_IMAGES = 100;

// A board id as the clipboard may carry it; the server checks the exact form.
const CLIPBOARD_BOARD = /^[a-z0-9]{1,64}$/;

/** Selected shapes plus everything inside selected frames, bottom to top, connector ends resolved to where they are now. */
export function collectSelection(all: ReadonlyMap<string, Shape>, ids: Iterable<string>): Shape[] {
	const chosen = new Set<string>();
	const add = (id: string) => {
		if (chosen.has(id) || !all.has(id)) return;
		chosen.add(id);
		if (all.get(id)?.type === 'frame') {
			for (const shape of all.values()) if (shape.parentId === id) add(shape.id);
		}
	};
	for (const id of ids) add(id);
	const lookup: ShapeLookup = (id) => all.get(id);
	return [...chosen]
		.map((id) => all.get(id) as Shape)
		.sort(compareOrder)
		.map((shape) => {
			if (shape.type !== 'connector') return shape;
			const { start, end } = connectorEndpoints(shape, lookup);
			return {
				...shape,
				props: { ...shape.props, start: { ...shape.props.start, ...start }, end: { ...shape.props.end, ...end } }
			};
		});
}

/**
 * The clipboard JSON for a selection (see collectSelection), naming the board it was copied from:
 * pictures are served per board, so a paste elsewhere asks for them to be linked there.
 */
export function serializeSelection(all: ReadonlyMap<string, Shape>, ids: Iterable<string>, board: string | null = null): string {
	return JSON.stringify({ kind: CLIPBOARD_KIND, schema: BOARD_SCHEMA_VERSION, board, shapes: collectSelection(all, ids) });
}

/** The distinct pictures among `shapes` (at most MAX_PASTED_IMAGES), for linking them to the board pasted into. */
export function imageAssetIds(shapes: readonly Shape[]): string[] {
	const ids = new Set<string>();
	for (const shape of shapes) if (shape.type === 'image' && shape.props.assetId) ids.add(shape.props.assetId);
	return [...ids].slice(0, MAX_PASTED_IMAGES);
}

/** The plain-text alternative of a selection: the text of each shape, one per line, top-left first. */
export function selectionText(shapes: readonly Shape[]): string {
	const texts: string[] = [];
	for (const shape of [...shapes].sort((a, b) => a.y - b.y || a.x - b.x)) {
		const p = shape.props as unknown as Record<string, unknown>;
		const value = p.text ?? p.name ?? p.label ?? p.alt;
		if (typeof value === 'string' && value.trim() !== '') texts.push(value.replace(/\s*\n\s*/g, ' ').trim());
	}
	return texts.join('\n');
}

export type ClipboardContent =
	| { kind: 'shapes'; shapes: Shape[]; dropped: number; board: string | null }
	| { kind: 'text'; text: string }
	| { kind: 'empty' };

/** Reads clipboard text: our shapes JSON (through the restore gate) or plain text. */
export function parseClipboard(text: string): ClipboardContent {
	if (text.trim() === '') return { kind: 'empty' };
	if (text.trimStart().startsWith('{')) {
		let data: unknown;
		try {
			data = JSON.parse(text);
		} catch {
			return { kind: 'text', text };
		}
		if (typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind === CLIPBOARD_KIND) {
			const { shapes, board } = data as { shapes?: unknown; board?: unknown };
			const restored = restoreShapes(shapes);
			const from = typeof board === 'string' && CLIPBOARD_BOARD.test(board) ? board : null;
			return { kind: 'shapes', shapes: restored.shapes, dropped: restored.dropped.length, board: from };
		}
	}
	return { kind: 'text', text };
}

/** Options for inserting copied or template records into a board. */
export interface InsertOptions {
	author: string;
	now: number;
	/** The highest order key on the board (null when empty): inserted shapes go above it. */
	topOrder: string | null;
	/** Move by this much… */
	offset?: Vec;
	/** …or centre the inserted group here (wins over offset). */
	center?: Vec;
	/** Frame the inserted top-level shapes go into (null: the root). */
	parentId?: string | null;
	newId?: IdFactory;
}

function moveEnd(end: ConnectorEnd, dx: number, dy: number, ids: Map<string, string>): ConnectorEnd {
	const shapeId = end.shapeId !== null ? (ids.get(end.shapeId) ?? null) : null;
	return { x: end.x + dx, y: end.y + dy, shapeId, anchor: shapeId === null ? null : end.anchor };
}

/**
 * Copies of `records` with fresh ids, moved, stacked on top in their original relative order, and
 * stamped with the author and time. Links inside the group are remapped; links leaving it are cut
 * (parents become `parentId`, connector ends become free where they were).
 */
export function prepareInsert(records: readonly Shape[], options: InsertOptions): Shape[] {
	const newId = options.newId ?? createId;
	const sorted = [...records].sort(compareOrder);
	const ids = new Map(sorted.map((s) => [s.id, newId()]));
	let dx = options.offset?.x ?? 0;
	let dy = options.offset?.y ?? 0;
	const bounds = boxUnion(sorted);
	if (options.center && bounds) {
		dx = options.center.x - (bounds.x + bounds.w / 2);
		dy = options.center.y - (bounds.y + bounds.h / 2);
	}
	const orders = orderKeysBetween(options.topOrder, null, sorted.length);
	const out: Shape[] = [];
	sorted.forEach((shape, i) => {
		const id = ids.get(shape.id) as string;
		const parentId = shape.parentId !== null && ids.has(shape.parentId) ? (ids.get(shape.parentId) as string) : (options.parentId ?? null);
		let props: object = shape.props;
		if (shape.type === 'connector') {
			props = { ...shape.props, start: moveEnd(shape.props.start, dx, dy, ids), end: moveEnd(shape.props.end, dx, dy, ids) };
		}
		const moved = {
			...shape,
			id,
			x: shape.x + dx,
			y: shape.y + dy,
			parentId,
			order: orders[i] as string,
			author: options.author,
			createdAt: options.now,
			updatedAt: options.now,
			props
		};
		// Moving can push a shape past the board's bounds; the gate clamps it like any other record.
		const result = restoreShape(moved);
		if (result.ok) out.push(result.shape);
	});
	return out;
}

// Leading list markers of pasted lists ("- ", "* ", "• ", "1. ", "2) ").
const LIST_MARKER = /^\s*(?:[-*•‣◦]|\d{1,3}[.)])\s+/;

/** One sticky note per non-empty line of `text`, laid out in a grid centred at `center`. */
export function textToStickies(
	text: string,
	options: { center: Vec; author: string; now: number; topOrder: string | null; parentId?: string | null; newId?: IdFactory }
): Shape[] {
	const lines = text
		.split(/\r\n|\r|\n/)
		.map((line) => line.replace(LIST_MARKER, '').trim())
		.filter((line) => line !== '')
		.slice(0, MAX_PASTED_NOTES);
	if (lines.length === 0) return [];
	const size = 200;
	const gap = 24;
	const columns = Math.min(10, Math.ceil(Math.sqrt(lines.length)));
	const rows = Math.ceil(lines.length / columns);
	const left = options.center.x - (columns * (size + gap) - gap) / 2;
	const top = options.center.y - (rows * (size + gap) - gap) / 2;
	const orders = orderKeysBetween(options.topOrder, null, lines.length);
	const newId = options.newId ?? createId;
	return lines.map((line, i) =>
		createShape(
			'sticky',
			{
				x: left + (i % columns) * (size + gap),
				y: top + Math.floor(i / columns) * (size + gap),
				parentId: options.parentId ?? null,
				props: { text: line }
			},
			{ id: newId(), author: options.author, now: options.now, order: orders[i] as string }
		)
	);
}
