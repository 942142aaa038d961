/**
 * How text fills a box on the canvas, estimated from glyph widths rather than measured in the DOM:
 * it costs nothing per frame, runs the same in tests and templates, and every peer gets the same
 * size. The widths are on the wide side for the canvas's sans serif (Latin text averages about 0.5
 * of the type size), so a text that fits here does not wrap further on screen.
 */
import { LINE_HEIGHT } from '../../export/palette';

/** Average advance of a glyph as a share of the type size. */
const GLYPH_WIDTH = 0.56;
/** Advance used for a single word, which cannot wrap: a wide word must still fit on one line. */
export const WORD_GLYPH_WIDTH = 0.62;
/** Inner padding of a sticky note's text, per side (shape-body.svelte). */
export const NOTE_PADDING = 12;

/**
 * Height a text needs in a box `width` wide at `fontSize` with `padding` per side, wrapping at spaces
 * as the canvas does (a word longer than a line breaks anywhere: overflow-wrap: anywhere).
 */
export function textHeight(text: string, width: number, fontSize: number, padding: number): number {
	const perLine = Math.max(1, Math.floor((width - 2 * padding) / (fontSize * GLYPH_WIDTH)));
	let lines = 0;
	for (const paragraph of text.split('\n')) {
		let line = 0;
		lines++;
		for (const word of paragraph.split(' ')) {
			const length = word.length;
			if (line === 0) line = length;
			else if (line + 1 + length <= perLine) line += 1 + length;
			else {
				lines++;
				line = length;
			}
			while (line > perLine) {
				lines++;
				line -= perLine;
			}
		}
	}
	return lines * fontSize * LINE_HEIGHT + 2 * padding;
}

/** Characters of the text's longest word (hyphens break lines too). */
function longestWord(text: string): number {
	let longest = 0;
	for (const word of text.split(/[\s-]+/)) longest = Math.max(longest, word.length);
	return longest;
}

/**
 * Type size for a sticky note: the preset, or the largest size below it at which the text wraps
 * into the note and its longest word stays whole; never under `min` (then the text is clipped).
 */
export function fitFontSize(text: string, w: number, h: number, preferred: number, min = 10): number {
	const inner = w - 2 * NOTE_PADDING;
	const longest = longestWord(text);
	for (let size = Math.floor(preferred); size > min; size--) {
		if (longest * size * WORD_GLYPH_WIDTH <= inner && textHeight(text, w, size, NOTE_PADDING) <= h) return size;
	}
	return min;
}
