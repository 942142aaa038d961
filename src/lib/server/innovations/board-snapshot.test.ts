import { describe, expect, it } from 'vitest';
import { boardSnapshotView, wrapText } from './board-snapshot';

const base = { v: 0, rotation: 0, parentId: null, locked: false, author: 'u1', createdAt: 1, updatedAt: 1 };

describe('boardSnapshotView', () => {
	it('draws each shape type through the restore gate', () => {
		const view = boardSnapshotView([
			{ ...base, id: 'frame1', type: 'frame', x: 0, y: 0, w: 800, h: 500, order: 'a0', props: { name: 'Rumusan masalah', color: 'blue' } },
			{ ...base, id: 'note1', type: 'sticky', x: 40, y: 40, w: 200, h: 200, order: 'a1', parentId: 'frame1', props: { text: 'Bagaimana kita bisa memangkas antrean?', color: 'yellow', size: 'm', align: 'middle' } },
			{ ...base, id: 'rect1', type: 'rect', x: 300, y: 40, w: 200, h: 120, order: 'a2', props: { text: 'Purwarupa', color: 'green', fill: 'tint', dash: 'dashed', size: 'm' } },
			{ ...base, id: 'ell1', type: 'ellipse', x: 300, y: 200, w: 160, h: 160, order: 'a3', props: { text: '', color: 'red', fill: 'solid', dash: 'solid', size: 's' } },
			{ ...base, id: 'text1', type: 'text', x: 40, y: 300, w: 300, h: 40, order: 'a4', props: { text: 'Catatan uji coba', color: 'ink', size: 'l', align: 'start' } },
			{ ...base, id: 'pen1', type: 'pen', x: 500, y: 300, w: 10, h: 10, order: 'a5', props: { points: [0, 0, 20, 10, 40, 0], color: 'violet', size: 'm' } },
			{ ...base, id: 'line1', type: 'connector', x: 0, y: 0, w: 1, h: 1, order: 'a6', props: { start: { x: 240, y: 140, shapeId: 'note1', anchor: null }, end: { x: 300, y: 100, shapeId: 'rect1', anchor: null }, label: 'mengarah ke', color: 'ink', dash: 'solid', size: 'm', startArrow: 'none', endArrow: 'arrow', route: 'straight' } }
		]);
		expect(view).not.toBeNull();
		expect(view!.shapeCount).toBe(7);
		const kinds = view!.items.map((i) => i.kind);
		expect(kinds).toEqual(['rect', 'text', 'rect', 'rect', 'ellipse', 'text', 'path', 'path', 'path', 'text']);
		const frameLabel = view!.items[1];
		expect(frameLabel?.kind === 'text' && frameLabel.text.lines).toEqual(['Rumusan masalah']);
		const sticky = view!.items[2];
		expect(sticky?.kind === 'rect' && sticky.fill).toBe('#fff1a8');
		expect(sticky?.kind === 'rect' && sticky.text?.lines.join(' ')).toBe('Bagaimana kita bisa memangkas antrean?');
		expect(view!.viewBox[0]).toBeLessThan(0);
	});

	it('drops hostile records and keeps markup as plain text', () => {
		const view = boardSnapshotView({
			evil: { ...base, type: 'script', x: 0, y: 0, w: 10, h: 10, order: 'a0', props: {} },
			'bad id with spaces': { ...base, type: 'sticky', x: 0, y: 0, w: 10, h: 10, order: 'a0', props: {} },
			note: { ...base, type: 'sticky', x: Number.NaN, y: 1e12, w: 400, h: 'big', order: 42, props: { text: '<script>alert(1)</script><img src=x onerror=alert(2)>', color: 'javascript:alert(3)', size: 'huge' } },
			proto: JSON.parse('{"__proto__": {"polluted": true}, "type": "sticky", "x": 0, "y": 0, "w": 100, "h": 100, "props": {"text": "ok"}}')
		});
		expect(view).not.toBeNull();
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		const texts = view!.items.flatMap((i) => ('text' in i && i.text ? i.text.lines : []));
		expect(texts.join(' ')).toContain('<script>alert(1)</script>');
		for (const item of view!.items) {
			if (item.kind === 'rect') {
				expect(item.fill).toMatch(/^#[0-9a-f]{6}$/);
				expect(Number.isFinite(item.x) && Number.isFinite(item.y) && item.width > 0).toBe(true);
			}
		}
		expect(view!.shapeCount).toBe(2);
	});

	it('returns null for nothing worth drawing', () => {
		expect(boardSnapshotView(null)).toBeNull();
		expect(boardSnapshotView('not a board')).toBeNull();
		expect(boardSnapshotView([])).toBeNull();
	});
});

describe('wrapText', () => {
	it('wraps by words, cuts long tokens and ends an overflow with an ellipsis', () => {
		expect(wrapText('satu dua tiga empat', 60, 200, 18)).toEqual(['satu', 'dua', 'tiga', 'empat']);
		expect(wrapText('x'.repeat(30), 60, 200, 18)).toEqual(['xxxxxx', 'xxxxxx', 'xxxxxx', 'xxxxxx', 'xxxxxx']);
		const lines = wrapText('kata '.repeat(50), 100, 50, 18);
		expect(lines).toHaveLength(2);
		expect(lines[1]!.endsWith('…')).toBe(true);
	});
});
