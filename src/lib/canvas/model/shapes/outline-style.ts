import {
	INK_COLORS,
	FILLS,
	DASHES,
	SIZES,
	type InkColor,
	type Fill,
	type Dash,
	type Size
} from '../colors';
import { oneOf, text, type Field } from '../fields';
import { MAX_TEXT } from '../limits';

/** Style and label shared by the outlined geometric shapes (rectangle, ellipse). */
export interface OutlineProps {
	/** Label written inside the shape. */
	text: string;
	color: InkColor;
	fill: Fill;
	dash: Dash;
	/** Stroke weight and label size preset. */
	size: Size;
}

/** Readers for OutlineProps. */
export const outlineProps: { readonly [K in keyof OutlineProps]: Field<OutlineProps[K]> } = {
	text: text(MAX_TEXT, { multiline: true }),
	color: oneOf(INK_COLORS, 'ink'),
	fill: oneOf(FILLS, 'none'),
	dash: oneOf(DASHES, 'solid'),
	size: oneOf(SIZES, 'm')
};
