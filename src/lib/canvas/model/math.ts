/** A point or vector in world (or screen) units. */
export interface Vec {
	x: number;
	y: number;
}

/** An axis-aligned box: top-left corner and size (w, h ≥ 0). */
export interface Box {
	x: number;
	y: number;
	w: number;
	h: number;
}

/** Rotates `p` by `angle` radians around `center`. */
export function rotateAround(p: Vec, center: Vec, angle: number): Vec {
	if (angle === 0) return { x: p.x, y: p.y };
	const cos = Math.cos(angle);
	const sin = Math.sin(angle);
	const dx = p.x - center.x;
	const dy = p.y - center.y;
	return { x: center.x + dx * cos - dy * sin, y: center.y + dx * sin + dy * cos };
}

/** Distance between two points. */
export function distance(a: Vec, b: Vec): number {
	return Math.hypot(a.x - b.x, a.y - b.y);
}

/** Distance from `p` to the segment a–b. */
export function distanceToSegment(p: Vec, a: Vec, b: Vec): number {
	const dx = b.x - a.x;
	const dy = b.y - a.y;
	const len2 = dx * dx + dy * dy;
	const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
	return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** Centre of a box. */
export function boxCenter(b: Box): Vec {
	return { x: b.x + b.w / 2, y: b.y + b.h / 2 };
}

/** Smallest box containing all points (a zero box at the origin for none). */
export function boxFromPoints(points: readonly Vec[]): Box {
	if (points.length === 0) return { x: 0, y: 0, w: 0, h: 0 };
	let minX = Infinity;
	let minY = Infinity;
	let maxX = -Infinity;
	let maxY = -Infinity;
	for (const p of points) {
		if (p.x < minX) minX = p.x;
		if (p.y < minY) minY = p.y;
		if (p.x > maxX) maxX = p.x;
		if (p.y > maxY) maxY = p.y;
	}
	return { x: minX, y: minY, w: maxX - minX, h: maxY - minY };
}

/** Smallest box containing every box (null for none). */
export function boxUnion(boxes: Iterable<Box>): Box | null {
	let minX = Infinity;
	let minY = Infinity;
	let maxX = -Infinity;
	let maxY = -Infinity;
	for (const b of boxes) {
		minX = Math.min(minX, b.x);
		minY = Math.min(minY, b.y);
		maxX = Math.max(maxX, b.x + b.w);
		maxY = Math.max(maxY, b.y + b.h);
	}
	return minX === Infinity ? null : { x: minX, y: minY, w: maxX - minX, h: maxY - minY };
}

/** True when the boxes overlap or touch. */
export function boxesIntersect(a: Box, b: Box): boolean {
	return a.x <= b.x + b.w && b.x <= a.x + a.w && a.y <= b.y + b.h && b.y <= a.y + a.h;
}

/** True when `inner` lies entirely inside `outer`. */
export function boxContains(outer: Box, inner: Box): boolean {
	return (
		inner.x >= outer.x &&
		inner.y >= outer.y &&
		inner.x + inner.w <= outer.x + outer.w &&
		inner.y + inner.h <= outer.y + outer.h
	);
}

/** True when `p` lies inside or on the edge of `b`. */
export function boxContainsPoint(b: Box, p: Vec): boolean {
	return p.x >= b.x && p.y >= b.y && p.x <= b.x + b.w && p.y <= b.y + b.h;
}

/** Grows a box by `margin` on every side. */
export function expandBox(b: Box, margin: number): Box {
	return { x: b.x - margin, y: b.y - margin, w: b.w + 2 * margin, h: b.h + 2 * margin };
}
