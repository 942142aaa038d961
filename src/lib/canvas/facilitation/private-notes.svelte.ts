/**
 * My private notes on a board while private (silent) mode is on. They never enter the board's
 * document: each is saved to the board's private-note endpoint, which keeps it on the server until
 * the facilitator reveals everyone's notes into the board. The list reloads when the mode changes
 * or a reveal happened (the document says when), and the hidden count of others' notes is polled.
 */
import { createShape } from '../model/create';
import { STICKY_COLORS, type StickyColor } from '../model/colors';
import type { Shape, Vec } from '../model';
import { getJson, postJson } from './http';

type StickyShape = Extract<Shape, { type: 'sticky' }>;

interface NotesAnswer {
	notes: Shape[];
	hidden: { notes: number; people: number };
}

// Typing saves after a short pause, not on every key.
const SAVE_DELAY_MS = 500;
// Others' hidden-note counts: a gentle poll while the mode lasts.
const HIDDEN_POLL_MS = 5_000;
// Notes made in a row cascade so they do not stack exactly.
const CASCADE = 24;
// A save refused as too frequent (429) is tried again when the server says, or after this.
const RETRY_MS = 10_000;

export class PrivateNotes {
	notes = $state.raw<StickyShape[]>([]);
	hidden = $state.raw<{ notes: number; people: number }>({ notes: 0, people: 0 });
	/** The note whose text field should take focus (a note just made). */
	focusId = $state<string | null>(null);
	/** The last save's failure message, or ''. */
	error = $state('');
	readonly #timers = new Map<string, ReturnType<typeof setTimeout>>();
	#poll: ReturnType<typeof setInterval> | null = null;
	#cascade = 0;
	#active = false;
	#closed = false;

	constructor(
		/** The board's base path (`/papan/<id>`). */
		private readonly boardPath: string,
		private readonly author: string
	) {}

	/** Follows the board's mode: loads and polls while it is on, forgets when it is off or revealed. */
	follow(privateMode: boolean): void {
		if (privateMode === this.#active) return void this.load();
		this.#active = privateMode;
		if (this.#poll) clearInterval(this.#poll);
		this.#poll = privateMode ? setInterval(() => void this.load(), HIDDEN_POLL_MS) : null;
		void this.load();
	}

	/** Reloads my notes and the hidden count from the server (edits in flight are kept). */
	async load(): Promise<void> {
		const answer = await getJson<NotesAnswer>(`${this.boardPath}/pribadi`);
		if (!answer.ok) return;
		this.hidden = answer.data.hidden;
		const pending = new Map(this.notes.filter((n) => this.#timers.has(n.id)).map((n) => [n.id, n]));
		const stored = answer.data.notes.filter((n): n is StickyShape => n.type === 'sticky');
		const storedIds = new Set(stored.map((n) => n.id));
		// A new note still waiting for its save (e.g. refused as too frequent) is kept, not dropped.
		const unsaved = [...pending.values()].filter((n) => !storedIds.has(n.id));
		this.notes = [...stored.map((n) => pending.get(n.id) ?? n), ...unsaved];
	}

	/** Makes a private note centred at a world point, saves it and asks for its text field to take focus. */
	add(center: Vec, color: StickyColor): void {
		const offset = (this.#cascade++ % 6) * CASCADE;
		const note = createShape('sticky', { x: center.x - 100 + offset, y: center.y - 100 + offset, props: { color } }, { author: this.author, now: Date.now(), order: 'a0' });
		this.notes = [...this.notes, note];
		this.focusId = note.id;
		void this.#save(note);
	}

	/** Makes one private note per non-empty line (pasted text), in a column from a world point. */
	addLines(lines: string[], at: Vec, color: StickyColor): void {
		const made = lines.slice(0, 50).map((line, i) =>
			createShape('sticky', { x: at.x - 100 + (i % 5) * 220, y: at.y - 100 + Math.floor(i / 5) * 220, props: { color, text: line } }, { author: this.author, now: Date.now(), order: 'a0' })
		);
		this.notes = [...this.notes, ...made];
		for (const note of made) void this.#save(note);
	}

	/** Changes a note locally at once and saves it after a pause. */
	update(id: string, patch: { x?: number; y?: number; text?: string; color?: StickyColor }): void {
		let changed: StickyShape | null = null;
		this.notes = this.notes.map((n) => {
			if (n.id !== id) return n;
			const { text, color, ...base } = patch;
			changed = { ...n, ...base, updatedAt: Date.now(), props: { ...n.props, ...(text !== undefined ? { text } : {}), ...(color && (STICKY_COLORS as readonly string[]).includes(color) ? { color } : {}) } };
			return changed;
		});
		if (!changed) return;
		clearTimeout(this.#timers.get(id));
		const note: StickyShape = changed;
		this.#timers.set(
			id,
			setTimeout(() => {
				this.#timers.delete(id);
				void this.#save(note);
			}, SAVE_DELAY_MS)
		);
	}

	/** Deletes one of my notes. */
	async remove(id: string): Promise<void> {
		clearTimeout(this.#timers.get(id));
		this.#timers.delete(id);
		this.notes = this.notes.filter((n) => n.id !== id);
		const answer = await postJson(`${this.boardPath}/pribadi`, { action: 'delete', id });
		this.error = answer.ok ? '' : answer.message;
	}

	/** Reveals everyone's private notes into the board (facilitators); `end` also ends the mode. */
	async reveal(end: boolean): Promise<number | null> {
		const answer = await postJson<{ revealed: number }>(`${this.boardPath}/pribadi`, { action: 'reveal', end });
		this.error = answer.ok ? '' : answer.message;
		return answer.ok ? answer.data.revealed : null;
	}

	/** Sends every pending edit now (before the page goes away). */
	flush(): void {
		for (const [id, timer] of this.#timers) {
			clearTimeout(timer);
			const note = this.notes.find((n) => n.id === id);
			if (note) void this.#save(note);
		}
		this.#timers.clear();
	}

	destroy(): void {
		this.#closed = true;
		this.flush();
		if (this.#poll) clearInterval(this.#poll);
	}

	async #save(note: StickyShape): Promise<void> {
		const answer = await postJson(`${this.boardPath}/pribadi`, { action: 'save', note });
		this.error = answer.ok ? '' : answer.message;
		if (!answer.ok && answer.status === 429) this.#retry(note.id, answer.retryAfterSeconds);
	}

	/**
	 * Keeps a note the server refused as too frequent pending (so a reload does not drop what was
	 * typed) and saves its latest version later; a newer edit already waiting makes this unneeded.
	 */
	#retry(id: string, afterSeconds: number | undefined): void {
		if (this.#closed || this.#timers.has(id)) return;
		this.#timers.set(
			id,
			setTimeout(
				() => {
					this.#timers.delete(id);
					const latest = this.notes.find((n) => n.id === id);
					if (latest) void this.#save(latest);
				},
				afterSeconds ? afterSeconds * 1000 : RETRY_MS
			)
		);
	}
}
