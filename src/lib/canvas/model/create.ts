import { BOARD_SHAPES, SHAPE_DEFS, type PropsOf, type ShapeOf, type ShapeType } from './schema';
import { createId } from './ids';
import { restoreShape } from './restore';
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
	const result = restoreShape(raw, undefined, BOARD_SHAPES);
	if (!result.ok) throw new Error(`createShape(${type}): ${result.dropped.reason}`);
	return result.shape as ShapeOf<T>;
}
