/**
 * The live side of the plain board page: one stock y-websocket provider on `/realtime/<id>`, its
 * connection status (a 44xx close is final and shown with its reason), presence from awareness,
 * and the board's sticky notes in `doc.getMap('shapes')` (flat Y.Maps, text as Y.Text, the shape
 * record layout of DESIGN.md so the canvas can take them over).
 */
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { generateKeyBetween } from 'fractional-indexing';
import { createSubscriber } from 'svelte/reactivity';
import { CLOSE_CODES, isPermanentClose } from '$lib/realtime/close-codes';

export type ConnectionState =
	| { kind: 'connecting' }
	| { kind: 'connected' }
	| { kind: 'reconnecting' }
	| { kind: 'refused'; code: number }
	| { kind: 'access-changed' };

export interface Note {
	id: string;
	text: string;
	author: string;
}

export interface Person {
	clientId: number;
	name: string;
	self: boolean;
}

const NOTE_SIZE = 200;
const NOTE_GAP = 20;
const NOTES_PER_ROW = 5;

export class BoardSession {
	readonly #doc = new Y.Doc();
	readonly #provider: WebsocketProvider;
	readonly #shapes = this.#doc.getMap<Y.Map<unknown>>('shapes');
	readonly #me: { id: string; name: string };
	#state = $state.raw<ConnectionState>({ kind: 'connecting' });

	readonly #subscribeNotes = createSubscriber((update) => {
		this.#shapes.observeDeep(update);
		return () => this.#shapes.unobserveDeep(update);
	});

	readonly #subscribePresence = createSubscriber((update) => {
		const awareness = this.#provider.awareness;
		awareness.on('change', update);
		return () => awareness.off('change', update);
	});

	constructor(boardId: string, me: { id: string; name: string }, linkToken: string | null, onAccessChanged: () => void) {
		this.#me = me;
		const url = location.origin.replace(/^http/, 'ws') + '/realtime';
		this.#provider = new WebsocketProvider(url, boardId, this.#doc, { params: linkToken ? { token: linkToken } : {} });
		// The server stamps name and handle from the session; the name here is only for this tab.
		this.#provider.awareness.setLocalStateField('user', { name: me.name });
		this.#provider.on('status', ({ status }: { status: string }) => {
			if (this.#state.kind === 'refused') return;
			if (status === 'connected') this.#state = { kind: 'connected' };
			else if (this.#state.kind === 'connected') this.#state = { kind: 'reconnecting' };
		});
		this.#provider.on('connection-close', (event: CloseEvent | null) => {
			if (!event) return;
			if (isPermanentClose(event.code)) {
				// The client stops on 44xx by itself; say so explicitly, retrying cannot help.
				this.#provider.shouldConnect = false;
				this.#state = { kind: 'refused', code: event.code };
			} else if (event.code === CLOSE_CODES.accessChanged) {
				this.#state = { kind: 'access-changed' };
				onAccessChanged();
			}
		});
	}

	/** The connection state, for the status line. */
	get state(): ConnectionState {
		return this.#state;
	}

	/** The sticky notes, oldest first. */
	get notes(): Note[] {
		this.#subscribeNotes();
		const notes: (Note & { order: string })[] = [];
		for (const [id, shape] of this.#shapes) {
			if (!(shape instanceof Y.Map) || shape.get('type') !== 'sticky') continue;
			const text = shape.get('text');
			notes.push({ id, text: text instanceof Y.Text ? text.toString() : '', author: String(shape.get('author') ?? ''), order: String(shape.get('order') ?? '') });
		}
		return notes.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : a.id < b.id ? -1 : 1));
	}

	/** Who has the board open right now (this tab included). */
	get people(): Person[] {
		this.#subscribePresence();
		const people: Person[] = [];
		for (const [clientId, state] of this.#provider.awareness.getStates()) {
			const name = (state as { user?: { name?: unknown } }).user?.name;
			if (typeof name === 'string') people.push({ clientId, name, self: clientId === this.#doc.clientID });
		}
		return people;
	}

	/** Adds a sticky note below the others. */
	addNote(text: string): void {
		const notes = this.notes;
		const last = notes.length ? String(this.#shapes.get(notes[notes.length - 1]!.id)?.get('order') ?? '') : null;
		const index = notes.length;
		const now = Date.now();
		const shape = new Y.Map<unknown>();
		this.#doc.transact(() => {
			for (const [key, value] of Object.entries({
				id: crypto.randomUUID(),
				type: 'sticky',
				v: 0,
				x: (index % NOTES_PER_ROW) * (NOTE_SIZE + NOTE_GAP),
				y: Math.floor(index / NOTES_PER_ROW) * (NOTE_SIZE + NOTE_GAP),
				w: NOTE_SIZE,
				h: NOTE_SIZE,
				rotation: 0,
				parentId: null,
				order: generateKeyBetween(last || null, null),
				locked: false,
				author: this.#me.id,
				createdAt: now,
				updatedAt: now,
				color: 'yellow',
				size: 'm',
				align: 'middle'
			})) {
				shape.set(key, value);
			}
			shape.set('text', new Y.Text(text));
			this.#shapes.set(String(shape.get('id')), shape);
		});
	}

	/** Replaces a note's text (the smallest middle edit, so concurrent typing elsewhere survives). */
	editNote(id: string, next: string): void {
		const shape = this.#shapes.get(id);
		const text = shape?.get('text');
		if (!(shape instanceof Y.Map) || !(text instanceof Y.Text)) return;
		const prev = text.toString();
		if (prev === next) return;
		let start = 0;
		while (start < prev.length && start < next.length && prev[start] === next[start]) start++;
		let end = 0;
		while (end < prev.length - start && end < next.length - start && prev[prev.length - 1 - end] === next[next.length - 1 - end]) end++;
		this.#doc.transact(() => {
			text.delete(start, prev.length - start - end);
			text.insert(start, next.slice(start, next.length - end));
			shape.set('updatedAt', Date.now());
		});
	}

	/** Removes a note. */
	deleteNote(id: string): void {
		this.#shapes.delete(id);
	}

	/** Connects again after a transient refusal (e.g. a slow connection). */
	reconnect(): void {
		this.#state = { kind: 'connecting' };
		this.#provider.connect();
	}

	destroy(): void {
		this.#provider.destroy();
		this.#doc.destroy();
	}
}
