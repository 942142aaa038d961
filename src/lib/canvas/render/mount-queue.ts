/**
 * Brings the mounted shapes to what the mount window asks for, a slice per animation frame.
 * Mounting a shape's body (its paper, text, SVG) costs about a millisecond of script, style, layout
 * and paint on a modest laptop; crossing the detail zoom or zooming out by a step asks for hundreds
 * at once, which froze the view for 100–200 ms. Sliced, no frame pays for more than its budget; the
 * far canvas paints the shapes still waiting for their bodies, so nothing blinks out meanwhile.
 * The selection and the shape being edited never wait: they are mounted, with bodies, at once.
 */

/** What the canvas should show. */
export interface MountGoal {
	/** Shapes to mount, bottom to top (the mount window's answer). */
	ids: readonly string[];
	/** Full rendering: every mounted shape gets its body (otherwise only `editing` has one). */
	detailed: boolean;
	selection: ReadonlySet<string>;
	editing: string | null;
	/** Admission order, lowest first: the distance from the middle of the view. */
	rank: (id: string) => number;
}

/** What the canvas shows now. */
export interface Mounted {
	/** Mounted shapes, bottom to top: a subsequence of the goal's ids. */
	ids: readonly string[];
	/** Mounted shapes that have their bodies. */
	bodies: ReadonlySet<string>;
	/** True once `ids` and `bodies` are what the goal asks for. */
	settled: boolean;
}

/** A unit is about what mounting one empty shape costs; a body costs BODY_COST units. */
const SHELL_COST = 1;
const BODY_COST = 4;
/** Taking a body away costs its teardown and a repaint of what was under it. */
const DROP_COST = 1;

export class MountQueue {
	#shells = new Set<string>();
	#bodies = new Set<string>();
	#goal: MountGoal | null = null;
	/** Shapes still to mount (or to give bodies), in admission order, from `#next` on. */
	#pending: string[] = [];
	#next = 0;
	/** Bodies still to drop, from `#nextDrop` on. */
	#drops: string[] = [];
	#nextDrop = 0;
	#last: Mounted = { ids: [], bodies: new Set(), settled: true };
	/** Units the last step spent. */
	spent = 0;

	/** The current state, without doing any work. */
	get current(): Mounted {
		return this.#last;
	}

	/**
	 * One slice toward `goal`, spending at most `budget` units (at least one shape when the budget
	 * is positive, so it always advances; none when it is 0). Shapes that left the goal are
	 * unmounted at once: they are out of view, and keeping them would keep them in the tab order.
	 * Returns the previous object when nothing changed.
	 */
	step(goal: MountGoal, budget: number): Mounted {
		const g = this.#goal;
		const replanned = !g || g.ids !== goal.ids || g.detailed !== goal.detailed || g.selection !== goal.selection || g.editing !== goal.editing;
		let changed = replanned && this.#plan(goal);
		let spent = 0;
		const affordable = (cost: number) => spent + cost <= budget || (spent === 0 && budget > 0);
		for (; this.#next < this.#pending.length; this.#next++) {
			const id = this.#pending[this.#next] as string;
			const cost = (this.#shells.has(id) ? 0 : SHELL_COST) + (goal.detailed ? BODY_COST : 0);
			if (!affordable(cost)) break;
			spent += cost;
			this.#shells.add(id);
			if (goal.detailed) this.#bodies.add(id);
			changed = true;
		}
		// Bodies no longer wanted (zoomed out past the detail level) go in slices too; until then they
		// cover what the far canvas paints under them, which looks the same.
		for (; this.#next >= this.#pending.length && this.#nextDrop < this.#drops.length; this.#nextDrop++) {
			if (!affordable(DROP_COST)) break;
			spent += DROP_COST;
			this.#bodies.delete(this.#drops[this.#nextDrop] as string);
			changed = true;
		}
		this.spent = spent;
		const settled = this.#next >= this.#pending.length && this.#nextDrop >= this.#drops.length;
		if (!changed && settled === this.#last.settled) return this.#last;
		const prev = this.#last;
		const ids = goal.ids.filter((id) => this.#shells.has(id));
		const sameIds = prev.ids.length === ids.length && prev.ids.every((id, i) => id === ids[i]);
		const sameBodies = prev.bodies.size === this.#bodies.size && [...this.#bodies].every((id) => prev.bodies.has(id));
		this.#last = { ids: sameIds ? prev.ids : ids, bodies: sameBodies ? prev.bodies : new Set(this.#bodies), settled };
		return this.#last;
	}

	/** Takes a new goal: unmounts what left it, mounts the urgent shapes, queues the rest. */
	#plan(goal: MountGoal): boolean {
		this.#goal = goal;
		let changed = false;
		const wanted = new Set(goal.ids);
		for (const id of this.#shells) {
			if (wanted.has(id)) continue;
			this.#shells.delete(id);
			this.#bodies.delete(id);
			changed = true;
		}
		const bodyWanted = (id: string) => goal.detailed || id === goal.editing;
		// The selection and the edited shape never wait: a click or a key must show at once.
		for (const id of [...goal.selection, ...(goal.editing ? [goal.editing] : [])]) {
			if (!wanted.has(id)) continue;
			if (!this.#shells.has(id)) {
				this.#shells.add(id);
				changed = true;
			}
			if (bodyWanted(id) && !this.#bodies.has(id)) {
				this.#bodies.add(id);
				changed = true;
			}
		}
		const rank = new Map(goal.ids.map((id) => [id, goal.rank(id)]));
		this.#pending = goal.ids.filter((id) => !this.#shells.has(id) || (goal.detailed && !this.#bodies.has(id)));
		this.#pending.sort((a, b) => (rank.get(a) as number) - (rank.get(b) as number));
		this.#next = 0;
		this.#drops = [...this.#bodies].filter((id) => !bodyWanted(id));
		this.#nextDrop = 0;
		return changed;
	}
}

/**
 * How many units the next slice may spend, learnt from how long slices take on this device, so a
 * slice stays near `targetMs` of script on a fast laptop and a slow one alike (style, layout and
 * paint of what it mounted come on top, roughly as much again).
 */
export class SliceBudget {
	#msPerUnit: number;
	constructor(
		readonly targetMs = 2,
		initialMsPerUnit = 0.2
	) {
		this.#msPerUnit = initialMsPerUnit;
	}

	get units(): number {
		return Math.max(1, Math.floor(this.targetMs / this.#msPerUnit));
	}

	/** Records that a slice of `units` took `ms`. */
	record(ms: number, units: number): void {
		if (units <= 0) return;
		this.#msPerUnit = 0.7 * this.#msPerUnit + 0.3 * Math.max(0.01, ms / units);
	}
}
