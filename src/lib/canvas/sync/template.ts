/**
 * Inserting records into a board from outside it: templates (the facilitation module supplies the
 * records), pasted shapes, duplicated selections. Input is untrusted: it passes the restore gate,
 * then gets new ids, new order keys on top, the inserting author and time.
 */
import type * as Y from 'yjs';
import { prepareInsert, textToStickies } from '../model/clipboard';
import type { IdFactory } from '../model/ids';
import type { Vec } from '../model/math';
import { restoreShapes } from '../model/restore';
import { boardMaps, type WriteOrigin } from './doc';
import { createShapes, topOrder } from './shapes';
import { updateMeta } from './board-state';

export interface InsertIntoBoardOptions {
	origin: WriteOrigin;
	author: string;
	now: number;
	/** Centre the inserted group here… */
	center?: Vec;
	/** …or move it by this much. */
	offset?: Vec;
	/** Frame to put top-level inserted shapes in. */
	parentId?: string | null;
	newId?: IdFactory;
}

/** Inserts untrusted records (array or keyed object) with new ids, in one transaction. Returns the new ids. */
export function insertRecords(doc: Y.Doc, records: unknown, options: InsertIntoBoardOptions): string[] {
	const { shapes } = restoreShapes(records);
	const prepared = prepareInsert(shapes, { ...options, topOrder: topOrder(doc) });
	return createShapes(doc, prepared, options.origin);
}

/** Pastes plain text as one sticky note per line around `center`. Returns the new ids. */
export function insertText(doc: Y.Doc, text: string, options: InsertIntoBoardOptions & { center: Vec }): string[] {
	const notes = textToStickies(text, { ...options, topOrder: topOrder(doc) });
	return createShapes(doc, notes, options.origin);
}

/**
 * Applies a template to a board: its records are inserted as new shapes (positions kept unless
 * `center`/`offset` say otherwise) and, when the template has an id, the board remembers it.
 */
export function applyTemplate(
	doc: Y.Doc,
	template: { id?: string; shapes: unknown },
	options: InsertIntoBoardOptions
): string[] {
	let ids: string[] = [];
	doc.transact(() => {
		ids = insertRecords(doc, template.shapes, options);
		if (template.id !== undefined) updateMeta(doc, { template: template.id }, options.origin);
	}, options.origin);
	return ids;
}

/** True when the board has no shapes yet (templates are usually applied to blank boards). */
export function isBoardEmpty(doc: Y.Doc): boolean {
	return boardMaps(doc).shapes.size === 0;
}
