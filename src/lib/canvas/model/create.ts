import { SHAPE_DEFS, type PropsOf, type ShapeOf, type ShapeType } from './schema';
import { createId } from './ids';
import { FALLBACK_ORDER, restoreShape } from './restore';
import { readFields, type Field } from './fields';

/** Who creates a shape, when, and where it goes in z-order. */
export interface NewShapeContext {
	author: string;
	now: number;
	order: string;
	id?: string;
}

/** Initial values for a new shape: any base field, and any subset of props. */
export type ShapeInit<T extends ShapeType> = Partial<
	Pick<ShapeOf<T>, 'x' | 'y' | 'w' | 'h' | 'rotation' | 'parentId' | 'locked'>
> & { props?: Partial<PropsOf<T>> };

/** The default props of a shape type. */
export function defaultProps<T extends ShapeType>(type: T): PropsOf<T> {
	const spec = SHAPE_DEFS[type].props as Record<string, Field<unknown>>;
	return readFields(spec, {}, () => {}) as unknown as PropsOf<T>;
}

/**
 * The value every stored field of a type takes when absent: base fields and props alike (the
 * document omits these to stay small; see sync/shape-codec).
 */
export function storedDefaults(type: ShapeType): Readonly<Record<string, unknown>> {
	let defaults = defaultsCache.get(type);
	if (!defaults) {
		const def = SHAPE_DEFS[type];
		defaults = Object.freeze({
			x: 0,
			y: 0,
			w: def.defaultSize.w,
			h: def.defaultSize.h,
			rotation: 0,
			parentId: null,
			order: FALLBACK_ORDER,
			locked: false,
			author: '',
			createdAt: 0,
			updatedAt: 0,
			...(defaultProps(type) as object)
		});
		defaultsCache.set(type, defaults);
	}
	return defaults;
}

const defaultsCache = new Map<ShapeType, Readonly<Record<string, unknown>>>();

/**
 * A new, valid shape record. It is built through the restore gate, so creation obeys exactly the
 * caps and derivations that reading does (e.g. a pen's box is computed from its points).
 */
export function createShape<T extends ShapeType>(
	type: T,
	init: ShapeInit<T>,
	context: NewShapeContext
): ShapeOf<T> {
	const def = SHAPE_DEFS[type];
	const raw = {
		w: def.defaultSize.w,
		h: def.defaultSize.h,
		x: 0,
		y: 0,
		rotation: 0,
		parentId: null,
		locked: false,
		...init,
		id: context.id ?? createId(),
		type,
		v: def.migrations.length,
		order: context.order,
		author: context.author,
		createdAt: context.now,
		updatedAt: context.now,
		props: { ...(defaultProps(type) as object), ...(init.props as object | undefined) }
	};
	const result = restoreShape(raw);
	if (!result.ok) throw new Error(`createShape(${type}): ${result.dropped.reason}`);
	return result.shape as ShapeOf<T>;
}
