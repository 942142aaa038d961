/**
 * A live, validated view of a board's shapes for the canvas: every record read through the restore
 * gate, relations resolved by the same rules as restoreShapes (orphans at the root, cycles cut,
 * connectors to missing shapes free), kept in a spatial index, and updated incrementally: a
 * transaction costs work proportional to the shapes it touched, plus the frames when frames change.
 */
import * as Y from 'yjs';
import type { RepairReason } from '../model/fields';
import { shapeBounds, topShapeAt } from '../model/geometry';
import type { Box, Vec } from '../model/math';
import { compareOrder } from '../model/order';
import { checkParent, cutFrameLinks, type Linked } from '../model/relations';
import { freeBrokenEnds, restoreShape } from '../model/restore';
import type { Shape } from '../model/schema';
import { SpatialIndex } from '../model/spatial-index';
import { boardMaps } from './doc';
import { STORED, storedToRaw } from './shape-codec';

/** What one transaction changed, as the renderer needs it. */
export interface ShapesChange {
	/** Added or changed shapes, including connectors whose bound shapes moved: redraw these. */
	changed: ReadonlySet<string>;
	removed: ReadonlySet<string>;
	/** The transaction's origin (compare with your LocalOrigin). */
	origin: unknown;
	/** True when the change was made in this tab rather than received. */
	local: boolean;
}

function addLink(index: Map<string, Set<string>>, key: string | null, id: string): void {
	if (key === null) return;
	let set = index.get(key);
	if (!set) index.set(key, (set = new Set()));
	set.add(id);
}

function removeLink(index: Map<string, Set<string>>, key: string | null, id: string): void {
	if (key === null) return;
	const set = index.get(key);
	set?.delete(id);
	if (set?.size === 0) index.delete(key);
}

function ends(shape: Shape): [string | null, string | null] {
	return shape.type === 'connector' ? [shape.props.start.shapeId, shape.props.end.shapeId] : [null, null];
}

export class LiveShapes {
	#map: Y.Map<unknown>;
	/** Per-record gated shapes, as stored. */
	#records = new Map<string, Shape>();
	/** Shapes with relations resolved: what the canvas shows. */
	#view = new Map<string, Shape>();
	/** The record each view entry was built from, to tell a real change from a re-check. */
	#viewSource = new Map<string, Shape>();
	#children = new Map<string, Set<string>>();
	#boundBy = new Map<string, Set<string>>();
	#frameCuts = new Map<string, RepairReason>();
	#index = new SpatialIndex();
	#listeners = new Set<(change: ShapesChange) => void>();
	#sorted: Shape[] | null = null;
	#observer: (events: Y.YEvent<Y.AbstractType<unknown>>[], tr: Y.Transaction) => void;

	/** Starts observing `doc`; call destroy() when the board closes. */
	constructor(doc: Y.Doc) {
		this.#map = boardMaps(doc).shapes;
		for (const id of this.#map.keys()) this.#setRecord(id);
		this.#frameCuts = this.#computeFrameCuts();
		for (const id of this.#records.keys()) this.#refresh(id);
		for (const [id, view] of this.#view) this.#index.set(id, shapeBounds(view, this.lookup));
		this.#observer = (events, tr) => this.#onEvents(events, tr);
		this.#map.observeDeep(this.#observer);
	}

	/** Finds a shape by id (pass to geometry functions as the lookup). */
	readonly lookup = (id: string): Shape | undefined => this.#view.get(id);

	get size(): number {
		return this.#view.size;
	}

	/** One shape, or undefined. */
	get(id: string): Shape | undefined {
		return this.#view.get(id);
	}

	/** Every shape, bottom to top (cached until the next change). */
	sorted(): Shape[] {
		this.#sorted ??= [...this.#view.values()].sort(compareOrder);
		return this.#sorted;
	}

	/** Shapes whose bounds touch `box` (e.g. the visible world), bottom to top. */
	query(box: Box): Shape[] {
		return this.#index
			.query(box)
			.map((id) => this.#view.get(id) as Shape)
			.sort(compareOrder);
	}

	/** The topmost shape a pointer at `p` picks (`tolerance` in world units). */
	shapeAt(p: Vec, tolerance = 0): Shape | undefined {
		// Ink reaches past a shape's box by half the widest stroke (xl: 16), so look that much further.
		const candidates = this.#index.queryPoint(p, tolerance + 8).map((id) => this.#view.get(id) as Shape);
		return topShapeAt(candidates.sort(compareOrder), p, tolerance, this.lookup);
	}

	/** Calls `listener` after every transaction that touched shapes. Returns the unsubscribe function. */
	subscribe(listener: (change: ShapesChange) => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	/** Stops observing the document. */
	destroy(): void {
		this.#map.unobserveDeep(this.#observer);
		this.#listeners.clear();
	}

	#setRecord(id: string): void {
		const old = this.#records.get(id);
		if (old) {
			removeLink(this.#children, old.parentId, id);
			for (const target of ends(old)) removeLink(this.#boundBy, target, id);
		}
		const stored = this.#map.get(id);
		const result = stored === undefined ? null : restoreShape(storedToRaw(stored), id, STORED);
		if (result?.ok) {
			this.#records.set(id, result.shape);
			addLink(this.#children, result.shape.parentId, id);
			for (const target of ends(result.shape)) addLink(this.#boundBy, target, id);
		} else this.#records.delete(id);
	}

	#computeFrameCuts(): Map<string, RepairReason> {
		const frames = new Map<string, Linked>();
		const lookup = (id: string) => this.#records.get(id);
		for (const shape of this.#records.values()) {
			if (shape.type !== 'frame') continue;
			frames.set(shape.id, checkParent(shape, lookup) ? { ...shape, parentId: null } : shape);
		}
		return cutFrameLinks(frames);
	}

	/** Recomputes one shape's view; returns 'changed', 'removed' or null (nothing visible changed). */
	#refresh(id: string): 'changed' | 'removed' | null {
		const record = this.#records.get(id);
		const before = this.#view.get(id);
		if (!record) {
			if (!before) return null;
			this.#view.delete(id);
			this.#viewSource.delete(id);
			this.#index.delete(id);
			return 'removed';
		}
		const lookup = (other: string) => this.#records.get(other);
		let view: Shape = record;
		if (checkParent(record, lookup) || this.#frameCuts.has(id)) view = { ...view, parentId: null };
		if (view.type === 'connector') view = freeBrokenEnds(view, lookup, () => {});
		if (before && this.#viewSource.get(id) === record && sameResolution(before, view)) return null;
		this.#view.set(id, view);
		this.#viewSource.set(id, record);
		return 'changed';
	}

	#onEvents(events: Y.YEvent<Y.AbstractType<unknown>>[], tr: Y.Transaction): void {
		const touched = new Set<string>();
		for (const event of events) {
			if (event.target === this.#map) for (const key of (event as Y.YMapEvent<unknown>).keysChanged) touched.add(key);
			else if (typeof event.path[0] === 'string') touched.add(event.path[0]);
		}
		let framesTouched = false;
		const dirty = new Set<string>(touched);
		for (const id of touched) {
			if (this.#records.get(id)?.type === 'frame') framesTouched = true;
			this.#setRecord(id);
			if (this.#records.get(id)?.type === 'frame') framesTouched = true;
			for (const child of this.#children.get(id) ?? []) dirty.add(child);
		}
		// Connectors bound to touched shapes: their ends may now be free, and their geometry moved.
		const followers = new Set<string>();
		for (const id of touched) for (const c of this.#boundBy.get(id) ?? []) followers.add(c);
		for (const id of followers) dirty.add(id);
		if (framesTouched) {
			const cuts = this.#computeFrameCuts();
			for (const id of new Set([...cuts.keys(), ...this.#frameCuts.keys()])) {
				if (cuts.get(id) !== this.#frameCuts.get(id)) dirty.add(id);
			}
			this.#frameCuts = cuts;
		}
		const changed = new Set<string>();
		const removed = new Set<string>();
		for (const id of dirty) {
			const outcome = this.#refresh(id);
			if (outcome === 'removed') removed.add(id);
			else if (outcome === 'changed') changed.add(id);
		}
		// Connectors follow their shapes: their geometry changed even if their record did not.
		for (const id of followers) if (this.#view.has(id)) changed.add(id);
		for (const id of changed) this.#index.set(id, shapeBounds(this.#view.get(id) as Shape, this.lookup));
		if (changed.size === 0 && removed.size === 0) return;
		this.#sorted = null;
		const change: ShapesChange = { changed, removed, origin: tr.origin, local: tr.local };
		for (const listener of this.#listeners) listener(change);
	}
}

function sameResolution(a: Shape, b: Shape): boolean {
	if (a.parentId !== b.parentId) return false;
	if (a.type !== 'connector' || b.type !== 'connector') return a.type === b.type;
	return a.props.start.shapeId === b.props.start.shapeId && a.props.end.shapeId === b.props.end.shapeId;
}
