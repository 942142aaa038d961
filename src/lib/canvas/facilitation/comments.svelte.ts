/**
 * Client state of a board's comment threads: loads them from the board's JSON endpoint, groups them
 * per shape, and posts, resolves, reopens and deletes through it. The server authorizes every call.
 */
import * as m from '$lib/paraglide/messages';

export interface CommentView {
	id: number;
	shapeId: string;
	author: { id: number; name: string } | null;
	body: string;
	mentions: { id: number; name: string }[];
	resolved: boolean;
	createdAt: string;
	canDelete: boolean;
}

export interface MentionCandidate {
	id: number;
	name: string;
	handle: string;
}

export class CommentThreads {
	comments = $state<CommentView[]>([]);
	people = $state<MentionCandidate[]>([]);
	loaded = $state(false);
	/** A whole-panel error (load or action failed). */
	error = $state<string | null>(null);
	/** Field errors of the new-comment form. */
	fieldErrors = $state<Record<string, string>>({});
	busy = $state(false);

	constructor(private readonly base: string) {}

	/** Threads per shape id, oldest comment first. */
	readonly byShape = $derived.by(() => {
		const map = new Map<string, CommentView[]>();
		for (const comment of this.comments) {
			const list = map.get(comment.shapeId);
			if (list) list.push(comment);
			else map.set(comment.shapeId, [comment]);
		}
		return map;
	});

	/** Loads (or reloads) every comment of the board. */
	async load(): Promise<void> {
		const response = await fetch(this.base);
		if (!response.ok) {
			this.error = await messageOf(response);
			return;
		}
		const data = (await response.json()) as { comments: CommentView[]; people: MentionCandidate[] };
		this.comments = data.comments;
		this.people = data.people;
		this.loaded = true;
		this.error = null;
	}

	/** Posts a comment; returns true when stored (the form then clears). */
	async add(shapeId: string, body: string, mentions: number[]): Promise<boolean> {
		this.busy = true;
		try {
			const response = await fetch(this.base, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ shapeId, body, mentions })
			});
			if (response.status === 400) {
				this.fieldErrors = ((await response.json()) as { errors: Record<string, string> }).errors;
				return false;
			}
			if (!response.ok) {
				this.error = await messageOf(response);
				return false;
			}
			const { comment } = (await response.json()) as { comment: CommentView };
			this.comments = [...this.comments, comment];
			this.fieldErrors = {};
			this.error = null;
			return true;
		} finally {
			this.busy = false;
		}
	}

	/** Resolves or reopens a comment. */
	async setResolved(id: number, resolved: boolean): Promise<void> {
		const response = await fetch(`${this.base}/${id}`, {
			method: 'PATCH',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ resolved })
		});
		if (!response.ok) {
			this.error = await messageOf(response);
			return;
		}
		this.comments = this.comments.map((c) => (c.id === id ? { ...c, resolved } : c));
	}

	/** Deletes a comment. */
	async remove(id: number): Promise<void> {
		const response = await fetch(`${this.base}/${id}`, { method: 'DELETE' });
		if (!response.ok) {
			this.error = await messageOf(response);
			return;
		}
		this.comments = this.comments.filter((c) => c.id !== id);
	}
}

async function messageOf(response: Response): Promise<string> {
	try {
		const data = (await response.json()) as { message?: string };
		return data.message ?? m.comment_error_failed();
	} catch {
		return m.comment_error_failed();
	}
}
