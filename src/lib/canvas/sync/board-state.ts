/**
 * Board-level state in its own maps: meta (title, stage, template) and facilitation (timer, voting,
 * results, private mode, summon, spotlight). Each top-level field is one plain value, last writer
 * wins. Ballots are not here: they stay on the server until the reveal writes `results`.
 */
import * as Y from 'yjs';
import { restoreFacilitation, type Facilitation } from '../model/state/facilitation';
import { restoreMeta, type BoardMeta } from '../model/state/meta';
import { boardMaps, type WriteOrigin } from './doc';

/** The board's meta through the gate. */
export function readMeta(doc: Y.Doc): BoardMeta {
	return restoreMeta(boardMaps(doc).meta.toJSON()).meta;
}

/** Changes meta fields (validated; invalid values fall back like any read would). */
export function updateMeta(doc: Y.Doc, patch: Partial<Omit<BoardMeta, 'v'>>, origin: WriteOrigin): void {
	const { meta } = boardMaps(doc);
	const next = restoreMeta({ ...meta.toJSON(), ...patch }).meta;
	doc.transact(() => writePlain(meta, next), origin);
}

/** The facilitation state through the gate; `shapeExists` drops votes on deleted shapes. */
export function readFacilitation(doc: Y.Doc, shapeExists?: (id: string) => boolean): Facilitation {
	return restoreFacilitation(boardMaps(doc).facilitation.toJSON(), shapeExists).facilitation;
}

/** What facilitators (timer, voting, modes, summon, spotlight) and the server (results, reveals) change. */
export type FacilitationPatch = Partial<Omit<Facilitation, 'v'>>;

/** Changes facilitation fields. A new or cleared voting session drops the previous results. */
export function updateFacilitation(doc: Y.Doc, patch: FacilitationPatch, origin: WriteOrigin): void {
	const { facilitation } = boardMaps(doc);
	const next = restoreFacilitation({ ...facilitation.toJSON(), ...patch }).facilitation;
	doc.transact(() => writePlain(facilitation, next), origin);
}

/** Calls `listener` whenever meta or facilitation change. Returns the unsubscribe function. */
export function observeBoardState(doc: Y.Doc, listener: (tr: Y.Transaction) => void): () => void {
	const { meta, facilitation } = boardMaps(doc);
	const onMeta = (_: unknown, tr: Y.Transaction) => listener(tr);
	meta.observe(onMeta);
	facilitation.observeDeep(onMeta);
	return () => {
		meta.unobserve(onMeta);
		facilitation.unobserveDeep(onMeta);
	};
}

/**
 * Writes each field of `values` whose stored value differs, and deletes keys not in `values`
 * (except `keep`). Returns true when anything was written.
 */
export function writePlain(map: Y.Map<unknown>, values: object, keep: readonly string[] = []): boolean {
	let wrote = false;
	const entries = Object.entries(values);
	const known = new Set([...entries.map(([k]) => k), ...keep]);
	for (const key of [...map.keys()]) {
		if (!known.has(key)) {
			map.delete(key);
			wrote = true;
		}
	}
	for (const [key, value] of entries) {
		const current = map.get(key);
		if (current instanceof Y.AbstractType || JSON.stringify(current) !== JSON.stringify(value)) {
			map.set(key, value);
			wrote = true;
		}
	}
	return wrote;
}
