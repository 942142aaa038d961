import { integer, isRecord, own, type Note } from './fields';

/** One named, append-only step of a record type's schema: upgrades a record from `version - 1` to `version`. */
export interface Migration<R> {
	readonly version: number;
	readonly name: string;
	/** Works on raw data and may meet odd input; if it throws, the gate drops the record. */
	up(record: R): R;
}

// Copying these keys onto a plain object would change its prototype or shadow built-ins.
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A shallow copy of `raw`'s own enumerable data, without prototype-changing keys; {} for non-objects. */
export function safeCopy(raw: unknown): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	if (!isRecord(raw)) return out;
	for (const key of Object.keys(raw)) {
		if (!UNSAFE_KEYS.has(key)) out[key] = (raw as Record<string, unknown>)[key];
	}
	return out;
}

// Versions are small counters; anything else is not a version.
const versionField = integer(0, 0, 1_000_000);

/**
 * Runs the migrations a record needs to reach the current version (the number of migrations).
 * A record without `v` is version 0; one from a newer schema is read as is and reported.
 */
export function runMigrations<R extends Record<string, unknown>>(
	record: R,
	migrations: readonly Migration<R>[],
	note: Note
): R {
	const current = migrations.length;
	const from = versionField.read(own(record, 'v'), note);
	if (from > current) {
		note('future-version');
		return { ...record, v: current };
	}
	let out = record;
	for (const migration of migrations) {
		if (migration.version > from) out = migration.up(out);
	}
	return { ...out, v: current };
}
