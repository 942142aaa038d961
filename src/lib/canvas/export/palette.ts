/**
 * The light, printable theme of exported boards: the model's color names (never hex in records)
 * resolved to fixed values, and the type and stroke sizes of each size preset. Exports and public
 * snapshots look the same whatever theme the exporting person uses on screen. The canvas's light theme
 * (render/palette.ts) reads the same tables, so an export looks like the board; they live here
 * because server code (public snapshots) must not import render code.
 */
import type { InkColor, Size, StickyColor } from '../model/colors';
import { STROKE_WIDTHS } from '../model/geometry';

/** Ink colors for outlines, strokes and text on the white page. */
export const EXPORT_INK: Readonly<Record<InkColor, string>> = {
	ink: '#2b1f1a',
	grey: '#6b625c',
	red: '#c62f28',
	orange: '#c2570c',
	yellow: '#a16b00',
	green: '#2f7d32',
	teal: '#0f766e',
	blue: '#1d5fd1',
	violet: '#6d3fc9',
	pink: '#c22a7a'
};

/** Sticky-note paper: pale tones under dark text (contrast ≥ 7:1 with EXPORT_TEXT). */
export const EXPORT_PAPER: Readonly<Record<StickyColor, string>> = {
	yellow: '#fff1a8',
	orange: '#ffd8a8',
	pink: '#ffd1e3',
	red: '#ffc9c2',
	violet: '#e3d5ff',
	blue: '#cfe3ff',
	teal: '#c3ede6',
	green: '#d3f0c2',
	grey: '#e4e1dd',
	white: '#ffffff'
};

/** Translucent tint of an ink color (the `tint` fill): the ink at 14 % opacity, as an 8-digit hex every SVG viewer reads. */
export function tintOf(color: InkColor): string {
	return `${EXPORT_INK[color]}24`;
}

/** Text on sticky notes and placeholders. */
export const EXPORT_TEXT = '#2b1f1a';
export const EXPORT_MUTED = '#6b625c';
export const EXPORT_PAGE = '#ffffff';
export const EXPORT_FRAME_FILL = '#f8fafc';
export const EXPORT_PLACEHOLDER = { fill: '#eeeae6', stroke: '#9c8b7e' } as const;

/** Height above a frame where its title sits, as on the canvas. */
export const FRAME_TITLE_SPACE = 32;

/** Type size in world units per size preset. */
export const FONT_SIZES: Readonly<Record<Size, number>> = { s: 16, m: 22, l: 32, xl: 48 };

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
