/**
 * The canvas's mounted shapes as reactive state: what the mount window asks for, brought in a slice
 * per animation frame by a MountQueue (see mount-queue.ts). Plain state written only when it
 * changes, so a camera frame never reaches the mounted shapes.
 */
import { tick, untrack } from 'svelte';
import type { Vec } from '../model';
import { MountQueue, SliceBudget, type MountGoal } from './mount-queue';

/** What to mount now, read reactively (the canvas's effect re-runs when it changes). */
export type GoalSource = () => Omit<MountGoal, 'rank'>;

export class ShapeMounting {
	/** Mounted shapes, bottom to top. */
	ids = $state.raw<readonly string[]>([]);
	/** Mounted shapes drawn with their bodies. */
	bodies = $state.raw<ReadonlySet<string>>(new Set());
	/** False while shapes are still being brought in. */
	settled = $state(true);
	#queue = new MountQueue();
	#budget = new SliceBudget();
	#frame: number | null = null;

	constructor(
		private readonly goal: GoalSource,
		/** The centre of a shape in world units (for admission order), or null when it is gone. */
		private readonly centerOf: (id: string) => Vec | null,
		private readonly viewCenter: () => Vec
	) {}

	/**
	 * Moves the mounted shapes toward the goal by up to `units` of work (0: only what cannot wait,
	 * such as unmounting and the selection). The canvas calls it whenever the goal changes; while
	 * work remains, it continues by itself a slice per animation frame.
	 */
	advance(units = 0): void {
		const center = untrack(this.viewCenter);
		const mounted = this.#queue.step(
			{
				...this.goal(),
				rank: (id) => {
					const c = this.centerOf(id);
					return c ? Math.abs(c.x - center.x) + Math.abs(c.y - center.y) : 0;
				}
			},
			units
		);
		// Written, not read: the canvas's effect must depend on the goal only.
		untrack(() => {
			if (mounted.ids !== this.ids) this.ids = mounted.ids;
			if (mounted.bodies !== this.bodies) this.bodies = mounted.bodies;
			if (mounted.settled !== this.settled) this.settled = mounted.settled;
		});
		if (!mounted.settled && this.#frame === null) this.#frame = requestAnimationFrame(() => this.#nextSlice());
	}

	/** One slice, timed: its duration tells how big the next may be. */
	#nextSlice(): void {
		this.#frame = null;
		const start = performance.now();
		this.advance(this.#budget.units);
		const spent = this.#queue.spent;
		// tick() resolves once Svelte has applied the slice to the DOM.
		void tick().then(() => this.#budget.record(performance.now() - start, spent));
	}

	destroy(): void {
		if (this.#frame !== null) cancelAnimationFrame(this.#frame);
		this.#frame = null;
	}
}
