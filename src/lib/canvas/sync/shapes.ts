/**
 * Writing and reading shapes in a board Y.Doc. Every write goes through the restore gate before it
 * reaches the document, and every read comes back through it: the document never holds what the
 * gate would not produce, as far as this client is concerned.
 */
import * as Y from 'yjs';
import { connectorEndpoints } from '../model/geometry';
import { isValidOrderKey } from '../model/order';
import { restoreShape, restoreShapes, type RestoreResult } from '../model/restore';
import { SHAPE_DEFS, type Shape, type ShapeType, type PropsOf } from '../model/schema';
import type { Vec } from '../model/math';
import { boardMaps, type WriteOrigin } from './doc';
import { shapeToYMap, STORED, storedToRaw, writeShape, yMapToRaw } from './shape-codec';

/** A change to one shape: any base fields, and any subset of its props (type and id never change). */
export type ShapePatch<T extends ShapeType = ShapeType> = {
	id: string;
	props?: Partial<PropsOf<T>>;
} & Partial<Pick<Shape, 'x' | 'y' | 'w' | 'h' | 'rotation' | 'parentId' | 'order' | 'locked'>>;

/** Adds shapes (already built, e.g. by createShape or prepareInsert) in one transaction. Returns the ids written. */
export function createShapes(doc: Y.Doc, shapes: readonly Shape[], origin: WriteOrigin): string[] {
	const { shapes: map } = boardMaps(doc);
	const written: string[] = [];
	doc.transact(() => {
		for (const shape of shapes) {
			const result = restoreShape(shape);
			if (!result.ok) continue;
			map.set(result.shape.id, shapeToYMap(result.shape));
			written.push(result.shape.id);
		}
	}, origin);
	return written;
}

/**
 * Applies patches in one transaction. Each shape is re-read, patched, passed through the gate and
 * written back field by field, so only the fields that really change are written. `now` stamps updatedAt.
 */
export function updateShapes(doc: Y.Doc, patches: readonly ShapePatch[], origin: WriteOrigin, now: number): void {
	const { shapes: map } = boardMaps(doc);
	doc.transact(() => {
		for (const patch of patches) {
			const stored = map.get(patch.id);
			if (!(stored instanceof Y.Map)) continue;
			const merged: Record<string, unknown> = yMapToRaw(stored);
			const { props, id: _id, ...base } = patch;
			// An undefined in a patch means "not changed", never "reset to the default".
			for (const [key, value] of [...Object.entries(base), ...Object.entries(props ?? {})]) {
				if (value !== undefined && key !== 'type' && key !== '__proto__') merged[key] = value;
			}
			merged.updatedAt = now;
			const result = restoreShape(merged, patch.id, STORED);
			if (result.ok) writeShape(stored, result.shape);
		}
	}, origin);
}

/** Ids of `ids` plus everything inside frames among them, at any depth. */
export function withDescendants(doc: Y.Doc, ids: Iterable<string>): Set<string> {
	const { shapes: map } = boardMaps(doc);
	const children = new Map<string, string[]>();
	for (const [id, value] of map.entries()) {
		const parent = value instanceof Y.Map ? value.get('parentId') : undefined;
		if (typeof parent === 'string') children.set(parent, [...(children.get(parent) ?? []), id]);
	}
	const out = new Set<string>();
	const stack = [...ids];
	while (stack.length > 0) {
		const id = stack.pop() as string;
		if (out.has(id)) continue;
		out.add(id);
		stack.push(...(children.get(id) ?? []));
	}
	return out;
}

/**
 * Deletes shapes, and with them everything inside deleted frames. Connectors bound to a deleted shape
 * stay, with that end freed where it was drawn, so the picture does not jump for anyone.
 */
export function deleteShapes(doc: Y.Doc, ids: Iterable<string>, origin: WriteOrigin): void {
	const { shapes: map } = boardMaps(doc);
	const doomed = withDescendants(doc, ids);
	doc.transact(() => {
		// Only connectors are read in full: deleting stays cheap on a large board.
		for (const [id, stored] of map.entries()) {
			if (doomed.has(id) || !(stored instanceof Y.Map) || stored.get('type') !== 'connector') continue;
			const shape = readShape(doc, id);
			if (shape?.type !== 'connector') continue;
			const { start, end } = shape.props;
			if (!doomed.has(start.shapeId ?? '') && !doomed.has(end.shapeId ?? '')) continue;
			const drawn = connectorEndpoints(shape, (other) => readShape(doc, other) ?? undefined);
			const free = (e: typeof start, at: Vec) => (doomed.has(e.shapeId ?? '') ? { x: at.x, y: at.y, shapeId: null, anchor: null } : e);
			writeShape(stored, restoreShapeOrThrow({ ...shape, props: { ...shape.props, start: free(start, drawn.start), end: free(end, drawn.end) } }));
		}
		for (const id of doomed) map.delete(id);
	}, origin);
}

function restoreShapeOrThrow(shape: Shape): Shape {
	const result = restoreShape(shape);
	if (!result.ok) throw new Error(`invalid shape ${shape.id}: ${result.dropped.reason}`);
	return result.shape;
}

/**
 * Moves shapes by `delta`, carrying the contents of moved frames and the free ends of moved
 * connectors; bound connector ends follow their shapes by themselves.
 */
export function translateShapes(doc: Y.Doc, ids: Iterable<string>, delta: Vec, origin: WriteOrigin, now: number): void {
	const { shapes: map } = boardMaps(doc);
	const moving = withDescendants(doc, ids);
	const patches: ShapePatch[] = [];
	for (const id of moving) {
		const stored = map.get(id);
		if (!(stored instanceof Y.Map)) continue;
		const shape = restoreShape(yMapToRaw(stored), id, STORED);
		if (!shape.ok) continue;
		const s = shape.shape;
		if (s.type === 'connector') {
			const move = (e: typeof s.props.start) => (e.shapeId === null ? { ...e, x: e.x + delta.x, y: e.y + delta.y } : e);
			patches.push({ id, props: { start: move(s.props.start), end: move(s.props.end) } });
		} else patches.push({ id, x: s.x + delta.x, y: s.y + delta.y });
	}
	updateShapes(doc, patches, origin, now);
}

/** One shape read through the gate (per record; relations are resolved by LiveShapes or readBoard). */
export function readShape(doc: Y.Doc, id: string): Shape | null {
	const stored = boardMaps(doc).shapes.get(id);
	if (stored === undefined) return null;
	const result = restoreShape(storedToRaw(stored), id, STORED);
	return result.ok ? result.shape : null;
}

/** The whole board read through the gate: valid shapes bottom to top, with what was dropped or repaired. */
export function readBoard(doc: Y.Doc): RestoreResult {
	const raw: Record<string, unknown> = {};
	for (const [id, value] of boardMaps(doc).shapes.entries()) {
		Object.defineProperty(raw, id, { value: storedToRaw(value), enumerable: true, configurable: true, writable: true });
	}
	return restoreShapes(raw, STORED);
}

/** The Y.Text behind a text prop, for binding an editor to it directly (IME and concurrent typing). */
export function getShapeText(doc: Y.Doc, id: string, field: string): Y.Text | null {
	const stored = boardMaps(doc).shapes.get(id);
	if (!(stored instanceof Y.Map)) return null;
	const type = stored.get('type');
	if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(SHAPE_DEFS, type)) return null;
	if (!(SHAPE_DEFS[type as ShapeType].textFields as readonly string[]).includes(field)) return null;
	const text = stored.get(field);
	return text instanceof Y.Text ? text : null;
}

/** The highest valid order key on the board (null when empty): new shapes go above it. */
export function topOrder(doc: Y.Doc): string | null {
	let top: string | null = null;
	for (const value of boardMaps(doc).shapes.values()) {
		const order = value instanceof Y.Map ? value.get('order') : undefined;
		if (isValidOrderKey(order) && (top === null || order > top)) top = order;
	}
	return top;
}
