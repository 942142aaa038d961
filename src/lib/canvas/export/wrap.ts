/**
 * Line breaking for exported text. SVG has no text layout of its own, so text is wrapped here, the
 * same way in the browser and on the server (no font metrics there): glyph widths are estimated per
 * character class, close enough for system sans-serif fonts. Works on code points, so an emoji or
 * a non-Latin letter is never cut in half.
 */
import { LINE_HEIGHT } from './palette';

// Average advance of a Latin glyph in a sans-serif font, in ems; narrow and wide classes below.
const AVERAGE = 0.55;
const NARROW = /[\s.,:;'!|ilI()[\]]/u;
// East Asian wide letters, emoji and symbols take about a full em.
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F000}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u;
const ELLIPSIS = '…';

/** Estimated width of a string in ems. */
export function estimateEm(value: string): number {
	let width = 0;
	for (const ch of value) width += WIDE.test(ch) ? 1 : NARROW.test(ch) ? 0.3 : AVERAGE;
	return width;
}

/** Width of a string in ems: the estimate below, or real font metrics where a browser can measure. */
export type MeasureEm = (value: string) => number;

export interface WrapOptions {
	/** Longest text drawn, in code points; longer text is cut with an ellipsis (an overview, not the record). */
	maxChars?: number;
	measure?: MeasureEm;
}

/** Cuts `value` to at most `max` code points, ending with an ellipsis when cut. */
export function clipText(value: string, max: number): string {
	const points = Array.from(value);
	return points.length > max ? `${points.slice(0, Math.max(0, max - 1)).join('')}${ELLIPSIS}` : value;
}

/**
 * Greedy word wrap into lines that fit `width` at type size `size`; a word longer than a line is cut.
 * Blank lines inside the text are kept. When the lines exceed `height`, the last line kept ends with
 * an ellipsis (pass Infinity for text that may run past its box).
 */
export function wrapText(value: string, width: number, height: number, size: number, options: WrapOptions = {}): string[] {
	const text = options.maxChars !== undefined ? clipText(value, options.maxChars) : value;
	const textWidthEm = options.measure ?? estimateEm;
	// At least four average glyphs per line, so a very narrow shape still shows something readable.
	const capacity = Math.max(4 * AVERAGE, width / size);
	const maxLines = Math.max(1, Math.floor(height / (size * LINE_HEIGHT)));
	const lines: string[] = [];
	for (const paragraph of text.split('\n')) {
		let line = '';
		for (const word of paragraph.split(/\s+/u).filter(Boolean)) {
			let rest = word;
			while (textWidthEm(rest) > capacity) {
				if (line) lines.push(line), (line = '');
				const [head, tail] = splitAt(rest, capacity, textWidthEm);
				lines.push(head);
				rest = tail;
			}
			if (!line) line = rest;
			else if (textWidthEm(`${line} ${rest}`) <= capacity) line += ` ${rest}`;
			else lines.push(line), (line = rest);
			if (lines.length > maxLines) break;
		}
		lines.push(line);
		if (lines.length > maxLines) break;
	}
	while (lines.length && lines[lines.length - 1] === '') lines.pop();
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	kept[maxLines - 1] = withEllipsis(kept[maxLines - 1] as string, capacity, textWidthEm);
	return kept;
}

/** The longest head of `word` (at least one code point) that fits `capacity`, and the rest. */
function splitAt(word: string, capacity: number, textWidthEm: MeasureEm): [string, string] {
	const points = Array.from(word);
	let width = 0;
	let n = 0;
	while (n < points.length && width + textWidthEm(points[n] as string) <= capacity) width += textWidthEm(points[n++] as string);
	n = Math.max(1, n);
	return [points.slice(0, n).join(''), points.slice(n).join('')];
}

function withEllipsis(line: string, capacity: number, textWidthEm: MeasureEm): string {
	const points = Array.from(line);
	while (points.length && textWidthEm(points.join('') + ELLIPSIS) > capacity) points.pop();
	return `${points.join('').trimEnd()}${ELLIPSIS}`;
}
