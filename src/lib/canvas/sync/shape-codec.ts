/**
 * Shape records ↔ Y.Maps. A shape is one flat Y.Map (base fields and props side by side), so two
 * people changing different fields of one shape (one moves it, one recolors it) both keep their edit.
 * Text props are Y.Text, merged character by character; other values are plain and last-writer-wins.
 *
 * Stored maps are sparse: the id is the map key, and a field holding its type's default is left
 * out (read it back with `restoreShape(raw, id, { sparse: true })`). A typical note then keeps 11
 * entries instead of 19, which makes a 5,000-shape board smaller and faster to load and validate.
 * `type`, `v`, `order` and the text fields are always present.
 */
import * as Y from 'yjs';
import { storedDefaults } from '../model/create';
import { SHAPE_DEFS, type Shape } from '../model/schema';
import { BASE_KEYS } from '../model/schema';

/** Options for reading stored (sparse) records through the restore gate. */
export const STORED = { sparse: true } as const;

/** The Y.Map keys a shape of this type may have (the id is the key of the map itself). */
export function shapeKeys(shape: Shape): string[] {
	return [...BASE_KEYS.filter((k) => k !== 'id'), ...Object.keys(SHAPE_DEFS[shape.type].props)];
}

/** True when the field is stored even when it holds its default. */
function alwaysStored(key: string, texts: ReadonlySet<string>): boolean {
	// `order` too: z-order scans (topOrder) read it straight from the map.
	return key === 'type' || key === 'v' || key === 'order' || texts.has(key);
}

function isDefault(shape: Shape, key: string, value: unknown): boolean {
	const defaults = storedDefaults(shape.type);
	return Object.prototype.hasOwnProperty.call(defaults, key) && sameValue(defaults[key], value);
}

function textFields(shape: Shape): readonly string[] {
	return SHAPE_DEFS[shape.type].textFields as readonly string[];
}

function fieldValue(shape: Shape, key: string): unknown {
	if (key in shape.props) return (shape.props as unknown as Record<string, unknown>)[key];
	return (shape as unknown as Record<string, unknown>)[key];
}

/** A new Y.Map holding `shape` (not yet attached to a document). */
export function shapeToYMap(shape: Shape): Y.Map<unknown> {
	const map = new Y.Map<unknown>();
	const texts = new Set(textFields(shape));
	for (const key of shapeKeys(shape)) {
		const value = fieldValue(shape, key);
		if (texts.has(key)) map.set(key, new Y.Text(value as string));
		else if (alwaysStored(key, texts) || !isDefault(shape, key, value)) map.set(key, value);
	}
	return map;
}

/** A plain snapshot of a stored value: Y types become strings or JSON. */
function plain(value: unknown): unknown {
	if (value instanceof Y.Text) return value.toString();
	if (value instanceof Y.AbstractType) return value.toJSON();
	return value;
}

/** The raw (untrusted, flat) record stored in a shape Y.Map, ready for the restore gate. */
export function yMapToRaw(map: Y.Map<unknown>): Record<string, unknown> {
	const raw: Record<string, unknown> = {};
	map.forEach((value, key) => {
		// The stored format is flat: a nested `props` key is junk that must not shadow the real
		// fields, and assigning "__proto__" would replace the object's prototype. Neither is a field.
		if (key === 'props' || key === '__proto__') return;
		raw[key] = plain(value);
	});
	return raw;
}

/** The raw record of any stored value (a Y.Map as above, anything else as plain data). */
export function storedToRaw(value: unknown): unknown {
	return value instanceof Y.Map ? yMapToRaw(value) : plain(value);
}

function sameValue(a: unknown, b: unknown): boolean {
	if (Object.is(a, b)) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Replaces the content of a Y.Text with `next` by its smallest middle edit (common prefix and suffix
 * kept), so concurrent typing elsewhere in the text survives. Never splits a surrogate pair.
 * Call inside doc.transact with your origin, so the edit is one undoable step.
 */
export function setText(text: Y.Text, next: string): void {
	const prev = text.toString();
	if (prev === next) return;
	let start = 0;
	const max = Math.min(prev.length, next.length);
	while (start < max && prev.charCodeAt(start) === next.charCodeAt(start)) start++;
	if (start > 0 && isHigh(prev.charCodeAt(start - 1))) start--;
	let end = 0;
	while (
		end < max - start &&
		prev.charCodeAt(prev.length - 1 - end) === next.charCodeAt(next.length - 1 - end)
	) end++;
	if (end > 0 && isLow(prev.charCodeAt(prev.length - end))) end--;
	const removed = prev.length - start - end;
	if (removed > 0) text.delete(start, removed);
	const inserted = next.slice(start, next.length - end);
	if (inserted) text.insert(start, inserted);
}

function isHigh(code: number): boolean {
	return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
	return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Writes `shape` into an existing Y.Map, touching only fields whose value differs (so an unchanged
 * field never overwrites a concurrent remote edit), removing fields set back to their default, and
 * deleting keys the schema does not know.
 * Must run inside a transaction. Returns true when anything was written.
 */
export function writeShape(map: Y.Map<unknown>, shape: Shape): boolean {
	let wrote = false;
	const keys = shapeKeys(shape);
	const texts = new Set(textFields(shape));
	for (const key of [...map.keys()]) {
		if (!keys.includes(key)) {
			map.delete(key);
			wrote = true;
		}
	}
	for (const key of keys) {
		const value = fieldValue(shape, key);
		const current = map.get(key);
		if (texts.has(key)) {
			if (current instanceof Y.Text) {
				if (current.toString() !== value) {
					setText(current, value as string);
					wrote = true;
				}
			} else {
				map.set(key, new Y.Text(value as string));
				wrote = true;
			}
		} else if (!alwaysStored(key, texts) && isDefault(shape, key, value)) {
			if (map.has(key)) {
				map.delete(key);
				wrote = true;
			}
		} else if (current instanceof Y.AbstractType || !sameValue(current, value)) {
			map.set(key, value);
			wrote = true;
		}
	}
	return wrote;
}
