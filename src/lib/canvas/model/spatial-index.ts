/**
 * A uniform-grid spatial index of shape bounds, for "what is in this viewport" and "what is under the
 * pointer". A query touches only the cells the box covers and the items in them, so its cost follows
 * what is visible, not the board size. Updates are O(cells covered), cheap enough for every move.
 * A grid beats an R-tree here: workshop boards are dense fields of similar-sized notes, and shapes
 * move constantly. Items covering very many cells (big frames) live in a short list checked directly.
 */
import type { Box, Vec } from './math';

interface Entry {
	box: Box;
	/** Cell keys the item is filed under; empty for large items. */
	cells: number[];
	/** Last query that returned it, to report each item once per query without allocating a set. */
	stamp: number;
}

// Cell coordinates are offset into a positive range and packed into one safe integer key.
const OFFSET = 2 ** 20;
const STRIDE = 2 ** 21;

/** Items covering more cells than this go to the large list instead of being filed per cell. */
const MAX_CELLS_PER_ITEM = 64;

function intersects(a: Box, b: Box): boolean {
	return a.x <= b.x + b.w && b.x <= a.x + a.w && a.y <= b.y + b.h && b.y <= a.y + a.h;
}

export class SpatialIndex {
	readonly cellSize: number;
	#cells = new Map<number, Set<string>>();
	#entries = new Map<string, Entry>();
	#large = new Set<string>();
	#stamp = 0;

	/** `cellSize` in world units: about twice a typical shape (notes are 200) works best. */
	constructor(cellSize = 512) {
		this.cellSize = cellSize;
	}

	/** Number of items indexed. */
	get size(): number {
		return this.#entries.size;
	}

	#cell(v: number): number {
		const c = Math.floor(v / this.cellSize);
		return Math.max(-OFFSET, Math.min(OFFSET - 1, Number.isFinite(c) ? c : 0)) + OFFSET;
	}

	#range(box: Box): [number, number, number, number] {
		return [this.#cell(box.x), this.#cell(box.y), this.#cell(box.x + box.w), this.#cell(box.y + box.h)];
	}

	/** Adds or moves an item. */
	set(id: string, box: Box): void {
		const old = this.#entries.get(id);
		if (old) this.delete(id);
		const [x0, y0, x1, y1] = this.#range(box);
		const entry: Entry = { box: { x: box.x, y: box.y, w: box.w, h: box.h }, cells: [], stamp: old?.stamp ?? 0 };
		if ((x1 - x0 + 1) * (y1 - y0 + 1) > MAX_CELLS_PER_ITEM) {
			this.#large.add(id);
		} else {
			for (let cx = x0; cx <= x1; cx++) {
				for (let cy = y0; cy <= y1; cy++) {
					const key = cx * STRIDE + cy;
					let cell = this.#cells.get(key);
					if (!cell) this.#cells.set(key, (cell = new Set()));
					cell.add(id);
					entry.cells.push(key);
				}
			}
		}
		this.#entries.set(id, entry);
	}

	/** Removes an item (no-op when absent). */
	delete(id: string): void {
		const entry = this.#entries.get(id);
		if (!entry) return;
		for (const key of entry.cells) {
			const cell = this.#cells.get(key) as Set<string>;
			cell.delete(id);
			if (cell.size === 0) this.#cells.delete(key);
		}
		this.#large.delete(id);
		this.#entries.delete(id);
	}

	/** True when `id` is indexed. */
	has(id: string): boolean {
		return this.#entries.has(id);
	}

	/** The indexed box of an item. */
	get(id: string): Box | undefined {
		return this.#entries.get(id)?.box;
	}

	/** Removes everything. */
	clear(): void {
		this.#cells.clear();
		this.#entries.clear();
		this.#large.clear();
	}

	/** Ids of all items whose box intersects (or touches) `box`, each once, in no particular order. */
	query(box: Box): string[] {
		const stamp = ++this.#stamp;
		const out: string[] = [];
		const [x0, y0, x1, y1] = this.#range(box);
		const cellCount = (x1 - x0 + 1) * (y1 - y0 + 1);
		if (cellCount > this.#cells.size) {
			// Zoomed far out: walking the occupied cells is cheaper than walking empty ones.
			for (const [id, entry] of this.#entries) if (intersects(entry.box, box)) out.push(id);
			return out;
		}
		for (let cx = x0; cx <= x1; cx++) {
			for (let cy = y0; cy <= y1; cy++) {
				const cell = this.#cells.get(cx * STRIDE + cy);
				if (!cell) continue;
				for (const id of cell) {
					const entry = this.#entries.get(id) as Entry;
					if (entry.stamp === stamp) continue;
					entry.stamp = stamp;
					if (intersects(entry.box, box)) out.push(id);
				}
			}
		}
		for (const id of this.#large) {
			if (intersects((this.#entries.get(id) as Entry).box, box)) out.push(id);
		}
		return out;
	}

	/** Ids of items whose box contains `p` (grown by `tolerance`), for hit-testing candidates. */
	queryPoint(p: Vec, tolerance = 0): string[] {
		return this.query({ x: p.x - tolerance, y: p.y - tolerance, w: 2 * tolerance, h: 2 * tolerance });
	}
}
