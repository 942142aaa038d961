/**
 * Every document write the editor makes, each one Yjs transaction under the local origin (so the
 * per-user UndoManager tracks it and nobody else's work). Records are built by the model and pass
 * the restore gate in the sync layer before they reach the document.
 */
import * as Y from 'yjs';
import {
	boxContains,
	boxUnion,
	expandBox,
	canBindTo,
	connectorEndpoints,
	createShape,
	frameAt,
	orderKeyBetween,
	orderKeysBetween,
	prepareInsert,
	reorder,
	shapeBounds,
	SHAPE_DEFS,
	textToStickies,
	withConnectorEnd,
	type Box,
	type ConnectorEndName,
	type ReorderMove,
	type Shape,
	type ShapeInit,
	type ShapeType,
	type Vec
} from '../model';
import type { LocalOrigin } from '../sync/doc';
import { createShapes, deleteShapes, translateShapes, updateShapes, topOrder, type ShapePatch } from '../sync/shapes';
import type { LiveBoard } from './live-board.svelte';

/** What a write needs: the document, who writes, and the current view of the board. */
export interface WriteContext {
	doc: Y.Doc;
	origin: LocalOrigin;
	author: string;
	board: LiveBoard;
}

const FRAME_PADDING = 48;

/** The innermost frame that would carry a shape with these bounds (none of `except`). */
function carrier(ctx: WriteContext, bounds: Box, except: ReadonlySet<string>): string | null {
	const frames = ctx.board.query(bounds).filter((s) => s.type === 'frame');
	return frameAt(frames, bounds, except)?.id ?? null;
}

/**
 * Creates one shape centred at `center` (frames it lands in carry it). Returns its id. A frame also
 * takes in what it is drawn around and goes beneath it, as sections do in FigJam and Miro.
 */
export function createAt<T extends ShapeType>(ctx: WriteContext, type: T, center: Vec, init: ShapeInit<T> = {}): string {
	const def = SHAPE_DEFS[type];
	const w = init.w ?? def.defaultSize.w;
	const h = init.h ?? def.defaultSize.h;
	const box = { x: init.x ?? center.x - w / 2, y: init.y ?? center.y - h / 2, w, h };
	const parentId = init.parentId !== undefined ? init.parentId : carrier(ctx, box, new Set());
	if (type === 'frame') return drawFrame(ctx, box, { ...init, parentId });
	const shape = createShape(type, { ...init, ...box, parentId }, { author: ctx.author, now: Date.now(), order: orderKeyBetween(topOrder(ctx.doc), null) });
	createShapes(ctx.doc, [shape], ctx.origin);
	return shape.id;
}

function drawFrame(ctx: WriteContext, box: Box, init: ShapeInit<'frame'>): string {
	// Beneath the lowest shape it overlaps, so it never veils one; above the frames it sits in.
	const overlapped = ctx.board.query(box).filter((s) => !(s.type === 'frame' && boxContains(expandBox(s, 0.5), box)));
	const lowest = overlapped.reduce<Shape | null>((low, s) => (!low || s.order < low.order ? s : low), null);
	let order: string;
	if (lowest) {
		const sorted = ctx.board.live.sorted();
		const at = sorted.findIndex((s) => s.id === lowest.id);
		order = orderKeysBetween(at > 0 ? (sorted[at - 1] as Shape).order : null, lowest.order, 1)[0] as string;
	} else order = orderKeyBetween(topOrder(ctx.doc), null);
	const frame = createShape('frame', { ...init, ...box }, { author: ctx.author, now: Date.now(), order });
	ctx.doc.transact(() => {
		createShapes(ctx.doc, [frame], ctx.origin);
		const inside = overlapped.map((s) => s.id);
		patch(ctx, settleParents(ctx, inside, new Map([[frame.id, frame]])));
	}, ctx.origin);
	return frame.id;
}

/**
 * Which frame carries each of `ids` (the innermost frame around it), seeing `changed` — shapes
 * written in the same transaction, which the live view has not seen yet — at their new geometry.
 * Returns the parent changes to write.
 */
function settleParents(ctx: WriteContext, ids: Iterable<string>, changed: ReadonlyMap<string, Shape>): ShapePatch[] {
	const patches: ShapePatch[] = [];
	const changedFrames = [...changed.values()].filter((s) => s.type === 'frame');
	for (const id of new Set(ids)) {
		const shape = changed.get(id) ?? ctx.board.peek(id);
		if (!shape || shape.type === 'connector') continue;
		const b = shapeBounds(shape, ctx.board.peek);
		const frames = new Map(ctx.board.query(b).filter((f) => f.type === 'frame').map((f) => [f.id, changed.get(f.id) ?? f]));
		for (const f of changedFrames) frames.set(f.id, f);
		const except = new Set([id, ...(shape.type === 'frame' ? descendantsOf(ctx, id) : [])]);
		const parentId = frameAt(frames.values(), b, except)?.id ?? null;
		if (parentId !== shape.parentId) patches.push({ id, parentId });
	}
	return patches;
}

/** An order key above every shape on the board (new shapes go on top). */
export function nextOrder(ctx: WriteContext): string {
	return orderKeyBetween(topOrder(ctx.doc), null);
}

/** Adds already-built shapes (pasted, templated) in one write. */
export function insertShapes(ctx: WriteContext, shapes: readonly Shape[]): string[] {
	return createShapes(ctx.doc, shapes, ctx.origin);
}

/** Deletes shapes (frames take their content; bound connectors keep a free end). */
export function remove(ctx: WriteContext, ids: Iterable<string>): void {
	deleteShapes(ctx.doc, [...ids].filter((id) => !ctx.board.peek(id)?.locked), ctx.origin);
}

/**
 * Moves shapes by a world delta in ONE write, then re-parents the moved top-level shapes to the
 * frame they were dropped into (or to the root when dragged out of their frame).
 */
export function moveBy(ctx: WriteContext, ids: ReadonlySet<string>, delta: Vec): void {
	const movable = [...ids].filter((id) => !ctx.board.peek(id)?.locked);
	if (movable.length === 0 || (delta.x === 0 && delta.y === 0)) return;
	ctx.doc.transact(() => {
		const now = Date.now();
		translateShapes(ctx.doc, movable, delta, ctx.origin, now);
		reparent(ctx, movable, now, delta);
	}, ctx.origin);
}

/**
 * Re-parents shapes (not connectors) to the innermost frame containing them. `delta` is a move made
 * in the same transaction, which the live view has not seen yet.
 */
export function reparent(ctx: WriteContext, ids: readonly string[], now = Date.now(), delta: Vec = { x: 0, y: 0 }): void {
	const moving = new Set(ids);
	const patches: ShapePatch[] = [];
	for (const id of ids) {
		const shape = ctx.board.live.get(id);
		if (!shape || shape.type === 'connector') continue;
		// A shape whose frame moves with it stays in that frame.
		if (shape.parentId !== null && moving.has(shape.parentId)) continue;
		const b = shapeBounds(shape, ctx.board.live.lookup);
		const parentId = carrier(ctx, { ...b, x: b.x + delta.x, y: b.y + delta.y }, new Set([id, ...descendantsOf(ctx, id)]));
		if (parentId !== shape.parentId) patches.push({ id, parentId });
	}
	if (patches.length) updateShapes(ctx.doc, patches, ctx.origin, now);
}

function descendantsOf(ctx: WriteContext, id: string): string[] {
	const out: string[] = [];
	const stack = [id];
	const all = ctx.board.live.sorted();
	while (stack.length) {
		const parent = stack.pop() as string;
		for (const s of all) if (s.parentId === parent) (out.push(s.id), stack.push(s.id));
	}
	return out;
}

/**
 * Writes finished shapes (a resize or rotate preview) back in one write. A resized shape may now lie
 * in another frame; a resized frame takes in what it now covers and lets go of what it no longer does.
 */
export function commitShapes(ctx: WriteContext, shapes: readonly Shape[]): void {
	const patches: ShapePatch[] = shapes.map((s) => ({ id: s.id, x: s.x, y: s.y, w: s.w, h: s.h, rotation: s.rotation, props: s.props as never }));
	if (patches.length === 0) return;
	const changed = new Map(shapes.map((s) => [s.id, s]));
	const affected: string[] = [];
	for (const s of shapes) {
		affected.push(s.id);
		if (s.type !== 'frame') continue;
		for (const inside of ctx.board.query(shapeBounds(s, ctx.board.peek))) affected.push(inside.id);
		for (const child of ctx.board.live.sorted()) if (child.parentId === s.id) affected.push(child.id);
	}
	ctx.doc.transact(() => {
		updateShapes(ctx.doc, patches, ctx.origin, Date.now());
		patch(ctx, settleParents(ctx, affected, changed));
	}, ctx.origin);
}

/** Changes props of shapes, each only with the keys its type has. */
export function setProps(ctx: WriteContext, ids: Iterable<string>, props: Record<string, unknown>): void {
	const patches: ShapePatch[] = [];
	for (const id of ids) {
		const shape = ctx.board.peek(id);
		if (!shape || shape.locked) continue;
		const own = Object.fromEntries(Object.entries(props).filter(([k]) => k in SHAPE_DEFS[shape.type].props));
		if (Object.keys(own).length) patches.push({ id, props: own as never });
	}
	if (patches.length) updateShapes(ctx.doc, patches, ctx.origin, Date.now());
}

/** Changes base fields (lock, geometry) of shapes. */
export function patch(ctx: WriteContext, patches: ShapePatch[]): void {
	if (patches.length) updateShapes(ctx.doc, patches, ctx.origin, Date.now());
}

/** Moves shapes in z-order. */
export function restack(ctx: WriteContext, ids: ReadonlySet<string>, move: ReorderMove): void {
	const keys = reorder(ctx.board.live.sorted(), ids, move);
	patch(ctx, [...keys].map(([id, order]) => ({ id, order })));
}

/** Copies of shapes (with frame contents), offset, on top; returns the new top-level ids. */
export function duplicate(ctx: WriteContext, records: readonly Shape[], offset: Vec): string[] {
	return insertLanded(ctx, prepareInsert(records, { author: ctx.author, now: Date.now(), topOrder: topOrder(ctx.doc), offset }));
}

/** Pastes restored records centred at `center`; returns the new top-level ids. */
export function pasteShapes(ctx: WriteContext, records: readonly Shape[], center: Vec): string[] {
	return insertLanded(ctx, prepareInsert(records, { author: ctx.author, now: Date.now(), topOrder: topOrder(ctx.doc), center }));
}

/** One sticky note per line of `text`, centred at `center`; returns their ids. */
export function pasteText(ctx: WriteContext, text: string, center: Vec): string[] {
	return insertLanded(ctx, textToStickies(text, { center, author: ctx.author, now: Date.now(), topOrder: topOrder(ctx.doc) }));
}

/**
 * Inserts copies in one write; each top-level copy belongs to the frame it lands in (frames copied
 * with it keep their contents). Returns the top-level ids.
 */
function insertLanded(ctx: WriteContext, copies: Shape[]): string[] {
	const ids = new Set(copies.map((c) => c.id));
	const top = copies.filter((c) => c.parentId === null || !ids.has(c.parentId));
	const landed = new Map(copies.map((c) => [c.id, c]));
	ctx.doc.transact(() => {
		insertShapes(ctx, copies);
		patch(ctx, settleParents(ctx, top.map((c) => c.id), landed));
	}, ctx.origin);
	return top.map((c) => c.id);
}

/**
 * Puts shapes into a new frame drawn around them (below them in z-order, so it never covers them).
 * Returns the frame's id, or null when nothing can be framed.
 */
export function groupIntoFrame(ctx: WriteContext, ids: ReadonlySet<string>, name: string): string | null {
	const shapes = [...ids].map((id) => ctx.board.peek(id)).filter((s): s is Shape => !!s);
	const bounds = boxUnion(shapes.map((s) => shapeBounds(s, ctx.board.peek)));
	if (!bounds) return null;
	const sorted = ctx.board.live.sorted();
	const lowest = sorted.findIndex((s) => ids.has(s.id));
	const below = lowest > 0 ? (sorted[lowest - 1] as Shape).order : null;
	const [order] = orderKeysBetween(below, (sorted[lowest] as Shape).order, 1);
	const outer = shapes.find((s) => s.parentId !== null && !ids.has(s.parentId))?.parentId ?? null;
	const frame = createShape(
		'frame',
		{
			x: bounds.x - FRAME_PADDING,
			y: bounds.y - FRAME_PADDING * 1.5,
			w: bounds.w + FRAME_PADDING * 2,
			h: bounds.h + FRAME_PADDING * 2.5,
			parentId: outer,
			props: { name }
		},
		{ author: ctx.author, now: Date.now(), order: order as string }
	);
	ctx.doc.transact(() => {
		createShapes(ctx.doc, [frame], ctx.origin);
		const children = shapes.filter((s) => s.type !== 'connector' && (s.parentId === null || !ids.has(s.parentId)));
		updateShapes(ctx.doc, children.map((s) => ({ id: s.id, parentId: frame.id })), ctx.origin, Date.now());
	}, ctx.origin);
	return frame.id;
}

/** A connector from one shape to another (automatic anchors: it follows both outlines). */
export function connect(ctx: WriteContext, fromId: string, to: string | Vec): string | null {
	const from = ctx.board.peek(fromId);
	if (!from) return null;
	const target = typeof to === 'string' ? ctx.board.peek(to) : undefined;
	const fromCenter = { x: from.x + from.w / 2, y: from.y + from.h / 2 };
	const endPoint = typeof to === 'string' ? (target ? { x: target.x + target.w / 2, y: target.y + target.h / 2 } : fromCenter) : to;
	const shape = createShape(
		'connector',
		{
			props: {
				start: { ...fromCenter, shapeId: fromId, anchor: null },
				end: { ...endPoint, shapeId: target ? target.id : null, anchor: null }
			}
		},
		{ author: ctx.author, now: Date.now(), order: orderKeyBetween(topOrder(ctx.doc), null) }
	);
	createShapes(ctx.doc, [shape], ctx.origin);
	return shape.id;
}

/**
 * Moves one end of a connector onto `targetId` (bound, following its outline) or, with null, frees
 * it where it is drawn now. False when nothing changed (locked, gone, or a target it cannot take).
 */
export function reattachEnd(ctx: WriteContext, connectorId: string, which: ConnectorEndName, targetId: string | null): boolean {
	const connector = ctx.board.peek(connectorId);
	if (!connector || connector.type !== 'connector' || connector.locked) return false;
	let point = connectorEndpoints(connector, ctx.board.peek)[which];
	if (targetId !== null) {
		const target = ctx.board.peek(targetId);
		const other = connector.props[which === 'start' ? 'end' : 'start'];
		if (!target || !canBindTo(target) || targetId === connectorId || targetId === other.shapeId) return false;
		point = { x: target.x + target.w / 2, y: target.y + target.h / 2 };
	}
	commitShapes(ctx, [withConnectorEnd(connector, which, point, targetId)]);
	return true;
}
