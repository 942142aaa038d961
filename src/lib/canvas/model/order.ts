/**
 * Z-order with fractional index keys (the `fractional-indexing` package, from the Replicache authors;
 * the scheme Figma described). A key sorts between any two others without renumbering, so moving one
 * shape writes one field and concurrent reorders merge field by field in Yjs. Two peers inserting at
 * the same spot can produce the same key: ties are broken by id, so every peer still sees one order.
 */
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import { MAX_ORDER_KEY } from './limits';

const KEY_CHARS = /^[0-9A-Za-z]+$/;

/** True when `key` is a well-formed order key within the length cap. */
export function isValidOrderKey(key: unknown): key is string {
	if (typeof key !== 'string' || key.length === 0 || key.length > MAX_ORDER_KEY) return false;
	if (!KEY_CHARS.test(key)) return false;
	try {
		generateKeyBetween(key, null);
		return true;
	} catch {
		return false;
	}
}

/** Orders shapes bottom to top: by key, then by id (plain code-unit comparison, the same on every peer). */
export function compareOrder(a: { order: string; id: string }, b: { order: string; id: string }): number {
	if (a.order !== b.order) return a.order < b.order ? -1 : 1;
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * `n` ascending keys strictly between `lo` and `hi` (null = open end). When `lo >= hi` (equal keys
 * from concurrent inserts) the keys go just above `lo`, keeping them below anything above `hi`.
 */
export function orderKeysBetween(lo: string | null, hi: string | null, n: number): string[] {
	if (n <= 0) return [];
	if (lo !== null && hi !== null && lo >= hi) {
		// Bisect between lo and a key built to sort just above it: lo followed by the top digit.
		return generateNKeysBetween(lo, lo + 'z', n);
	}
	return generateNKeysBetween(lo, hi, n);
}

/** One key strictly between `lo` and `hi`. */
export function orderKeyBetween(lo: string | null, hi: string | null): string {
	return orderKeysBetween(lo, hi, 1)[0] as string;
}

/** `n` keys above every shape in `shapes` (new shapes go on top). */
export function orderKeysOnTop(shapes: Iterable<{ order: string }>, n: number): string[] {
	let top: string | null = null;
	for (const shape of shapes) if (top === null || shape.order > top) top = shape.order;
	return orderKeysBetween(top, null, n);
}

export type ReorderMove = 'front' | 'back' | 'forward' | 'backward';

/**
 * New order keys for `ids` after a z-order move, keeping their relative order. `sorted` is every
 * shape bottom to top (see compareOrder). Returns only the keys that change.
 */
export function reorder(
	sorted: readonly { id: string; order: string }[],
	ids: ReadonlySet<string>,
	move: ReorderMove
): Map<string, string> {
	const moving = sorted.filter((s) => ids.has(s.id));
	const others = sorted.filter((s) => !ids.has(s.id));
	const result = new Map<string, string>();
	if (moving.length === 0 || others.length === 0) return result;
	let lo: string | null;
	let hi: string | null;
	if (move === 'front') {
		lo = (others[others.length - 1] as { order: string }).order;
		hi = null;
	} else if (move === 'back') {
		lo = null;
		hi = (others[0] as { order: string }).order;
	} else if (move === 'forward') {
		// Jump over the first other shape above the topmost moving one.
		const topIndex = sorted.indexOf(moving[moving.length - 1] as (typeof sorted)[number]);
		const above = sorted.slice(topIndex + 1).filter((s) => !ids.has(s.id));
		if (above.length === 0) return result;
		lo = (above[0] as { order: string }).order;
		hi = above.find((s) => s.order > (lo as string))?.order ?? null;
	} else {
		const bottomIndex = sorted.indexOf(moving[0] as (typeof sorted)[number]);
		const below = sorted.slice(0, bottomIndex).filter((s) => !ids.has(s.id));
		if (below.length === 0) return result;
		hi = (below[below.length - 1] as { order: string }).order;
		lo = [...below].reverse().find((s) => s.order < (hi as string))?.order ?? null;
	}
	const keys = orderKeysBetween(lo, hi, moving.length);
	moving.forEach((shape, i) => result.set(shape.id, keys[i] as string));
	return result;
}
