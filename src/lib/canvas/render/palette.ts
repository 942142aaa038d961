/**
 * Screen colors for the model's color names (the model stores names, never hex, so themes and
 * print can map them). Sticky papers are pale so dark text stays readable (≥ 7:1 with --ink).
 */
import type { InkColor } from '../model';
import { EXPORT_INK, EXPORT_PAPER, FONT_SIZES } from '../export/palette';

// One table of colors and type sizes: the canvas's light theme is the export theme, so an export
// looks like the board (export/palette.ts holds them because server code may not import render code).
/** Sticky-note paper colors. */
export const STICKY_PAPER = EXPORT_PAPER;

/** Ink colors for strokes, outlines and text: dark enough for 4.5:1 on white paper. */
export const INK = EXPORT_INK;

/** Type size in world units per size preset. */
export { FONT_SIZES };

/** Translucent fill for the 'tint' style. */
export function tint(color: InkColor): string {
	return `color-mix(in srgb, ${INK[color]} 14%, transparent)`;
}

/** Presence colors for people on the board, assigned from the user id so they stay stable. */
export const PEER_COLORS = ['#d9480f', '#1971c2', '#2b8a3e', '#9c36b5', '#c2255c', '#0b7285', '#e67700', '#5f3dc4'] as const;

/** A stable presence color for a user id. */
export function peerColor(userId: string): string {
	let hash = 0;
	for (let i = 0; i < userId.length; i++) hash = (hash * 31 + userId.charCodeAt(i)) | 0;
	return PEER_COLORS[Math.abs(hash) % PEER_COLORS.length] as string;
}
