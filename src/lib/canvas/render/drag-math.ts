/**
 * The arithmetic of direct manipulation, free of DOM and Svelte: resizing a (rotated) box by one of
 * its handles, rotating about the centre, marquee boxes, scaling a group, keyboard nudges, and a
 * peer's drag in progress applied to a shape.
 */
import { MIN_SIZE, rotateAround, type Box, type Shape, type Vec } from '../model';
import type { PeerDrag } from './presence.svelte';

export type Handle = 'n' | 's' | 'e' | 'w' | 'ne' | 'nw' | 'se' | 'sw';

export const HANDLES: readonly Handle[] = ['nw', 'n', 'ne', 'e', 'se', 's', 'sw', 'w'];

/** A box with its rotation (radians, about its centre). */
export interface RotatedBox extends Box {
	rotation: number;
}

/** The position of a handle on a box, 0–1 in each axis. */
export function handleAnchor(handle: Handle): Vec {
	return {
		x: handle.includes('w') ? 0 : handle.includes('e') ? 1 : 0.5,
		y: handle.includes('n') ? 0 : handle.includes('s') ? 1 : 0.5
	};
}

/**
 * The box after dragging `handle` to world point `p`: the opposite side or corner stays fixed on
 * screen, also when the box is rotated. `keepAspect` keeps the width/height ratio (corner handles),
 * `fromCenter` grows both sides symmetrically.
 */
export function resizeBox(
	box: RotatedBox,
	handle: Handle,
	p: Vec,
	options: { keepAspect?: boolean; fromCenter?: boolean; minSize?: number } = {}
): Box {
	const min = options.minSize ?? MIN_SIZE;
	const c = { x: box.x + box.w / 2, y: box.y + box.h / 2 };
	const q = rotateAround(p, c, -box.rotation);
	const a = handleAnchor(handle);
	const movesX = a.x !== 0.5;
	const movesY = a.y !== 0.5;
	// Fixed point in the box's own frame: the opposite edge, or the centre.
	const fixed = {
		x: options.fromCenter ? c.x : box.x + (1 - a.x) * box.w,
		y: options.fromCenter ? c.y : box.y + (1 - a.y) * box.h
	};
	const factor = options.fromCenter ? 2 : 1;
	let w = movesX ? Math.abs(q.x - fixed.x) * factor : box.w;
	let h = movesY ? Math.abs(q.y - fixed.y) * factor : box.h;
	const flipX = movesX && (a.x === 1 ? q.x < fixed.x : q.x > fixed.x);
	const flipY = movesY && (a.y === 1 ? q.y < fixed.y : q.y > fixed.y);
	if (options.keepAspect && box.w > 0 && box.h > 0) {
		const scale = movesX && movesY ? Math.max(w / box.w, h / box.h) : movesX ? w / box.w : h / box.h;
		w = box.w * scale;
		h = box.h * scale;
	}
	w = Math.max(min, w);
	h = Math.max(min, h);
	// The new box in the old frame, before undoing the rotation drift.
	const dirX = (a.x === 1 ? 1 : -1) * (flipX ? -1 : 1);
	const dirY = (a.y === 1 ? 1 : -1) * (flipY ? -1 : 1);
	// Edge handles (and scaling from the centre) keep the box centred on the axis they do not drag.
	const localCenter: Vec = {
		x: options.fromCenter || !movesX ? c.x : fixed.x + (dirX * w) / 2,
		y: options.fromCenter || !movesY ? c.y : fixed.y + (dirY * h) / 2
	};
	// Rotation is about the box centre: map the new centre through the old rotation.
	const worldCenter = rotateAround(localCenter, c, box.rotation);
	return { x: worldCenter.x - w / 2, y: worldCenter.y - h / 2, w, h };
}

const SNAP_ANGLE = Math.PI / 12;

/** The rotation after turning from `start` to `current` about `center`; `snap` rounds to 15°. */
export function rotationFromDrag(center: Vec, start: Vec, current: Vec, startRotation: number, snap: boolean): number {
	const delta = Math.atan2(current.y - center.y, current.x - center.x) - Math.atan2(start.y - center.y, start.x - center.x);
	let angle = startRotation + delta;
	if (snap) angle = Math.round(angle / SNAP_ANGLE) * SNAP_ANGLE;
	const tau = Math.PI * 2;
	return (((angle % tau) + tau) % tau) + 0;
}

/** The box spanned by two points. */
export function boxFromCorners(a: Vec, b: Vec): Box {
	return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), w: Math.abs(b.x - a.x), h: Math.abs(b.y - a.y) };
}

/**
 * A shape scaled with its group from `from` to `to` (both the group's bounds): position and size
 * follow, rotation stays; pens scale their points and free connector ends move along.
 */
export function scaleShape(shape: Shape, from: Box, to: Box): Shape {
	const sx = from.w > 0 ? to.w / from.w : 1;
	const sy = from.h > 0 ? to.h / from.h : 1;
	const mapX = (x: number) => to.x + (x - from.x) * sx;
	const mapY = (y: number) => to.y + (y - from.y) * sy;
	if (shape.type === 'connector') {
		const end = (e: typeof shape.props.start) => (e.shapeId === null ? { ...e, x: mapX(e.x), y: mapY(e.y) } : e);
		return { ...shape, props: { ...shape.props, start: end(shape.props.start), end: end(shape.props.end) } };
	}
	const cx = mapX(shape.x + shape.w / 2);
	const cy = mapY(shape.y + shape.h / 2);
	const w = Math.max(MIN_SIZE, shape.w * sx);
	const h = Math.max(MIN_SIZE, shape.h * sy);
	const moved = { ...shape, x: cx - w / 2, y: cy - h / 2, w, h };
	if (shape.type === 'pen') {
		const points = shape.props.points.map((v, i) => (i % 2 === 0 ? v * sx : v * sy));
		return { ...moved, props: { ...shape.props, points } } as Shape;
	}
	return moved as Shape;
}

/** A shape moved by a world delta (free connector ends move, bound ones follow their shapes). */
export function translateShape(shape: Shape, dx: number, dy: number): Shape {
	if (shape.type === 'connector') {
		const end = (e: typeof shape.props.start) => (e.shapeId === null ? { ...e, x: e.x + dx, y: e.y + dy } : e);
		return { ...shape, props: { ...shape.props, start: end(shape.props.start), end: end(shape.props.end) } };
	}
	return { ...shape, x: shape.x + dx, y: shape.y + dy };
}

/** Keyboard nudge in world units: 10 on screen per press, 50 with shift, independent of zoom. */
export function nudgeDistance(zoom: number, big: boolean): number {
	return (big ? 50 : 10) / zoom;
}

/** The world delta of an arrow key. */
export function arrowDelta(key: string): Vec | null {
	switch (key) {
		case 'ArrowLeft':
			return { x: -1, y: 0 };
		case 'ArrowRight':
			return { x: 1, y: 0 };
		case 'ArrowUp':
			return { x: 0, y: -1 };
		case 'ArrowDown':
			return { x: 0, y: 1 };
		default:
			return null;
	}
}

/** A peer's shape as their drag in progress shows it: moved, resized or turned. */
export function peerPreview(shape: Shape, drag: PeerDrag): Shape {
	if (drag.scale) return scaleShape(shape, drag.scale.from, drag.scale.to);
	if (drag.rotation !== undefined) return { ...shape, rotation: drag.rotation };
	return translateShape(shape, drag.dx, drag.dy);
}

/** The shapes others are dragging, as their drags show them; `skip`: shapes I am dragging myself. */
export function peerPreviews(
	peers: readonly { drag: PeerDrag | null }[],
	shapeOf: (id: string) => Shape | undefined,
	skip: ReadonlyMap<string, unknown>
): Map<string, Shape> {
	const out = new Map<string, Shape>();
	for (const { drag } of peers) {
		if (!drag) continue;
		for (const id of drag.ids) {
			const shape = shapeOf(id);
			if (shape && !skip.has(id)) out.set(id, peerPreview(shape, drag));
		}
	}
	return out;
}

/** Whether two sets of previews show the same: each shape at the same place, size, angle and props. */
export function samePreviews(a: ReadonlyMap<string, Shape>, b: ReadonlyMap<string, Shape>): boolean {
	if (a.size !== b.size) return false;
	for (const [id, s] of a) {
		const o = b.get(id);
		if (!o || o.x !== s.x || o.y !== s.y || o.w !== s.w || o.h !== s.h || o.rotation !== s.rotation || o.props !== s.props) return false;
	}
	return true;
}
