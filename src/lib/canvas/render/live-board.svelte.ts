/**
 * The board as the canvas reads it: LiveShapes (validated records from the Y.Doc) plus transient
 * overrides (my drag in progress, other people's drags from awareness). Reactivity is per shape:
 * reading `shape(id)` subscribes to that id only, so a change re-renders the shapes it touched and
 * never the whole board. `version` changes on any change, for the few views that list shapes.
 */
import { createSubscriber } from 'svelte/reactivity';
import type { LiveShapes } from '../sync/live-shapes';
import type { Box, Shape, Vec } from '../model';
import { compareOrder } from '../model';

export class LiveBoard {
	readonly live: LiveShapes;
	#listeners = new Map<string, Set<() => void>>();
	#subscribers = new Map<string, () => void>();
	#anyListeners = new Set<() => void>();
	#subscribeAny = createSubscriber((update) => {
		this.#anyListeners.add(update);
		return () => this.#anyListeners.delete(update);
	});
	#overrides = new Map<string, Shape>();
	#version = 0;
	#unsubscribe: () => void;

	constructor(live: LiveShapes) {
		this.live = live;
		this.#unsubscribe = live.subscribe((change) => {
			for (const id of change.changed) this.#notify(id);
			for (const id of change.removed) this.#notify(id);
			this.#bump();
		});
	}

	/** Finds a shape (override first) without subscribing, for event handlers and geometry. */
	readonly peek = (id: string): Shape | undefined => this.#overrides.get(id) ?? this.live.get(id);

	/** Finds a shape and, inside an effect, re-runs it when that shape changes. */
	readonly shape = (id: string): Shape | undefined => {
		this.#track(id);
		return this.peek(id);
	};

	/** A counter that changes with every change to any shape (reactive). */
	get version(): number {
		this.#subscribeAny();
		return this.#version;
	}

	/** Number of shapes on the board. */
	get size(): number {
		return this.live.size;
	}

	/** Shapes whose bounds touch `box`, bottom to top, with overrides applied (not reactive). */
	query(box: Box): Shape[] {
		const out = this.live.query(box).map((s) => this.#overrides.get(s.id) ?? s);
		return this.#overrides.size > 0 ? out.sort(compareOrder) : out;
	}

	/** Every shape bottom to top (not reactive). */
	sorted(): Shape[] {
		if (this.#overrides.size === 0) return this.live.sorted();
		return this.live.sorted().map((s) => this.#overrides.get(s.id) ?? s);
	}

	/** The topmost shape under a world point. */
	shapeAt(p: Vec, tolerance = 0): Shape | undefined {
		return this.live.shapeAt(p, tolerance);
	}

	/** Ids that currently have an override. */
	overriddenIds(): Iterable<string> {
		return this.#overrides.keys();
	}

	/** Replaces the transient overrides; only shapes whose override changed re-render. */
	setOverrides(next: ReadonlyMap<string, Shape>): void {
		const touched: string[] = [];
		for (const [id, shape] of this.#overrides) if (next.get(id) !== shape) touched.push(id);
		for (const [id, shape] of next) if (this.#overrides.get(id) !== shape && !this.#overrides.has(id)) touched.push(id);
		if (touched.length === 0) return;
		this.#overrides = new Map(next);
		for (const id of touched) this.#notify(id);
		this.#bump();
	}

	/** Stops listening to the document. */
	destroy(): void {
		this.#unsubscribe();
	}

	#track(id: string): void {
		let subscribe = this.#subscribers.get(id);
		if (!subscribe) {
			subscribe = createSubscriber((update) => {
				let set = this.#listeners.get(id);
				if (!set) this.#listeners.set(id, (set = new Set()));
				set.add(update);
				return () => {
					set.delete(update);
					if (set.size === 0) {
						this.#listeners.delete(id);
						this.#subscribers.delete(id);
					}
				};
			});
			this.#subscribers.set(id, subscribe);
		}
		subscribe();
	}

	#notify(id: string): void {
		const set = this.#listeners.get(id);
		if (set) for (const update of set) update();
	}

	#bump(): void {
		this.#version++;
		for (const update of this.#anyListeners) update();
	}
}
