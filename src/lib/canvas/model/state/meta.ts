import { nullableId, oneOf, readFields, text, type Field, type RepairReason } from '../fields';
import { MAX_NAME } from '../limits';
import { runMigrations, safeCopy, type Migration } from '../migrate';

/** Design-thinking stages, in order; ids the UI translates. */
export const STAGES = ['empati', 'definisi', 'ideasi', 'prototipe', 'uji'] as const;
export type Stage = (typeof STAGES)[number];

/** Board-level facts shown in the board header (`doc.getMap('meta')`). */
export interface BoardMeta {
	v: number;
	title: string;
	stage: Stage;
	/** Id of the template the board was created from, or null for a blank board. */
	template: string | null;
}

type MetaFields = Omit<BoardMeta, 'v'>;

const fields: { readonly [K in keyof MetaFields]: Field<MetaFields[K]> } = {
	title: text(MAX_NAME),
	stage: oneOf(STAGES, 'empati'),
	template: nullableId()
};

/** Append-only migrations of the meta record. */
export const metaMigrations: readonly Migration<Record<string, unknown>>[] = [];

/** A fresh board's meta. */
export function defaultMeta(title = ''): BoardMeta {
	return { v: metaMigrations.length, title, stage: 'empati', template: null };
}

/** Reads untrusted meta data into a valid record, reporting repaired fields. */
export function restoreMeta(raw: unknown): {
	meta: BoardMeta;
	repaired: { field: string; reason: RepairReason }[];
} {
	const repaired: { field: string; reason: RepairReason }[] = [];
	const note = (field: string, reason: RepairReason) => repaired.push({ field, reason });
	let record: Record<string, unknown>;
	try {
		record = runMigrations(safeCopy(raw), metaMigrations, (reason) => note('v', reason));
	} catch {
		note('v', 'invalid');
		record = {};
	}
	const values = readFields<MetaFields>(fields, record, note);
	return { meta: { v: metaMigrations.length, ...values }, repaired };
}
