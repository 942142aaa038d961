/**
 * Field readers for the restore gate. A reader always returns a usable value: the input when it is
 * valid, otherwise a coerced or default value, and it reports why through `note`. Validation is the
 * same reading with no notes, so the validator and the repairer can never disagree.
 */

/** Why a field was repaired. */
export type RepairReason =
	| 'missing'
	| 'wrong-type'
	| 'not-finite'
	| 'out-of-range'
	| 'too-long'
	| 'invalid'
	| 'sanitized'
	| 'future-version'
	| 'derived'
	| 'orphan'
	| 'cycle'
	| 'too-deep'
	| 'missing-target';

export type Note = (reason: RepairReason) => void;

/** Reads one field of untrusted input into a valid value. */
export interface Field<T> {
	read(raw: unknown, note: Note): T;
	/** Text fields: the longest value kept, so an editor can stop typing there rather than cut it. */
	readonly maxLength?: number;
}

/** A record's own property only: inherited or polluted prototype values never leak in. */
export function own(obj: unknown, key: string): unknown {
	if (typeof obj !== 'object' || obj === null) return undefined;
	return Object.prototype.hasOwnProperty.call(obj, key)
		? (obj as Record<string, unknown>)[key]
		: undefined;
}

/** True for objects that are not arrays (plain data from JSON or a Y.Map snapshot). */
export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Finite number clamped to [min, max]. */
export function finite(def: number, min: number, max: number): Field<number> {
	return {
		read(raw, note) {
			if (raw === undefined) return note('missing'), def;
			if (typeof raw !== 'number') return note('wrong-type'), def;
			if (!Number.isFinite(raw)) return note('not-finite'), def;
			if (raw < min) return note('out-of-range'), min;
			if (raw > max) return note('out-of-range'), max;
			// -0 and 0 encode differently in Yjs; keep one spelling so peers agree byte for byte.
			return raw === 0 ? 0 : raw;
		}
	};
}

/** Integer clamped to [min, max]; fractions are rounded. */
export function integer(def: number, min: number, max: number): Field<number> {
	const base = finite(def, min, max);
	return {
		read(raw, note) {
			const value = base.read(raw, note);
			if (Number.isInteger(value)) return value;
			note('invalid');
			return Math.round(value);
		}
	};
}

/** Boolean; anything else falls back to the default. */
export function bool(def: boolean): Field<boolean> {
	return {
		read(raw, note) {
			if (raw === undefined) return note('missing'), def;
			if (typeof raw !== 'boolean') return note('wrong-type'), def;
			return raw;
		}
	};
}

/** One of a closed set of string ids (colors, stages, alignments). */
export function oneOf<const T extends string>(values: readonly T[], def: T): Field<T> {
	const allowed = new Set<string>(values);
	return {
		read(raw, note) {
			if (raw === undefined) return note('missing'), def;
			if (typeof raw !== 'string') return note('wrong-type'), def;
			if (!allowed.has(raw)) return note('invalid'), def;
			return raw as T;
		}
	};
}

// C0 controls except tab and newline, DEL; they break rendering and CSV export and carry no meaning.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
// Lone surrogates encode differently in different UTF-8 encoders, which would make Yjs peers diverge.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Cleans a string: well-formed UTF-16, no control characters, `\n` line ends (or none when single-line). */
export function sanitizeText(value: string, multiline: boolean): string {
	let out = value.replace(/\r\n?/g, '\n').replace(CONTROL, '').replace(LONE_SURROGATE, '\uFFFD');
	if (!multiline) out = out.replace(/[\n\t]+/g, ' ');
	return out;
}

/** Cuts a string to `max` UTF-16 units without splitting a surrogate pair. */
export function truncate(value: string, max: number): string {
	if (value.length <= max) return value;
	const cut = value.charCodeAt(max - 1);
	return value.slice(0, cut >= 0xd800 && cut <= 0xdbff ? max - 1 : max);
}

/** Text with a length cap; `multiline` keeps line breaks. */
export function text(max: number, options: { multiline?: boolean; def?: string } = {}): Field<string> {
	const def = options.def ?? '';
	const multiline = options.multiline ?? false;
	return {
		maxLength: max,
		read(raw, note) {
			if (raw === undefined) return note('missing'), def;
			if (typeof raw !== 'string') return note('wrong-type'), def;
			const clean = sanitizeText(raw, multiline);
			if (clean !== raw) note('sanitized');
			if (clean.length > max) note('too-long');
			return truncate(clean, max);
		}
	};
}

const ID_PATTERN = /^[A-Za-z0-9_-]+$/;
// Valid by pattern but dangerous as object keys anywhere downstream.
const RESERVED_IDS = new Set(['__proto__', 'constructor', 'prototype']);

/** True for an id the board accepts: 1–64 characters of [A-Za-z0-9_-], not an Object.prototype name. */
export function isValidId(value: unknown, max = 64): value is string {
	return (
		typeof value === 'string' &&
		value.length > 0 &&
		value.length <= max &&
		ID_PATTERN.test(value) &&
		!RESERVED_IDS.has(value)
	);
}

/** An id or null; invalid ids become null. Numbers are accepted as ids (database user ids are serial). */
export function nullableId(): Field<string | null> {
	return {
		read(raw, note) {
			if (raw === undefined) return note('missing'), null;
			if (raw === null) return null;
			if (typeof raw === 'number' && Number.isSafeInteger(raw) && raw >= 0) {
				note('wrong-type');
				return String(raw);
			}
			if (!isValidId(raw)) return note('invalid'), null;
			return raw;
		}
	};
}

/** An id that must be present; a missing or invalid one becomes `def` (usually '' for "unknown"). */
export function idOr(def: string): Field<string> {
	const inner = nullableId();
	return {
		read(raw, note) {
			if (raw === def) return def;
			const value = inner.read(raw, note);
			if (value !== null) return value;
			if (raw === null) note('wrong-type');
			return def;
		}
	};
}

/** Reads every field of a spec from `raw`, reporting repairs as `prefix + key`. */
export function readFields<T extends Record<string, unknown>>(
	spec: { readonly [K in keyof T]: Field<T[K]> },
	raw: unknown,
	note: (field: string, reason: RepairReason) => void,
	prefix = ''
): T {
	const out = {} as T;
	for (const key of Object.keys(spec) as (keyof T & string)[]) {
		out[key] = spec[key].read(own(raw, key), (reason) => note(prefix + key, reason));
	}
	return out;
}
