import { describe, expect, it } from 'vitest';
import { FONT_SIZES } from '../../export/palette';
import { NOTE_PADDING, WORD_GLYPH_WIDTH, fitFontSize, textHeight } from './text-fit';

const NOTE = 200;

describe('sticky note text fit', () => {
	it('keeps the preset for a short text', () => {
		expect(fitFontSize('Antre lama', NOTE, NOTE, FONT_SIZES.l)).toBe(FONT_SIZES.l);
	});

	it('shrinks a long text until it wraps into the note (the demo board notes that spilled over)', () => {
		for (const text of [
			'Kode QR di loket dan rapor layanan bulanan di papan informasi kelurahan',
			'Warga tidak tahu ke mana menyampaikan keluhan layanan kelurahan',
			'Uji dua minggu: 164 penilaian, 81% warga puas'
		]) {
			const size = fitFontSize(text, NOTE, NOTE, FONT_SIZES.l);
			expect(size).toBeLessThan(FONT_SIZES.l);
			expect(textHeight(text, NOTE, size, NOTE_PADDING)).toBeLessThanOrEqual(NOTE);
			// The largest such size: one step up no longer fits.
			const bigger = size + 1;
			const longest = Math.max(...text.split(/[\s-]+/).map((w) => w.length));
			expect(textHeight(text, NOTE, bigger, NOTE_PADDING) > NOTE || longest * bigger * WORD_GLYPH_WIDTH > NOTE - 2 * NOTE_PADDING).toBe(true);
		}
	});

	it('keeps a long word whole rather than breaking it mid-word', () => {
		const size = fitFontSize('Pendampingan', NOTE, NOTE, FONT_SIZES.xl);
		expect('Pendampingan'.length * size * WORD_GLYPH_WIDTH).toBeLessThanOrEqual(NOTE - 2 * NOTE_PADDING);
	});

	it('never goes below the minimum, however much text there is', () => {
		expect(fitFontSize('kata '.repeat(2_000), NOTE, NOTE, FONT_SIZES.m)).toBe(10);
		expect(fitFontSize('x'.repeat(500), 40, 40, FONT_SIZES.m)).toBe(10);
	});

	it('counts wrapped lines and paragraphs', () => {
		// 176 px inside at 20 px: 15 glyphs a line.
		expect(textHeight('satu', NOTE, 20, NOTE_PADDING)).toBe(20 * 1.25 + 24);
		expect(textHeight('satu\ndua', NOTE, 20, NOTE_PADDING)).toBe(2 * 20 * 1.25 + 24);
		expect(textHeight('aaaa bbbb cccc dddd', NOTE, 20, NOTE_PADDING)).toBe(2 * 20 * 1.25 + 24);
	});
});
