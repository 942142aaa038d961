import { defineShape, type BaseShape } from '../shape-def';
import { outlineProps, type OutlineProps } from './outline-style';

/** A rectangle with an optional label. */
export type RectProps = OutlineProps;

export type RectShape = BaseShape<'rect', RectProps>;

export const rectShape = defineShape<'rect', RectProps>({
	type: 'rect',
	props: outlineProps,
	textFields: ['text'],
	migrations: [],
	defaultSize: { w: 200, h: 120 },
	rotatable: true
});
