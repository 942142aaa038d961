/**
 * What every shape record has, and how a shape type is declared: one small file per type in
 * `shapes/` gives its props readers, defaults and append-only migrations side by side.
 */
import type { Field, RepairReason } from './fields';
import type { Migration } from './migrate';

/** The common record of every shape. Geometry is the unrotated box; `rotation` turns it about its centre. */
export interface BaseShape<T extends string = string, P extends object = object> {
	id: string;
	type: T;
	/** The type's schema version the record was written with (see `migrations`). */
	v: number;
	x: number;
	y: number;
	w: number;
	h: number;
	/** Radians in [0, 2π), clockwise on screen, about the box centre. */
	rotation: number;
	/** The frame that carries this shape, or null at the board root. */
	parentId: string | null;
	/** Fractional index key: z-order bottom to top (ties broken by id). */
	order: string;
	locked: boolean;
	/** User id of the creator ('' when unknown). */
	author: string;
	createdAt: number;
	updatedAt: number;
	props: P;
}

/** An untrusted record as migrations see it: any fields, props (if any) under `props`. */
export type RawShape = Record<string, unknown> & { props: Record<string, unknown> };


/** Keys of P whose values are strings: the fields kept as Y.Text for collaborative editing. */
export type TextKey<P> = { [K in keyof P]: P[K] extends string ? K : never }[keyof P] & string;

export type RepairNote = (field: string, reason: RepairReason) => void;

/** Declaration of a shape type. */
export interface ShapeDef<T extends string = string, P extends object = object> {
	readonly type: T;
	/** One reader per prop: validates, coerces or defaults it. */
	readonly props: { readonly [K in keyof P]: Field<P[K]> };
	/** Props edited as rich collaborative text (Y.Text in the document). */
	readonly textFields: readonly TextKey<P>[];
	/** Append-only: never edit or remove an entry once it has shipped; add a new version instead. */
	readonly migrations: readonly Migration<RawShape>[];
	readonly defaultSize: { readonly w: number; readonly h: number };
	/** Types that never rotate (frames, connectors) have rotation forced to 0. */
	readonly rotatable: boolean;
	/** Re-derives what follows from props (e.g. a pen's box from its points), noting only real changes. */
	readonly normalize?: (shape: BaseShape<T, P>, note: RepairNote) => BaseShape<T, P>;
}

/** Current schema version of a shape type: the number of its migrations. */
export function shapeVersion(def: { readonly migrations: readonly unknown[] }): number {
	return def.migrations.length;
}

/** Declares a shape type (identity, for inference). */
export function defineShape<T extends string, P extends object>(def: ShapeDef<T, P>): ShapeDef<T, P> {
	return def;
}
