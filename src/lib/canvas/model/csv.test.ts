import { describe, expect, it } from 'vitest';
import { escapeFormula, parseCsv, stickiesToCsv, toCsv } from './csv';
import { make } from '../test-utils';

describe('CSV', () => {
	it('quotes per RFC 4180 and parses back to the same rows', () => {
		const rows = [
			['plain', 'with,comma', 'with "quote"', 'multi\nline', 'crlf\r\nline', ''],
			['ümlaut', '😀', ' spaced ', ',', '"', '\n']
		];
		const text = toCsv(rows);
		expect(text.startsWith('\uFEFF')).toBe(true);
		expect(text).toContain('"with ""quote"""');
		expect(text.endsWith('\r\n')).toBe(true);
		expect(parseCsv(text)).toEqual(rows);
		expect(toCsv([['a', 'b']], { bom: false })).toBe('a,b\r\n');
	});

	it('neutralizes cells a spreadsheet would run as formulas', () => {
		for (const cell of ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tcmd']) {
			expect(escapeFormula(cell)).toBe(`'${cell}`);
		}
		expect(escapeFormula('Ide = bagus')).toBe('Ide = bagus');
	});

	it('exports sticky notes with color, author name, frame and votes, grouped by frame', () => {
		const frame = make('frame', 'f', { props: { name: 'Ideasi' } });
		const shapes = [
			frame,
			make('sticky', 'b', { x: 0, y: 300, parentId: 'f', props: { text: 'Kedua', color: 'pink' } }),
			make('sticky', 'a', { x: 0, y: 0, parentId: 'f', props: { text: '=1+1', color: 'blue' } }),
			make('sticky', 'z', { x: 0, y: 0, props: { text: 'Tanpa frame, "kutip"' } }),
			make('rect', 'r', { props: { text: 'not a note' } })
		];
		const csv = stickiesToCsv(shapes, {
			authorName: (id) => (id === 'u1' ? 'Sari' : id),
			votes: new Map([['a', 3]]),
			headers: ['Teks', 'Warna', 'Penulis', 'Bingkai', 'Suara']
		});
		expect(parseCsv(csv)).toEqual([
			['Teks', 'Warna', 'Penulis', 'Bingkai', 'Suara'],
			['Tanpa frame, "kutip"', 'yellow', 'Sari', '', '0'],
			["'=1+1", 'blue', 'Sari', 'Ideasi', '3'],
			['Kedua', 'pink', 'Sari', 'Ideasi', '0']
		]);
	});
});
