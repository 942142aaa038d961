/**
 * Repairs a whole board document in place: the server calls this after loading a board from the
 * database and before serving it, so every client starts from a document the gate accepts. Writes
 * only what differs, in one transaction with RESTORE_ORIGIN; a valid document is left untouched.
 */
import * as Y from 'yjs';
import type { RepairReason } from '../model/fields';
import type { Dropped, Repaired } from '../model/restore';
import { restoreFacilitation } from '../model/state/facilitation';
import { restoreMeta } from '../model/state/meta';
import { BOARD_SCHEMA_VERSION } from '../model/schema';
import { boardMaps, RESTORE_ORIGIN } from './doc';
import { writePlain } from './board-state';
import { shapeToYMap, writeShape } from './shape-codec';
import { readBoard } from './shapes';

/**
 * Names the gate's rules: a document that passed this version passes it again unchanged (the gate
 * is idempotent and reads nothing but the document), so the server need not re-check a stored state
 * that passed the same version. Every migration bumps it through BOARD_SCHEMA_VERSION; raise the
 * revision (the last digits) when a rule changes without one: a validator narrowed, a limit lowered.
 */
export const RESTORE_GATE_VERSION = BOARD_SCHEMA_VERSION * 1000 + 1;

export interface BoardDocReport {
	/** Shapes kept. */
	shapes: number;
	dropped: Dropped[];
	repaired: Repaired[];
	meta: { field: string; reason: RepairReason }[];
	facilitation: { field: string; reason: RepairReason }[];
	/** True when the document was written to. */
	changed: boolean;
}

/** Repairs `doc` in place (see the module comment) and reports what it found. */
export function restoreBoardDoc(doc: Y.Doc, origin: unknown = RESTORE_ORIGIN): BoardDocReport {
	const maps = boardMaps(doc);
	const board = readBoard(doc);
	const kept = new Map(board.shapes.map((s) => [s.id, s]));
	const meta = restoreMeta(maps.meta.toJSON());
	const facilitation = restoreFacilitation(maps.facilitation.toJSON(), (id) => kept.has(id));
	let changed = false;
	doc.transact(() => {
		for (const key of [...maps.shapes.keys()]) {
			if (!kept.has(key)) {
				maps.shapes.delete(key);
				changed = true;
			}
		}
		for (const shape of board.shapes) {
			const stored = maps.shapes.get(shape.id);
			if (stored instanceof Y.Map) {
				if (writeShape(stored, shape)) changed = true;
			} else {
				maps.shapes.set(shape.id, shapeToYMap(shape));
				changed = true;
			}
		}
		// An empty map reads as the defaults already: leave it empty rather than write them.
		if (maps.meta.size > 0 && writePlain(maps.meta, meta.meta)) changed = true;
		if (maps.facilitation.size > 0 && writePlain(maps.facilitation, facilitation.facilitation)) changed = true;
	}, origin);
	return {
		shapes: board.shapes.length,
		dropped: board.dropped,
		repaired: board.repaired,
		meta: meta.repaired,
		facilitation: facilitation.repaired,
		changed
	};
}
