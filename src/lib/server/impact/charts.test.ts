import { describe, expect, it } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import { chartSvgs } from './charts';

function parseSvg(text: string) {
	const errors: string[] = [];
	const doc = new DOMParser({ onError: (level, message) => void (level !== 'warning' && errors.push(message)) }).parseFromString(text, 'image/svg+xml');
	expect(errors).toEqual([]);
	return doc;
}

const texts = (svg: string) => Array.from(parseSvg(svg).getElementsByTagName('text')).map((t) => t.textContent);

describe('dashboard charts', () => {
	it('draws every row as a bar with its label and value, wide and narrow', () => {
		const rows = [
			{ label: 'Jawa Barat', value: 12 },
			{ label: 'Nusa Tenggara Timur', value: 3 }
		];
		const { wide, narrow } = chartSvgs(rows, 'bars');
		for (const svg of [wide, narrow]) {
			const doc = parseSvg(svg);
			expect(doc.documentElement?.nodeName).toBe('svg');
			expect(doc.getElementsByTagName('path').length).toBeGreaterThanOrEqual(2);
			expect(texts(svg)).toEqual(expect.arrayContaining(['Jawa Barat', '12', '3']));
		}
		expect(wide).toMatch(/width="500"/);
		expect(narrow).toMatch(/width="320"/);
		// A taller chart for more rows, so bars keep their thickness.
		const many = chartSvgs(Array.from({ length: 20 }, (_, i) => ({ label: `P${i}`, value: i })), 'bars');
		expect(Number(/height="(\d+)"/.exec(many.wide)![1])).toBeGreaterThan(Number(/height="(\d+)"/.exec(wide)![1]));
	});

	it('escapes hostile labels: names from the database stay text', () => {
		const { wide, narrow } = chartSvgs([{ label: '<script>alert(1)</script><img src=x onerror=alert(2)>', value: 1 }], 'bars');
		for (const svg of [wide, narrow]) {
			expect(svg).not.toContain('<script');
			expect(svg).not.toContain('<img');
			expect(parseSvg(svg).getElementsByTagName('script').length).toBe(0);
		}
	});

	it('draws years as columns in order', () => {
		const { wide } = chartSvgs(
			[
				{ label: '2024', value: 5 },
				{ label: '2025', value: 9 }
			],
			'columns'
		);
		const labels = texts(wide);
		expect(labels.indexOf('2024')).toBeLessThan(labels.indexOf('2025'));
		expect(labels).toEqual(expect.arrayContaining(['5', '9']));
	});
});
