import { INK_COLORS, SIZES, ALIGNS, type InkColor, type Size, type Align } from '../colors';
import { oneOf, text } from '../fields';
import { MAX_TEXT } from '../limits';
import { defineShape, type BaseShape } from '../shape-def';

/** Free text on the board (headings, annotations). */
export interface TextProps {
	text: string;
	color: InkColor;
	size: Size;
	align: Align;
}

export type TextShape = BaseShape<'text', TextProps>;

export const textShape = defineShape<'text', TextProps>({
	type: 'text',
	props: {
		text: text(MAX_TEXT, { multiline: true }),
		color: oneOf(INK_COLORS, 'ink'),
		size: oneOf(SIZES, 'm'),
		align: oneOf(ALIGNS, 'start')
	},
	textFields: ['text'],
	migrations: [],
	defaultSize: { w: 240, h: 60 },
	rotatable: true
});
