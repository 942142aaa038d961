/**
 * Presence over Yjs awareness: who is here, their cursor, selection, the shape they are editing,
 * their viewport (to follow them), a drag in progress and quick reactions. Nothing of this enters
 * the document. Outgoing state is coalesced into at most one awareness update per 50 ms (≤ 20 Hz);
 * incoming state is untrusted and read field by field.
 */
import { createSubscriber } from 'svelte/reactivity';
import type { Awareness } from 'y-protocols/awareness';
import { isValidId, type Box, type Vec } from '../model';

export interface PeerUser {
	id: string;
	name: string;
	color: string;
}

/**
 * A drag in progress, not yet written: shapes moved by (dx, dy) world units, or resized (scaled from
 * the box `from` to the box `to`), or one shape turned to `rotation`.
 */
export interface PeerDrag {
	ids: string[];
	dx: number;
	dy: number;
	scale?: { from: Box; to: Box };
	rotation?: number;
}

export interface PeerReaction {
	emoji: string;
	x: number;
	y: number;
	/** Sender's counter, so the same emoji twice still shows twice. */
	n: number;
}

export interface Peer {
	clientId: number;
	user: PeerUser;
	cursor: Vec | null;
	selection: string[];
	editing: string | null;
	view: Box | null;
	drag: PeerDrag | null;
	reaction: PeerReaction | null;
}

type LocalFields = Omit<Peer, 'clientId'>;

/** Reactions offered in the quick-reaction bar (awareness only accepts these). */
export const REACTIONS = ['👍', '❤️', '🎉', '💡', '😂', '❓'] as const;

const SEND_INTERVAL_MS = 50;
const MAX_IDS = 500;

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) < 1e7;

function readVec(raw: unknown): Vec | null {
	if (typeof raw !== 'object' || raw === null) return null;
	const { x, y } = raw as Record<string, unknown>;
	return finite(x) && finite(y) ? { x, y } : null;
}

function readIds(raw: unknown): string[] {
	return Array.isArray(raw) ? raw.slice(0, MAX_IDS).filter((id): id is string => isValidId(id)) : [];
}

function readBox(raw: unknown): Box | null {
	if (typeof raw !== 'object' || raw === null) return null;
	const b = raw as Record<string, unknown>;
	return finite(b.x) && finite(b.y) && finite(b.w) && finite(b.h) && b.w > 0 && b.h > 0 ? { x: b.x, y: b.y, w: b.w, h: b.h } : null;
}

function readDrag(drag: Record<string, unknown>, dx: number, dy: number): PeerDrag {
	const out: PeerDrag = { ids: readIds(drag.ids), dx, dy };
	const scale = drag.scale as Record<string, unknown> | null | undefined;
	const from = scale ? readBox(scale.from) : null;
	const to = scale ? readBox(scale.to) : null;
	if (from && to) out.scale = { from, to };
	if (finite(drag.rotation)) out.rotation = drag.rotation;
	return out;
}

/** Reads one peer's awareness state; null when it carries no usable user. */
export function readPeer(clientId: number, raw: unknown): Peer | null {
	if (typeof raw !== 'object' || raw === null) return null;
	const state = raw as Record<string, unknown>;
	const user = state.user as Record<string, unknown> | undefined;
	if (!user || typeof user !== 'object' || !isValidId(user.id)) return null;
	const name = typeof user.name === 'string' ? user.name.slice(0, 80) : '';
	const color = typeof user.color === 'string' && /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : '#6b625c';
	const view = state.view as Record<string, unknown> | null | undefined;
	const drag = state.drag as Record<string, unknown> | null | undefined;
	const reaction = state.reaction as Record<string, unknown> | null | undefined;
	return {
		clientId,
		user: { id: user.id, name, color },
		cursor: readVec(state.cursor),
		selection: readIds(state.selection),
		editing: isValidId(state.editing) ? state.editing : null,
		view: view && finite(view.x) && finite(view.y) && finite(view.w) && finite(view.h) && view.w > 0 && view.h > 0 ? { x: view.x, y: view.y, w: view.w, h: view.h } : null,
		drag: drag && finite(drag.dx) && finite(drag.dy) ? readDrag(drag, drag.dx, drag.dy) : null,
		reaction:
			reaction && (REACTIONS as readonly unknown[]).includes(reaction.emoji) && finite(reaction.x) && finite(reaction.y) && finite(reaction.n)
				? { emoji: reaction.emoji as string, x: reaction.x, y: reaction.y, n: reaction.n }
				: null
	};
}

/** Who is typing in which shape: names by shape id (two people in one shape: both names). */
export function editingNames(peers: readonly Peer[]): Map<string, string> {
	const names = new Map<string, string>();
	for (const peer of peers) {
		if (!peer.editing) continue;
		const before = names.get(peer.editing);
		names.set(peer.editing, before ? `${before}, ${peer.user.name}` : peer.user.name);
	}
	return names;
}

export function sameNames(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
	return a.size === b.size && [...a].every(([id, names]) => b.get(id) === names);
}

export class Presence {
	readonly awareness: Awareness;
	readonly me: PeerUser;
	#local: LocalFields;
	#dirty = false;
	#timer: ReturnType<typeof setTimeout> | null = null;
	#lastSent = 0;
	#peers: Peer[] | null = null;
	#reactionCount = 0;
	#subscribe = createSubscriber((update) => {
		const onChange = () => update();
		this.awareness.on('change', onChange);
		return () => this.awareness.off('change', onChange);
	});

	constructor(awareness: Awareness, me: PeerUser) {
		this.awareness = awareness;
		this.me = me;
		this.#local = { user: me, cursor: null, selection: [], editing: null, view: null, drag: null, reaction: null };
		awareness.on('change', () => (this.#peers = null));
		awareness.setLocalState(this.#local);
	}

	/** Everyone else on the board (one entry per tab), reactive. */
	get peers(): Peer[] {
		this.#subscribe();
		return this.snapshot();
	}

	/** Everyone else, without subscribing. */
	snapshot(): Peer[] {
		if (this.#peers) return this.#peers;
		const out: Peer[] = [];
		for (const [clientId, state] of this.awareness.getStates()) {
			if (clientId === this.awareness.clientID) continue;
			const peer = readPeer(clientId, state);
			if (peer) out.push(peer);
		}
		this.#peers = out;
		return out;
	}

	setCursor(cursor: Vec | null): void {
		this.#set({ cursor });
	}

	setSelection(ids: Iterable<string>): void {
		this.#set({ selection: [...ids].slice(0, MAX_IDS) });
	}

	setEditing(id: string | null): void {
		this.#set({ editing: id });
	}

	setView(view: Box): void {
		this.#set({ view });
	}

	setDrag(drag: PeerDrag | null): void {
		this.#set({ drag });
	}

	/** Sends a quick reaction at a world point. */
	react(emoji: (typeof REACTIONS)[number], at: Vec): void {
		const n = ++this.#reactionCount;
		this.#set({ reaction: { emoji, x: at.x, y: at.y, n } });
		// Cleared after it has played, so people who join later do not see an old reaction.
		setTimeout(() => {
			if (this.#local.reaction?.n === n) this.#set({ reaction: null });
		}, 3000);
	}

	/** Sends what is pending now (before a document write that should follow it). */
	flush(): void {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
		if (!this.#dirty) return;
		this.#dirty = false;
		this.#lastSent = performance.now();
		this.awareness.setLocalState(this.#local);
	}

	/** Leaves: others see us go at once. */
	destroy(): void {
		if (this.#timer) clearTimeout(this.#timer);
		this.awareness.setLocalState(null);
	}

	#set(fields: Partial<LocalFields>): void {
		this.#local = { ...this.#local, ...fields };
		this.#dirty = true;
		if (this.#timer) return;
		const wait = Math.max(0, SEND_INTERVAL_MS - (performance.now() - this.#lastSent));
		this.#timer = setTimeout(() => this.flush(), wait);
	}
}
