/**
 * Facilitator authority over the shared document. Participants (editors who are not facilitators
 * of the board's workshop) may draw and edit notes, but not change the facilitation state, the
 * board's stage, or locked shapes — and a forged websocket write must change nothing for anyone.
 *
 * Why a shadow document: a Yjs update is opaque until integrated (items name their parent only by
 * reference to other items, and deletions by id ranges), and once integrated into the live
 * document it cannot be taken back — a revert would be a second, visible edit that other peers
 * and the update log would already have seen. So a non-facilitator's update is first integrated
 * into a shadow copy that mirrors the live document; Yjs itself reports in the transaction's
 * `changed` which types and keys it touched, and the live document (still the state before the
 * update) tells which shapes were locked. Only an update that passes is applied to the live
 * document, persisted and broadcast. A refused update has already changed the shadow, so the
 * shadow is dropped and rebuilt from the live document on the next check.
 *
 * An update that leaves structs or deletions pending (missing dependencies) is refused too: once
 * those dependencies arrive — possibly in a facilitator's write — the pending part would be
 * integrated without being checked.
 *
 * Participants may write nothing under facilitation (their ballots and private notes go to the
 * server over HTTP, never through the document); `meta.stage` is refused; on shapes, the `locked`
 * flag of an existing shape and any change to (or deletion of) a shape that is locked are refused.
 */
import * as Y from 'yjs';
import { FACILITATION_MAP, META_MAP, SHAPES_MAP } from '../../canvas/sync/doc';

const GUARD_ORIGIN = Symbol('write-guard');

// Yjs types are invariant in their event type; the walk up the tree needs any of them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyType = Y.AbstractType<any>;

export class WriteGuard {
	#shadow: Y.Doc | null = null;

	constructor(private readonly doc: Y.Doc) {}

	/** Keeps the shadow in step with the live document (call with every applied update). */
	follow(update: Uint8Array): void {
		if (this.#shadow) Y.applyUpdate(this.#shadow, update, GUARD_ORIGIN);
	}

	/**
	 * Integrates `update` into the shadow and returns why a non-facilitator may not make it, or null
	 * when it may. Throws what `Y.applyUpdate` throws for a malformed update.
	 */
	check(update: Uint8Array): string | null {
		const shadow = (this.#shadow ??= cloneDoc(this.doc));
		const pendingBefore = hasPending(shadow);
		let refusal: string | null = null;
		const inspect = (tr: Y.Transaction) => {
			refusal ??= this.#inspect(shadow, tr);
		};
		shadow.on('afterTransaction', inspect);
		try {
			Y.applyUpdate(shadow, update, GUARD_ORIGIN);
		} catch (error) {
			this.#shadow = null;
			throw error;
		} finally {
			shadow.off('afterTransaction', inspect);
		}
		if (!refusal && !pendingBefore && hasPending(shadow)) refusal = 'incomplete update';
		if (refusal) this.#shadow = null;
		return refusal;
	}

	/** Frees the shadow. */
	destroy(): void {
		this.#shadow?.destroy();
		this.#shadow = null;
	}

	#inspect(shadow: Y.Doc, tr: Y.Transaction): string | null {
		const liveShapes = this.doc.getMap<unknown>(SHAPES_MAP);
		const isLocked = (id: string) => {
			const shape = liveShapes.get(id);
			return shape instanceof Y.Map && shape.get('locked') === true;
		};
		for (const [type, keys] of tr.changed) {
			const chain = pathOf(type);
			const rootName = rootNameOf(shadow, chain.root);
			if (rootName === FACILITATION_MAP) {
				return 'facilitation is for facilitators';
			} else if (rootName === META_MAP) {
				if (chain.keys.length > 0 || keys.has('stage')) return 'the stage is for facilitators';
			} else if (rootName === SHAPES_MAP) {
				if (chain.keys.length === 0) {
					for (const id of keys) if (id !== null && isLocked(id)) return 'shape is locked';
					continue;
				}
				const id = chain.keys[0]!;
				if (isLocked(id)) return 'shape is locked';
				if (chain.keys.length === 1 && keys.has('locked') && liveShapes.has(id)) return 'locking is for facilitators';
			}
		}
		return null;
	}
}

/** The root type above `type` and the map keys leading from it down to `type`. */
function pathOf(type: AnyType): { root: AnyType; keys: string[] } {
	const keys: string[] = [];
	let current = type;
	while (current._item) {
		keys.unshift(current._item.parentSub ?? '');
		current = current._item.parent as AnyType;
	}
	return { root: current, keys };
}

function rootNameOf(doc: Y.Doc, root: AnyType): string | null {
	for (const [name, type] of doc.share) if (type === root) return name;
	return null;
}

function hasPending(doc: Y.Doc): boolean {
	return doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
}

function cloneDoc(doc: Y.Doc): Y.Doc {
	const copy = new Y.Doc({ gc: doc.gc });
	Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc), GUARD_ORIGIN);
	return copy;
}
