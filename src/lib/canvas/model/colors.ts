/**
 * Colors are names, never hex: themes (light, dark, high contrast, print) map each name to their
 * own values, and the UI translates the names for labels.
 */

/** Ink colors for strokes, text and outlines. */
export const INK_COLORS = [
	'ink',
	'grey',
	'red',
	'orange',
	'yellow',
	'green',
	'teal',
	'blue',
	'violet',
	'pink'
] as const;
export type InkColor = (typeof INK_COLORS)[number];

/** Sticky-note paper colors: pale tones that keep dark text readable. */
export const STICKY_COLORS = [
	'yellow',
	'orange',
	'pink',
	'red',
	'violet',
	'blue',
	'teal',
	'green',
	'grey',
	'white'
] as const;
export type StickyColor = (typeof STICKY_COLORS)[number];

/** Shape fill: none, a translucent tint of the ink color, or solid. */
export const FILLS = ['none', 'tint', 'solid'] as const;
export type Fill = (typeof FILLS)[number];

/** Outline dash style. */
export const DASHES = ['solid', 'dashed', 'dotted'] as const;
export type Dash = (typeof DASHES)[number];

/** Stroke weight and type size presets; the renderer maps them to pixels. */
export const SIZES = ['s', 'm', 'l', 'xl'] as const;
export type Size = (typeof SIZES)[number];

/** Horizontal text alignment. */
export const ALIGNS = ['start', 'middle', 'end'] as const;
export type Align = (typeof ALIGNS)[number];
