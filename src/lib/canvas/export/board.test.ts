import { describe, expect, it } from 'vitest';
import { parseCsv } from '../model/csv';
import { defaultFacilitation, type Facilitation } from '../model/state/facilitation';
import { make } from '../test-utils';
import { boardCsv, tallyVisible } from './board';
import { exportFileName } from './files';

const shapes = [
	make('frame', 'f1', { w: 800, h: 600, props: { name: 'Ideasi' } }, 'a0'),
	make('sticky', 'n1', { x: 20, y: 300, parentId: 'f1', props: { text: 'Antrean daring', color: 'blue' } }, 'a1'),
	make('sticky', 'n2', { x: 20, y: 40, parentId: 'f1', props: { text: '=HYPERLINK("http://x")', color: 'pink' } }, 'a2'),
	make('sticky', 'n3', { x: 2000, y: 0, props: { text: 'Di luar bingkai, "kutip"\nbaris dua' } }, 'a3'),
	make('rect', 'r1', { x: 40, y: 40, parentId: 'f1', props: { text: 'Bukan catatan' } }, 'a4')
];

function voting(open: boolean, revealed: boolean): Facilitation {
	return {
		...defaultFacilitation(),
		voting: { id: 'v1', open, budget: 3, multiplePerShape: true, anonymous: false, revealed, startedAt: 1 },
		// The server writes results only at the reveal.
		results: revealed ? { session: 'v1', voters: 2, tally: [{ shapeId: 'n1', count: 3 }, { shapeId: 'n3', count: 1 }] } : null
	};
}

const headers = ['Teks', 'Warna', 'Penulis', 'Bingkai', 'Suara'];

describe('CSV export', () => {
	it('has the five columns, author names, frames, votes, and a BOM for spreadsheets', () => {
		const csv = boardCsv(shapes, voting(false, true), { headers, authorName: (id) => (id === 'u1' ? 'Sari Wulandari' : '?') });
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(csv.indexOf('\uFEFF', 1)).toBe(-1);
		expect(parseCsv(csv)).toEqual([
			headers,
			['Di luar bingkai, "kutip"\nbaris dua', 'yellow', 'Sari Wulandari', '', '1'],
			["'=HYPERLINK(\"http://x\")", 'pink', 'Sari Wulandari', 'Ideasi', '0'],
			['Antrean daring', 'blue', 'Sari Wulandari', 'Ideasi', '3']
		]);
	});

	it('keeps only the notes of one frame and translates color names', () => {
		const csv = boardCsv(shapes, null, { scope: { kind: 'frame', frameId: 'f1' }, colorName: (c) => ({ blue: 'Biru', pink: '=Merah muda' })[c] ?? c });
		const rows = parseCsv(csv);
		expect(rows[0]).toEqual(['text', 'color', 'author', 'frame', 'votes']);
		expect(rows.slice(1).map((r) => [r[0], r[1]])).toEqual([
			["'=HYPERLINK(\"http://x\")", "'=Merah muda"],
			['Antrean daring', 'Biru']
		]);
	});

	it('leaves the votes column empty until the results are revealed', () => {
		expect(tallyVisible(voting(true, false))).toBe(false);
		expect(tallyVisible(voting(false, true))).toBe(true);
		expect(tallyVisible(voting(false, false))).toBe(false);
		expect(tallyVisible(null)).toBe(false);
		const rows = parseCsv(boardCsv(shapes, voting(true, false)));
		expect(rows.slice(1).map((r) => r[4])).toEqual(['', '', '']);
		expect(parseCsv(boardCsv(shapes, voting(false, true))).slice(1).map((r) => r[4])).toEqual(['1', '0', '3']);
	});
});

describe('exportFileName', () => {
	it('makes a safe ASCII name from the board and frame names', () => {
		expect(exportFileName('Ruang Rapat Édisi 2', null, 'svg')).toBe('ruang-rapat-edisi-2.svg');
		expect(exportFileName('Tim Melati', 'Peta Empati', 'png')).toBe('tim-melati-peta-empati.png');
		expect(exportFileName('../../etc/passwd', null, 'csv')).toBe('etc-passwd.csv');
		expect(exportFileName('😀', '', 'pdf')).toBe('papan.pdf');
	});
});
