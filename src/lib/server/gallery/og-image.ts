/**
 * Share images (1200×630, the Open Graph size): an SVG composed here from the published entry's
 * title, agency, province and stage, rasterized to PNG by sharp. Text is XML-escaped and wrapped
 * by word; no external fonts or images are fetched.
 */
import sharp from 'sharp';
import { xmlEscape } from './open-data';

export interface ShareCard {
	title: string;
	agency: string;
	province: string;
	stage: string;
	siteName: string;
}

/** Breaks text into at most `maxLines` lines of about `perLine` characters, ending with … when cut. */
export function wrapText(text: string, perLine: number, maxLines: number): string[] {
	const lines: string[] = [];
	let current = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const piece = word.length > perLine ? `${word.slice(0, perLine - 1)}…` : word;
		if (current && `${current} ${piece}`.length > perLine) {
			lines.push(current);
			current = piece;
		} else current = current ? `${current} ${piece}` : piece;
	}
	if (current) lines.push(current);
	if (lines.length > maxLines) {
		const kept = lines.slice(0, maxLines);
		kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/\s*\S*$/, '')}…`;
		return kept;
	}
	return lines;
}

/** The share card as SVG markup. */
export function shareCardSvg(card: ShareCard): string {
	const titleLines = wrapText(card.title, 28, 3);
	const titleSize = titleLines.length > 2 ? 60 : 68;
	const title = titleLines
		.map((line, i) => `<text x="80" y="${210 + i * (titleSize + 12)}" font-size="${titleSize}" font-weight="800" fill="#2b1f1a">${xmlEscape(line)}</text>`)
		.join('');
	const where = [card.agency, card.province].filter(Boolean).join(' · ');
	return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="#fbf7f1"/>
  <rect x="0" y="0" width="24" height="630" fill="#b4451f"/>
  <circle cx="1090" cy="110" r="150" fill="#fdf0d5"/>
  <g font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif">
    <rect x="80" y="80" rx="22" width="${Math.min(900, 40 + card.stage.length * 17)}" height="44" fill="#fbe9df"/>
    <text x="100" y="110" font-size="26" font-weight="700" fill="#8f3415">${xmlEscape(card.stage)}</text>
    ${title}
    <text x="80" y="520" font-size="30" fill="#4a3c34">${xmlEscape(wrapText(where, 60, 1)[0] ?? '')}</text>
    <text x="80" y="575" font-size="28" font-weight="700" fill="#b4451f">${xmlEscape(card.siteName)}</text>
  </g>
</svg>`;
}

/** Renders the share card to PNG bytes. */
export async function renderShareImage(card: ShareCard): Promise<Buffer> {
	return sharp(Buffer.from(shareCardSvg(card))).png({ compressionLevel: 9 }).toBuffer();
}
