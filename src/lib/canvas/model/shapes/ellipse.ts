import { defineShape, type BaseShape } from '../shape-def';
import { outlineProps, type OutlineProps } from './outline-style';

/** An ellipse inscribed in the shape's box, with an optional label. */
export type EllipseProps = OutlineProps;

export type EllipseShape = BaseShape<'ellipse', EllipseProps>;

export const ellipseShape = defineShape<'ellipse', EllipseProps>({
	type: 'ellipse',
	props: outlineProps,
	textFields: ['text'],
	migrations: [],
	defaultSize: { w: 160, h: 160 },
	rotatable: true
});
