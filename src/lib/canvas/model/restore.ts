/**
 * THE restore gate. Every shape read from the network, the database, the clipboard or a template
 * passes here: record by record it coerces, repairs or drops, and reports what it did. It never
 * throws and always returns records that satisfy the schema. The rules are deterministic (no clock,
 * no randomness, no input-order dependence for keyed input), so every peer derives the same board.
 */
import {
	bool,
	finite,
	idOr,
	isRecord,
	isValidId,
	nullableId,
	own,
	readFields,
	type Field,
	type RepairReason
} from './fields';
import {
	COORD_LIMIT,
	MAX_SHAPES,
	MAX_SIZE,
	MAX_TIMESTAMP,
	MIN_SIZE
} from './limits';
import { runMigrations, safeCopy } from './migrate';
import { compareOrder, isValidOrderKey } from './order';
import { canBindTo, resolveParents } from './relations';
import { BOARD_SHAPES, type Shape, type ShapeSchema } from './schema';
import type { BaseShape, RawShape, ShapeDef } from './shape-def';
import type { ConnectorShape } from './shapes/connector';

export type DropReason =
	| 'not-an-object'
	| 'invalid-id'
	| 'duplicate-id'
	| 'unknown-type'
	| 'migration-failed'
	| 'unreadable'
	| 'over-limit';

export interface Dropped {
	id: string;
	reason: DropReason;
}

export interface Repaired {
	id: string;
	field: string;
	reason: RepairReason;
}

export interface RestoreResult {
	/** Valid shapes, bottom to top. */
	shapes: Shape[];
	dropped: Dropped[];
	repaired: Repaired[];
}

export type RecordResult =
	| { ok: true; shape: Shape; repaired: Repaired[] }
	| { ok: false; dropped: Dropped };

/**
 * Order key for records whose key is missing or broken: the bottom of the board, so a hostile or
 * damaged record can never cover real content. Ties with it are broken by id like any other.
 */
export const FALLBACK_ORDER = 'a0';

// Raw records read before the rest are dropped unread: five boards' worth of shapes is already hostile.
const MAX_RAW_RECORDS = MAX_SHAPES * 5;

const TAU = Math.PI * 2;
const coord = finite(0, -COORD_LIMIT, COORD_LIMIT);
const timestamp = finite(0, 0, MAX_TIMESTAMP);

const orderField: Field<string> = {
	read(raw, note) {
		if (raw === undefined) return note('missing'), FALLBACK_ORDER;
		if (!isValidOrderKey(raw)) return note(typeof raw === 'string' ? 'invalid' : 'wrong-type'), FALLBACK_ORDER;
		return raw;
	}
};

function rotationField(rotatable: boolean): Field<number> {
	const angle = finite(0, -1e9, 1e9);
	return {
		read(raw, note) {
			const value = angle.read(raw, note);
			if (!rotatable) {
				if (value !== 0) note('invalid');
				return 0;
			}
			const normalized = ((value % TAU) + TAU) % TAU;
			if (normalized !== value) note('out-of-range');
			return normalized + 0;
		}
	};
}

const baseFieldCache = new WeakMap<ShapeDef<string, object>, ReturnType<typeof makeBaseFields>>();

function baseFields(def: ShapeDef<string, object>) {
	let fields = baseFieldCache.get(def);
	if (!fields) baseFieldCache.set(def, (fields = makeBaseFields(def)));
	return fields;
}

function makeBaseFields(def: ShapeDef<string, object>) {
	return {
		x: coord,
		y: coord,
		w: finite(def.defaultSize.w, MIN_SIZE, MAX_SIZE),
		h: finite(def.defaultSize.h, MIN_SIZE, MAX_SIZE),
		rotation: rotationField(def.rotatable),
		parentId: nullableId(),
		order: orderField,
		locked: bool(false),
		author: idOr(''),
		createdAt: timestamp,
		updatedAt: timestamp
	};
}

/** A printable id for reports: the id when valid, else '' (never echo hostile strings into logs). */
function reportId(value: unknown): string {
	return isValidId(value) ? value : '';
}

export interface RestoreOptions {
	/** The shape types accepted (default: the board's). */
	schema?: ShapeSchema;
	/**
	 * Stored records omit fields that hold their default (see sync/shape-codec): with `sparse`, a
	 * missing field is the default, not a repair.
	 */
	sparse?: boolean;
}

/**
 * Restores one record. `key` is the id it is stored under (a Y.Map key), which wins over the record's
 * own `id`. Props may sit under `props` or flat beside the base fields (hand-written templates).
 * Relations to other records are checked by `restoreShapes`, not here.
 */
export function restoreShape(raw: unknown, key?: string, options: RestoreOptions = {}): RecordResult {
	const schema = options.schema ?? BOARD_SHAPES;
	const drop = (id: string, reason: DropReason): RecordResult => ({ ok: false, dropped: { id, reason } });
	let knownId = reportId(key);
	try {
		if (!isRecord(raw)) return drop(reportId(key), 'not-an-object');
		const rawId = own(raw, 'id');
		const id = key ?? rawId;
		if (!isValidId(id)) return drop(reportId(id), 'invalid-id');
		knownId = id;
		const type = own(raw, 'type');
		const def =
			typeof type === 'string' && Object.prototype.hasOwnProperty.call(schema.defs, type)
				? schema.defs[type]
				: undefined;
		if (!def) return drop(id, 'unknown-type');

		const repaired: Repaired[] = [];
		const sparse = options.sparse === true;
		const note = (field: string, reason: RepairReason) => {
			if (!(sparse && reason === 'missing')) repaired.push({ id, field, reason });
		};
		if (rawId !== id) note('id', rawId === undefined ? 'missing' : 'invalid');

		const copy = safeCopy(raw);
		const rawProps = own(raw, 'props');
		let record: RawShape = { ...copy, props: isRecord(rawProps) ? safeCopy(rawProps) : copy };
		try {
			record = runMigrations(record, def.migrations, (reason) => note('v', reason));
		} catch {
			return drop(id, 'migration-failed');
		}
		const base = readFields(baseFields(def), record, note);
		const props = readFields(def.props as Record<string, Field<unknown>>, own(record, 'props'), note, 'props.');
		let shape: BaseShape<string, object> = { id, type: def.type, v: def.migrations.length, ...base, props };
		if (def.normalize) shape = def.normalize(shape, note);
		// Derived geometry (a pen's box) may move the origin; keep it inside the board's bounds.
		shape.x = Math.max(-COORD_LIMIT, Math.min(COORD_LIMIT, shape.x));
		shape.y = Math.max(-COORD_LIMIT, Math.min(COORD_LIMIT, shape.y));
		return { ok: true, shape: shape as Shape, repaired };
	} catch {
		// Getters that throw, proxies, revoked objects: unreadable input is dropped, never fatal.
		return drop(knownId, 'unreadable');
	}
}

/** Frees connector ends whose shape is missing or is itself a connector. */
export function freeBrokenEnds(
	connector: ConnectorShape,
	lookup: (id: string) => { type: string } | undefined,
	note: (field: string, reason: RepairReason) => void
): ConnectorShape {
	let { start, end } = connector.props;
	if (start.shapeId !== null && !canBindTo(lookup(start.shapeId))) {
		note('props.start', 'missing-target');
		start = { ...start, shapeId: null, anchor: null };
	}
	if (end.shapeId !== null && !canBindTo(lookup(end.shapeId))) {
		note('props.end', 'missing-target');
		end = { ...end, shapeId: null, anchor: null };
	}
	if (start === connector.props.start && end === connector.props.end) return connector;
	return { ...connector, props: { ...connector.props, start, end } };
}

/**
 * Restores a whole board: an array of records or an object keyed by id (as stored). On top of the
 * per-record gate it drops duplicates, keeps at most MAX_SHAPES (the bottom-most, so spam piled on top
 * goes first), moves orphans and cycle members to the root, and frees connectors whose shape is gone.
 */
export function restoreShapes(raw: unknown, options: RestoreOptions = {}): RestoreResult {
	const dropped: Dropped[] = [];
	const repaired: Repaired[] = [];
	const entries: [string | undefined, unknown][] = [];
	try {
		if (Array.isArray(raw)) {
			for (let i = 0; i < raw.length; i++) entries.push([undefined, raw[i]]);
		} else if (isRecord(raw)) {
			// Sorted keys: peers may hold the same map in different insertion orders.
			for (const key of Object.keys(raw).sort()) entries.push([key, raw[key]]);
		} else if (raw !== undefined && raw !== null) {
			dropped.push({ id: '', reason: 'not-an-object' });
		}
	} catch {
		dropped.push({ id: '', reason: 'unreadable' });
	}

	const byId = new Map<string, Shape>();
	entries.forEach(([key, value], index) => {
		if (index >= MAX_RAW_RECORDS) {
			dropped.push({ id: reportId(key), reason: 'over-limit' });
			return;
		}
		const result = restoreShape(value, key, options);
		if (!result.ok) return void dropped.push(result.dropped);
		if (byId.has(result.shape.id)) return void dropped.push({ id: result.shape.id, reason: 'duplicate-id' });
		byId.set(result.shape.id, result.shape);
		repaired.push(...result.repaired);
	});

	let shapes = [...byId.values()].sort(compareOrder);
	if (shapes.length > MAX_SHAPES) {
		for (const shape of shapes.slice(MAX_SHAPES)) {
			dropped.push({ id: shape.id, reason: 'over-limit' });
			byId.delete(shape.id);
		}
		shapes = shapes.slice(0, MAX_SHAPES);
	}

	const parents = resolveParents(byId);
	const lookup = (id: string) => byId.get(id);
	shapes = shapes.map((shape) => {
		const note = (field: string, reason: RepairReason) => repaired.push({ id: shape.id, field, reason });
		const cut = parents.get(shape.id);
		let out: Shape = shape;
		if (cut) {
			note('parentId', cut.reason);
			out = { ...out, parentId: null };
		}
		if (out.type === 'connector') out = freeBrokenEnds(out, lookup, note);
		return out;
	});
	return { shapes, dropped, repaired };
}
