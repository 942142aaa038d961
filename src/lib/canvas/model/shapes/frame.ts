import { INK_COLORS, type InkColor } from '../colors';
import { oneOf, text } from '../fields';
import { MAX_NAME } from '../limits';
import { defineShape, type BaseShape } from '../shape-def';

/**
 * A named section of the board (e.g. "Empati – wawancara"). Its children point at it through their
 * `parentId`; moving the frame moves them. Frames never rotate, so a child's box stays axis-aligned
 * with its frame and containment tests stay simple.
 */
export interface FrameProps {
	name: string;
	color: InkColor;
}

export type FrameShape = BaseShape<'frame', FrameProps>;

export const frameShape = defineShape<'frame', FrameProps>({
	type: 'frame',
	props: {
		name: text(MAX_NAME),
		color: oneOf(INK_COLORS, 'grey')
	},
	textFields: ['name'],
	migrations: [],
	defaultSize: { w: 800, h: 600 },
	rotatable: false
});
