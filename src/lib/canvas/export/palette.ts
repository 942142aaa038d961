/**
 * The light, printable theme of exported boards: the model's color names (never hex in records)
 * resolved to fixed values, and the type and stroke sizes of each size preset. Exports and public
 * snapshots look the same whatever theme the exporting person uses on screen.
 */
import type { InkColor, Size, StickyColor } from '../model/colors';
import { STROKE_WIDTHS } from '../model/geometry';

/** Ink colors for outlines, strokes and text on the white page. */
export const EXPORT_INK: Readonly<Record<InkColor, string>> = {
	ink: '#1f2933',
	grey: '#7b8794',
	red: '#d64545',
	orange: '#e8730c',
	yellow: '#c99a06',
	green: '#2f8a4b',
	teal: '#0f8a8a',
	blue: '#2563c9',
	violet: '#7048c4',
	pink: '#c23c87'
};

/** Sticky-note paper: pale tones under dark text (contrast ≥ 7:1 with EXPORT_TEXT). */
export const EXPORT_PAPER: Readonly<Record<StickyColor, string>> = {
	yellow: '#fff1a8',
	orange: '#ffd8a8',
	pink: '#ffc9de',
	red: '#ffc2c2',
	violet: '#e2d4ff',
	blue: '#cfe2ff',
	teal: '#c3f0ea',
	green: '#d3f5cf',
	grey: '#e4e7eb',
	white: '#ffffff'
};

/** Translucent tint of an ink color (the `tint` fill): the ink at 13 % opacity. */
export function tintOf(color: InkColor): string {
	return `${EXPORT_INK[color]}22`;
}

/** Text on sticky notes and placeholders. */
export const EXPORT_TEXT = '#1f2933';
export const EXPORT_MUTED = '#52606d';
export const EXPORT_PAGE = '#ffffff';
export const EXPORT_FRAME_FILL = '#f8fafc';
export const EXPORT_PLACEHOLDER = { fill: '#e4e7eb', stroke: '#9aa5b1' } as const;

/** Type size in world units per size preset. */
export const FONT_SIZES: Readonly<Record<Size, number>> = { s: 14, m: 18, l: 24, xl: 32 };

/** Line height as a multiple of the type size. */
export const LINE_HEIGHT = 1.25;

/** Stroke widths: the model's, which the canvas draws with too. */
export const EXPORT_STROKES: Readonly<Record<Size, number>> = STROKE_WIDTHS;

/** Dash patterns per stroke width (none for solid). */
export function dashArray(dash: 'solid' | 'dashed' | 'dotted', width: number): string | undefined {
	if (dash === 'dashed') return `${round(width * 4)} ${round(width * 3)}`;
	if (dash === 'dotted') return `${round(width * 0.01)} ${round(width * 2.5)}`;
	return undefined;
}

/** The font stack of exported text: system fonts, since an SVG file cannot count on web fonts. */
export const EXPORT_FONT = "Inter, 'Segoe UI', system-ui, -apple-system, 'Noto Sans', sans-serif";

function round(value: number): number {
	return Math.round(value * 100) / 100;
}
