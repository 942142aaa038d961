import type { SeqRange } from './persistence';

/**
 * Which of a board's log sequence numbers this instance has applied. The watermark is the highest
 * number below which nothing is missing; numbers applied above it (our own commits, or messages
 * that overtook a lost one) wait in `ahead` until the gap closes or a catch-up read fills it.
 */
export class SeqTracker {
	#watermark: number;
	readonly #ahead = new Set<number>();

	constructor(start = 0) {
		this.#watermark = start;
	}

	/** Everything up to here is applied. */
	get watermark(): number {
		return this.#watermark;
	}

	/** True while some number below an applied one is missing. */
	get hasGap(): boolean {
		return this.#ahead.size > 0;
	}

	/** True when every number of the range is already applied (a duplicate message). */
	covers(range: SeqRange): boolean {
		for (let seq = range.from; seq <= range.to; seq++) {
			if (seq > this.#watermark && !this.#ahead.has(seq)) return false;
		}
		return true;
	}

	/** Records an applied range. */
	add(range: SeqRange): void {
		for (let seq = Math.max(range.from, this.#watermark + 1); seq <= range.to; seq++) this.#ahead.add(seq);
		this.#advance();
	}

	/** Records that a catch-up read applied everything up to `seq`. */
	advanceTo(seq: number): void {
		if (seq <= this.#watermark) return;
		this.#watermark = seq;
		for (const s of this.#ahead) if (s <= seq) this.#ahead.delete(s);
		this.#advance();
	}

	#advance(): void {
		while (this.#ahead.delete(this.#watermark + 1)) this.#watermark++;
	}
}
