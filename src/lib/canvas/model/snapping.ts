/**
 * Snapping and alignment guides: while a box moves, its left/centre/right and top/middle/bottom lines
 * snap to the same lines of nearby boxes within a threshold, and the lines that then coincide become
 * guides for the renderer to draw.
 */
import type { Box } from './math';

/** A guide line: vertical at x = `at` (axis 'x') or horizontal at y = `at`, spanning `from`–`to`. */
export interface SnapGuide {
	axis: 'x' | 'y';
	at: number;
	from: number;
	to: number;
}

export interface SnapResult {
	/** Offset to add to the moving box. */
	dx: number;
	dy: number;
	guides: SnapGuide[];
}

const EPSILON = 1e-6;

function lines(b: Box, axis: 'x' | 'y'): number[] {
	return axis === 'x' ? [b.x, b.x + b.w / 2, b.x + b.w] : [b.y, b.y + b.h / 2, b.y + b.h];
}

function bestOffset(moving: Box, others: readonly Box[], axis: 'x' | 'y', threshold: number): number {
	let best = 0;
	let bestDistance = threshold + EPSILON;
	const mine = lines(moving, axis);
	for (const other of others) {
		for (const target of lines(other, axis)) {
			for (const line of mine) {
				const d = Math.abs(target - line);
				if (d < bestDistance) {
					bestDistance = d;
					best = target - line;
				}
			}
		}
	}
	return best;
}

function guidesFor(moving: Box, others: readonly Box[], axis: 'x' | 'y'): SnapGuide[] {
	const guides = new Map<number, SnapGuide>();
	const cross = axis === 'x' ? 'y' : 'x';
	const size = axis === 'x' ? 'h' : 'w';
	for (const other of others) {
		for (const target of lines(other, axis)) {
			if (!lines(moving, axis).some((line) => Math.abs(line - target) <= EPSILON)) continue;
			const from = Math.min(moving[cross], other[cross]);
			const to = Math.max(moving[cross] + moving[size], other[cross] + other[size]);
			const key = Math.round(target * 1e3);
			const seen = guides.get(key);
			guides.set(key, seen ? { ...seen, from: Math.min(seen.from, from), to: Math.max(seen.to, to) } : { axis, at: target, from, to });
		}
	}
	return [...guides.values()];
}

/**
 * Snaps a moving box to `others` (pass only nearby boxes, e.g. those in view). `threshold` is in world
 * units: divide the desired screen distance (e.g. 6 px) by the zoom.
 */
export function computeSnap(moving: Box, others: readonly Box[], threshold: number): SnapResult {
	const dx = bestOffset(moving, others, 'x', threshold);
	const dy = bestOffset(moving, others, 'y', threshold);
	const snapped = { ...moving, x: moving.x + dx, y: moving.y + dy };
	return { dx, dy, guides: [...guidesFor(snapped, others, 'x'), ...guidesFor(snapped, others, 'y')] };
}

/** Rounds a value to the nearest multiple of `grid` (no-op for grid ≤ 0). */
export function snapToGrid(value: number, grid: number): number {
	return grid > 0 ? Math.round(value / grid) * grid + 0 : value;
}

/** Which side of a box a resize drags on one axis: its start (left/top), its end, or neither. */
export type DraggedEdge = 'start' | 'end' | null;

function snapEdge(box: Box, axis: 'x' | 'y', edge: DraggedEdge, others: readonly Box[], threshold: number, minSize: number): Box {
	if (!edge) return box;
	const pos = axis === 'x' ? 'x' : 'y';
	const size = axis === 'x' ? 'w' : 'h';
	const line = edge === 'start' ? box[pos] : box[pos] + box[size];
	let best: number | null = null;
	let bestDistance = threshold + EPSILON;
	for (const other of others) {
		for (const target of lines(other, axis)) {
			const d = Math.abs(target - line);
			if (d < bestDistance) (bestDistance = d), (best = target);
		}
	}
	if (best === null) return box;
	const far = edge === 'start' ? box[pos] + box[size] : box[pos];
	const length = Math.abs(far - best);
	if (length < minSize) return box;
	return edge === 'start' ? { ...box, [pos]: best, [size]: length } : { ...box, [size]: length };
}

/**
 * Snaps the edges a resize drags to the lines of `others` (the fixed edges stay), and returns the
 * guides through the snapped edges only.
 */
export function snapResize(
	box: Box,
	edges: { x: DraggedEdge; y: DraggedEdge },
	others: readonly Box[],
	threshold: number,
	minSize = 8
): { box: Box; guides: SnapGuide[] } {
	const snapped = snapEdge(snapEdge(box, 'x', edges.x, others, threshold, minSize), 'y', edges.y, others, threshold, minSize);
	const dragged = (axis: 'x' | 'y', edge: DraggedEdge) =>
		edge === null ? null : axis === 'x' ? (edge === 'start' ? snapped.x : snapped.x + snapped.w) : edge === 'start' ? snapped.y : snapped.y + snapped.h;
	const guides = (['x', 'y'] as const).flatMap((axis) => {
		const at = dragged(axis, edges[axis]);
		return at === null ? [] : guidesFor(snapped, others, axis).filter((g) => Math.abs(g.at - at) <= EPSILON);
	});
	return { box: snapped, guides };
}
