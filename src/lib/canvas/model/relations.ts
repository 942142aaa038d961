/**
 * Integrity between records: frames carry children through `parentId`, connectors point at shapes.
 * Concurrent edits can break both (a frame deleted while someone drops a note into it; two people
 * nesting two frames into each other), so these rules decide, the same on every peer, what a broken
 * link means. They never guess: a broken link becomes "at the root" or "free end".
 */
import type { RepairReason } from './fields';
import { MAX_FRAME_DEPTH } from './limits';

/** The part of a shape the relation rules look at. */
export interface Linked {
	id: string;
	type: string;
	parentId: string | null;
}

/** Why a link was cut, or null when the stored parent stands. */
export function checkParent(shape: Linked, lookup: (id: string) => Linked | undefined): RepairReason | null {
	if (shape.parentId === null) return null;
	if (shape.parentId === shape.id) return 'cycle';
	const parent = lookup(shape.parentId);
	// Only frames carry children; a link to anything else (or nothing) is an orphan.
	return parent && parent.type === 'frame' ? null : 'orphan';
}

/**
 * Cuts cycles and over-deep nesting among frames. In each cycle the frame with the smallest id loses
 * its parent; a frame nested deeper than MAX_FRAME_DEPTH moves to the root. Frames whose parent is
 * already invalid (see checkParent) count as roots. Returns only the frames whose link is cut.
 */
export function cutFrameLinks(frames: ReadonlyMap<string, Linked>): Map<string, RepairReason> {
	const cuts = new Map<string, RepairReason>();
	const parentOf = (id: string): string | null => {
		if (cuts.has(id)) return null;
		const frame = frames.get(id) as Linked;
		const p = frame.parentId;
		return p !== null && p !== id && frames.has(p) ? p : null;
	};
	// Cycles: walk each chain once; a node met again on the current walk closes a cycle.
	const state = new Map<string, 1 | 2>(); // 1 = on the current walk, 2 = done
	for (const start of frames.keys()) {
		if (state.has(start)) continue;
		const walk: string[] = [];
		let at: string | null = start;
		while (at !== null && !state.has(at)) {
			state.set(at, 1);
			walk.push(at);
			at = parentOf(at);
		}
		if (at !== null && state.get(at) === 1) {
			const cycle = walk.slice(walk.indexOf(at));
			const cut = cycle.reduce((min, id) => (id < min ? id : min));
			cuts.set(cut, 'cycle');
		}
		for (const id of walk) state.set(id, 2);
	}
	// Depth, computed parents first; the acyclic links left make every walk end at a root.
	const depth = new Map<string, number>();
	for (const start of frames.keys()) {
		const chain: string[] = [];
		let at: string | null = start;
		while (at !== null && !depth.has(at)) {
			chain.push(at);
			at = parentOf(at);
		}
		let d = at === null ? 0 : (depth.get(at) as number);
		for (let i = chain.length - 1; i >= 0; i--) {
			const id = chain[i] as string;
			d += 1;
			if (d > MAX_FRAME_DEPTH) {
				cuts.set(id, 'too-deep');
				d = 1;
			}
			depth.set(id, d);
		}
	}
	return cuts;
}

/** Effective parent of every shape whose stored link breaks a rule, with the reason. */
export function resolveParents(
	shapes: ReadonlyMap<string, Linked>
): Map<string, { parentId: null; reason: RepairReason }> {
	const out = new Map<string, { parentId: null; reason: RepairReason }>();
	const lookup = (id: string) => shapes.get(id);
	const frames = new Map<string, Linked>();
	for (const shape of shapes.values()) {
		const reason = checkParent(shape, lookup);
		if (reason) out.set(shape.id, { parentId: null, reason });
		if (shape.type === 'frame') frames.set(shape.id, reason ? { ...shape, parentId: null } : shape);
	}
	for (const [id, reason] of cutFrameLinks(frames)) out.set(id, { parentId: null, reason });
	return out;
}

/** True when a connector end may bind to `target`: it exists and is not itself a connector. */
export function canBindTo(target: { type: string } | undefined): boolean {
	return target !== undefined && target.type !== 'connector';
}
