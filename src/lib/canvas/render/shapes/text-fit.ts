/**
 * Type size that fits a note: start from the preset and shrink as the text grows, estimated from
 * the box area (a glyph takes about 0.6 × size² including line spacing). No DOM measuring, so it
 * costs nothing per frame and every peer gets the same size.
 */
export function fitFontSize(text: string, w: number, h: number, preferred: number, min = 10): number {
	const length = Math.max(1, text.length);
	const fits = Math.sqrt((Math.max(1, w - 24) * Math.max(1, h - 24)) / (length * 0.62));
	return Math.max(min, Math.min(preferred, Math.floor(fits)));
}
