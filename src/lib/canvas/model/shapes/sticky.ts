import { STICKY_COLORS, SIZES, ALIGNS, type StickyColor, type Size, type Align } from '../colors';
import { oneOf, text } from '../fields';
import { MAX_TEXT } from '../limits';
import { defineShape, type BaseShape } from '../shape-def';

/** A sticky note: the unit of ideation, voting and affinity mapping. */
export interface StickyProps {
	text: string;
	color: StickyColor;
	/** Type size preset; the renderer may shrink text to fit. */
	size: Size;
	align: Align;
}

export type StickyShape = BaseShape<'sticky', StickyProps>;

export const stickyShape = defineShape<'sticky', StickyProps>({
	type: 'sticky',
	props: {
		text: text(MAX_TEXT, { multiline: true }),
		color: oneOf(STICKY_COLORS, 'yellow'),
		size: oneOf(SIZES, 'm'),
		align: oneOf(ALIGNS, 'middle')
	},
	textFields: ['text'],
	migrations: [],
	defaultSize: { w: 200, h: 200 },
	rotatable: true
});
