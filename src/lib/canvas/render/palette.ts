/**
 * Screen colors for the model's color names (the model stores names, never hex, so themes and
 * print can map them). Sticky papers are pale so dark text stays readable (≥ 7:1 with --ink).
 */
import type { InkColor, Size, StickyColor } from '../model';

/** Sticky-note paper colors. */
export const STICKY_PAPER: Readonly<Record<StickyColor, string>> = {
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

/** Ink colors for strokes, outlines and text: dark enough for 4.5:1 on white paper. */
export const INK: Readonly<Record<InkColor, string>> = {
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

/** Translucent fill for the 'tint' style. */
export function tint(color: InkColor): string {
	return `color-mix(in srgb, ${INK[color]} 14%, transparent)`;
}

/** Type size in world units per size preset. */
export const FONT_SIZES: Readonly<Record<Size, number>> = { s: 16, m: 22, l: 32, xl: 48 };

/** Presence colors for people on the board, assigned from the user id so they stay stable. */
export const PEER_COLORS = ['#d9480f', '#1971c2', '#2b8a3e', '#9c36b5', '#c2255c', '#0b7285', '#e67700', '#5f3dc4'] as const;

/** A stable presence color for a user id. */
export function peerColor(userId: string): string {
	let hash = 0;
	for (let i = 0; i < userId.length; i++) hash = (hash * 31 + userId.charCodeAt(i)) | 0;
	return PEER_COLORS[Math.abs(hash) % PEER_COLORS.length] as string;
}
