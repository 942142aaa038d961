import { describe, expect, it } from 'vitest';
import { clipText, estimateEm, wrapText } from './wrap';

describe('wrapText', () => {
	it('wraps by words, keeps blank lines, and cuts words longer than a line', () => {
		expect(wrapText('satu dua tiga empat', 60, 200, 18)).toEqual(['satu', 'dua', 'tiga', 'empat']);
		expect(wrapText('baris satu\n\nbaris tiga', 400, 400, 18)).toEqual(['baris satu', '', 'baris tiga']);
		expect(wrapText('x'.repeat(30), 60, 200, 18)).toEqual(Array(5).fill('xxxxxx'));
	});

	it('ends an overflowing text with an ellipsis that fits the line', () => {
		const lines = wrapText('kata '.repeat(50), 100, 50, 18);
		expect(lines).toHaveLength(2);
		expect(lines[1]!.endsWith('…')).toBe(true);
		expect(estimateEm(lines[1]!)).toBeLessThanOrEqual(100 / 18);
		expect(wrapText('kata '.repeat(50), 100, Infinity, 18).length).toBe(25);
	});

	it('never splits an emoji or a surrogate pair', () => {
		const lines = wrapText('😀'.repeat(12), 60, 1000, 18);
		for (const line of lines) expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
		expect(lines.join('')).toBe('😀'.repeat(12));
		expect(clipText('ab😀cd', 3)).toBe('ab…');
		expect(clipText('ab😀', 3)).toBe('ab😀');
	});

	it('wraps by the metrics it is given', () => {
		// A font twice as wide as the estimate fits half as much per line.
		const wide = (v: string) => estimateEm(v) * 2;
		expect(wrapText('satu dua tiga', 200, 1000, 18)).toEqual(['satu dua tiga']);
		expect(wrapText('satu dua tiga', 200, 1000, 18, { measure: wide })).toEqual(['satu dua', 'tiga']);
	});

	it('does bounded work for huge text', () => {
		const started = performance.now();
		expect(wrapText('kata '.repeat(200_000), 200, 200, 18).length).toBeLessThanOrEqual(9);
		expect(performance.now() - started).toBeLessThan(1000);
	});
});
