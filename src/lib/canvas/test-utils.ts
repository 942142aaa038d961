/** Helpers shared by the canvas tests: a seeded PRNG and compact record builders. */
import { createShape, type ShapeInit } from './model/create';
import type { ShapeOf, ShapeType } from './model/schema';

/** Mulberry32: a tiny deterministic PRNG, so fuzz failures replay from their seed. */
export function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A valid shape with a fixed id, author and time. */
export function make<T extends ShapeType>(type: T, id: string, init: ShapeInit<T> = {}, order = 'a0'): ShapeOf<T> {
	return createShape(type, init, { id, author: 'u1', now: 1_700_000_000_000, order });
}

/** Ids 'id-1', 'id-2', … in order. */
export function sequentialIds(prefix = 'id'): () => string {
	let n = 0;
	return () => `${prefix}-${++n}`;
}
