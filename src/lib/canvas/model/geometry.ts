/**
 * Geometry of shapes in world units: bounds, rotation-aware hit testing, and where connector ends
 * sit. A shape's box is (x, y, w, h) unrotated; `rotation` turns it about the box centre.
 */
import type { Size } from './colors';
import {
	boxCenter,
	boxContains,
	boxFromPoints,
	boxesIntersect,
	distanceToSegment,
	expandBox,
	rotateAround,
	type Box,
	type Vec
} from './math';
import { canBindTo } from './relations';
import type { Shape } from './schema';
import type { ConnectorEnd, ConnectorShape } from './shapes/connector';

/** Finds a shape by id (the board's current records). */
export type ShapeLookup = (id: string) => Shape | undefined;

/** Stroke widths in world units per size preset; the renderer draws with the same numbers. */
export const STROKE_WIDTHS: Readonly<Record<Size, number>> = { s: 2, m: 4, l: 8, xl: 16 };

/** Height of a frame's title strip, the part of a frame that selects it. */
export const FRAME_HEADER = 32;

/** Centre of a shape's box. */
export function shapeCenter(shape: Shape): Vec {
	return boxCenter(shape);
}

/** The four corners of a shape's box in world space, rotation applied, clockwise from top-left. */
export function shapeCorners(shape: Shape): Vec[] {
	const c = shapeCenter(shape);
	const { x, y, w, h } = shape;
	return [
		{ x, y },
		{ x: x + w, y },
		{ x: x + w, y: y + h },
		{ x, y: y + h }
	].map((p) => rotateAround(p, c, shape.rotation));
}

/** A world point in the shape's own unrotated frame (same origin as world, rotation undone). */
export function toShapeSpace(shape: Shape, p: Vec): Vec {
	return rotateAround(p, shapeCenter(shape), -shape.rotation);
}

/** A point of the shape's unrotated frame in world space. */
export function fromShapeSpace(shape: Shape, p: Vec): Vec {
	return rotateAround(p, shapeCenter(shape), shape.rotation);
}

/** The world-space axis-aligned bounds of a shape, rotation and (for connectors) bound ends included. */
export function shapeBounds(shape: Shape, lookup?: ShapeLookup): Box {
	if (shape.type === 'connector') return boxFromPoints(connectorPath(shape, lookup));
	if (shape.rotation === 0) return { x: shape.x, y: shape.y, w: shape.w, h: shape.h };
	return boxFromPoints(shapeCorners(shape));
}

/** Where a normalized anchor (0–1 across the box) lies in world space. */
export function anchorPoint(target: Shape, anchor: Vec): Vec {
	return fromShapeSpace(target, { x: target.x + anchor.x * target.w, y: target.y + anchor.y * target.h });
}

/** The normalized anchor (clamped to 0–1) of a world point on a target, for binding a dropped end. */
export function anchorFromPoint(target: Shape, p: Vec): Vec {
	const local = toShapeSpace(target, p);
	const clamp = (v: number) => Math.max(0, Math.min(1, v));
	return { x: clamp((local.x - target.x) / target.w), y: clamp((local.y - target.y) / target.h) };
}

/** The point where the ray from the shape's centre toward `toward` leaves its outline. */
export function outlinePoint(target: Shape, toward: Vec): Vec {
	const c = shapeCenter(target);
	const q = toShapeSpace(target, toward);
	const dx = q.x - c.x;
	const dy = q.y - c.y;
	if (dx === 0 && dy === 0) return c;
	const rx = target.w / 2;
	const ry = target.h / 2;
	const t =
		target.type === 'ellipse'
			? 1 / Math.sqrt((dx / rx) ** 2 + (dy / ry) ** 2)
			: Math.min(dx === 0 ? Infinity : rx / Math.abs(dx), dy === 0 ? Infinity : ry / Math.abs(dy));
	return fromShapeSpace(target, { x: c.x + dx * t, y: c.y + dy * t });
}

function boundTarget(end: ConnectorEnd, lookup: ShapeLookup | undefined): Shape | undefined {
	if (end.shapeId === null || !lookup) return undefined;
	const target = lookup(end.shapeId);
	return canBindTo(target) ? target : undefined;
}

/** Where an end aims from: its anchor, its shape's centre (automatic anchor), or its free point. */
function endReference(end: ConnectorEnd, lookup: ShapeLookup | undefined): Vec {
	const target = boundTarget(end, lookup);
	if (!target) return { x: end.x, y: end.y };
	return end.anchor ? anchorPoint(target, end.anchor) : shapeCenter(target);
}

function resolveEnd(end: ConnectorEnd, other: Vec, lookup: ShapeLookup | undefined): Vec {
	const target = boundTarget(end, lookup);
	if (!target) return { x: end.x, y: end.y };
	return end.anchor ? anchorPoint(target, end.anchor) : outlinePoint(target, other);
}

/** The two end points of a connector now, following the shapes it is bound to. */
export function connectorEndpoints(connector: ConnectorShape, lookup?: ShapeLookup): { start: Vec; end: Vec } {
	const { start, end } = connector.props;
	const startRef = endReference(start, lookup);
	const endRef = endReference(end, lookup);
	return { start: resolveEnd(start, endRef, lookup), end: resolveEnd(end, startRef, lookup) };
}

/** The connector's polyline: two points when straight, an orthogonal dog-leg when elbowed. */
export function connectorPath(connector: ConnectorShape, lookup?: ShapeLookup): Vec[] {
	const { start, end } = connectorEndpoints(connector, lookup);
	if (connector.props.route === 'straight' || start.x === end.x || start.y === end.y) return [start, end];
	const midX = (start.x + end.x) / 2;
	return [start, { x: midX, y: start.y }, { x: midX, y: end.y }, end];
}

function nearPolyline(points: readonly Vec[], p: Vec, reach: number): boolean {
	if (points.length === 1) return distanceToSegment(p, points[0] as Vec, points[0] as Vec) <= reach;
	for (let i = 1; i < points.length; i++) {
		if (distanceToSegment(p, points[i - 1] as Vec, points[i] as Vec) <= reach) return true;
	}
	return false;
}

function penPoints(shape: Extract<Shape, { type: 'pen' }>): Vec[] {
	const pts = shape.props.points;
	const out: Vec[] = [];
	for (let i = 0; i + 1 < pts.length; i += 2) out.push({ x: shape.x + (pts[i] as number), y: shape.y + (pts[i + 1] as number) });
	return out;
}

/**
 * True when world point `p` is on the shape: inside boxes and ellipses, on the ink of pens and
 * connectors. `tolerance` (world units) widens the target for touch and thin strokes.
 */
export function pointInShape(shape: Shape, p: Vec, tolerance = 0, lookup?: ShapeLookup): boolean {
	if (shape.type === 'connector') {
		return nearPolyline(connectorPath(shape, lookup), p, STROKE_WIDTHS[shape.props.size] / 2 + tolerance);
	}
	const local = toShapeSpace(shape, p);
	if (shape.type === 'pen') {
		return nearPolyline(penPoints(shape), local, STROKE_WIDTHS[shape.props.size] / 2 + tolerance);
	}
	if (shape.type === 'ellipse') {
		const rx = shape.w / 2 + tolerance;
		const ry = shape.h / 2 + tolerance;
		const dx = local.x - (shape.x + shape.w / 2);
		const dy = local.y - (shape.y + shape.h / 2);
		return (dx * dx) / (rx * rx) + (dy * dy) / (ry * ry) <= 1;
	}
	return (
		local.x >= shape.x - tolerance &&
		local.x <= shape.x + shape.w + tolerance &&
		local.y >= shape.y - tolerance &&
		local.y <= shape.y + shape.h + tolerance
	);
}

/**
 * True when a pointer at `p` should pick this shape. Like pointInShape, except that a frame is picked
 * only by its title strip or its border: its inside belongs to its children and to marquee selection.
 */
export function hitTest(shape: Shape, p: Vec, tolerance = 0, lookup?: ShapeLookup): boolean {
	if (!pointInShape(shape, p, tolerance, lookup)) return false;
	if (shape.type !== 'frame') return true;
	const inner = { x: shape.x + tolerance, y: shape.y + FRAME_HEADER, w: shape.w - 2 * tolerance, h: shape.h - FRAME_HEADER - tolerance };
	return inner.w <= 0 || inner.h <= 0 || !(p.x > inner.x && p.x < inner.x + inner.w && p.y > inner.y && p.y < inner.y + inner.h);
}

/** The topmost shape under `p`, given shapes bottom to top (e.g. a spatial-index query, sorted). */
export function topShapeAt(
	sorted: readonly Shape[],
	p: Vec,
	tolerance = 0,
	lookup?: ShapeLookup
): Shape | undefined {
	for (let i = sorted.length - 1; i >= 0; i--) {
		const shape = sorted[i] as Shape;
		if (hitTest(shape, p, tolerance, lookup)) return shape;
	}
	return undefined;
}

/** Shapes selected by a marquee: those touching it, or with `contain`, those entirely inside it. */
export function shapesInBox(
	shapes: Iterable<Shape>,
	box: Box,
	mode: 'touch' | 'contain',
	lookup?: ShapeLookup
): Shape[] {
	const out: Shape[] = [];
	for (const shape of shapes) {
		const bounds = shapeBounds(shape, lookup);
		if (mode === 'contain' ? boxContains(box, bounds) : boxesIntersect(box, bounds)) out.push(shape);
	}
	return out;
}

/** The innermost frame whose box contains `box` (for dropping shapes into frames), excluding `except`. */
export function frameAt(frames: Iterable<Shape>, box: Box, except: ReadonlySet<string> = new Set()): Shape | undefined {
	let best: Shape | undefined;
	for (const frame of frames) {
		if (frame.type !== 'frame' || except.has(frame.id)) continue;
		if (!boxContains(expandBox(frame, 0.5), box)) continue;
		if (!best || frame.w * frame.h < best.w * best.h) best = frame;
	}
	return best;
}
