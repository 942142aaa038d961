/**
 * A finger held still. Touch has no Shift: holding a finger still for HOLD_MS selects more — on
 * empty canvas the drag that follows draws a selection box (one finger otherwise pans), on a shape
 * it adds or removes it. The interaction decides what a hold does; this only times it.
 */
import type { Vec } from '../model';

const HOLD_MS = 450;
/** A finger wobbles: it may drift this far (screen pixels) and still count as held still. */
const HOLD_SLOP = 10;

export class Hold {
	#timer: ReturnType<typeof setTimeout> | null = null;
	#at: Vec = { x: 0, y: 0 };

	/** Calls `onHold` after HOLD_MS unless stopped, moved away or `stillValid` says no by then. */
	start(at: Vec, stillValid: () => boolean, onHold: () => void): void {
		this.stop();
		this.#at = at;
		this.#timer = setTimeout(() => {
			this.#timer = null;
			if (!stillValid()) return;
			onHold();
			globalThis.navigator?.vibrate?.(15);
		}, HOLD_MS);
	}

	/** The finger moved: beyond the slop, it is not a hold. */
	moved(at: Vec): void {
		if (this.#timer && Math.hypot(at.x - this.#at.x, at.y - this.#at.y) > HOLD_SLOP) this.stop();
	}

	stop(): void {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
	}
}
