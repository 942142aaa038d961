import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { restoreShapes } from '../model/restore';
import type { Shape } from '../model/schema';
import { make } from '../test-utils';
import { boardToSvg } from './board';
import { escapeXml, safeHref, sceneToSvg } from './svg';
import { buildScene } from './scene';

/** Parses strictly: any error of the XML parser fails the test (warnings such as a U+FFFD the gate wrote are fine). */
function parseSvg(svg: string): Document {
	const parser = new DOMParser({
		onError: (level, message) => {
			if (level !== 'warning') throw new Error(`XML ${level}: ${message}`);
		}
	});
	const doc = parser.parseFromString(svg, 'image/svg+xml');
	expect(doc.documentElement?.nodeName).toBe('svg');
	return doc;
}

function all(doc: Document, tag: string): Element[] {
	return Array.from(doc.getElementsByTagName(tag));
}

/** The text of each <text> element, its wrapped lines joined by spaces. */
function texts(doc: Document): string[] {
	return all(doc, 'text').map((t) => Array.from(t.getElementsByTagName('tspan')).map((s) => s.textContent ?? '').join(' '));
}

const HOSTILE = [
	'<script>alert(1)</script>',
	'"><svg onload=alert(2)>',
	"' onmouseover='alert(3)",
	']]><!-- <![CDATA[ x ]]>',
	'&amp; &lt; &#x3C; &unknown;',
	'<?xml-stylesheet href="x"?>',
	'\u0000\u0008\u000B\uFFFE\uFFFF bad \uD800 chars',
	'<foreignObject><iframe src="javascript:alert(4)"/></foreignObject>'
].join('\n');

function board(): Shape[] {
	return [
		make('frame', 'f1', { x: 0, y: 0, w: 600, h: 400, props: { name: 'Empati <b>' } }, 'a0'),
		make('sticky', 's1', { x: 40, y: 60, parentId: 'f1', props: { text: 'Catatan di dalam' } }, 'a1'),
		make('rect', 'r1', { x: 300, y: 60, w: 200, h: 100, parentId: 'f1', props: { text: 'Kotak di dalam', dash: 'dashed', fill: 'tint' } }, 'a2'),
		make('sticky', 'out', { x: 900, y: 60, props: { text: 'Catatan di luar' } }, 'a3'),
		make('ellipse', 'e1', { x: 900, y: 400, w: 200, h: 120, props: { text: 'Elips di luar', fill: 'solid' } }, 'a4'),
		make('text', 't1', { x: 0, y: -120, w: 400, h: 60, props: { text: 'Judul papan', size: 'xl' } }, 'a5'),
		make('pen', 'p1', { x: 700, y: 700, props: { points: [0, 0, 30, 40, 60, 10] } }, 'a6'),
		make('image', 'i1', { x: 1200, y: 0, w: 300, h: 200, props: { assetId: 'up_1', alt: 'Foto antrean', naturalW: 300, naturalH: 200 } }, 'a7'),
		make(
			'connector',
			'c1',
			{ props: { start: { x: 0, y: 0, shapeId: 's1', anchor: null }, end: { x: 0, y: 0, shapeId: 'r1', anchor: null }, label: 'mengarah', startArrow: 'arrow' } },
			'a8'
		),
		make('connector', 'c2', { props: { start: { x: 0, y: 0, shapeId: 's1', anchor: null }, end: { x: 0, y: 0, shapeId: 'out', anchor: null } } }, 'a9')
	];
}

describe('SVG export', () => {
	it('is a well-formed SVG document drawing every shape type', () => {
		const svg = boardToSvg(board(), { kind: 'board' }, { title: 'Papan Tim Melati', imageHref: (id) => `/berkas/${id}` });
		const doc = parseSvg(svg);
		const root = doc.documentElement!;
		expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
		expect(root.getAttribute('viewBox')?.split(' ').map(Number).every(Number.isFinite)).toBe(true);
		expect(all(doc, 'title')[0]?.textContent).toBe('Papan Tim Melati');
		expect(texts(doc)).toEqual(
			expect.arrayContaining(['Empati <b>', 'Catatan di dalam', 'Kotak di dalam', 'Catatan di luar', 'Elips di luar', 'Judul papan', 'mengarah'])
		);
		expect(all(doc, 'ellipse')).toHaveLength(1);
		expect(all(doc, 'image')[0]?.getAttribute('href')).toBe('/berkas/up_1');
		expect(all(doc, 'image')[0]?.getAttribute('aria-label')).toBe('Foto antrean');
		// Pen stroke, two connector lines, two end arrowheads and one start arrowhead.
		expect(all(doc, 'path')).toHaveLength(1 + 2 + 2 + 1);
		expect(all(doc, 'rect').some((r) => r.getAttribute('stroke-dasharray'))).toBe(true);
	});

	it('escapes hostile text everywhere it can appear', () => {
		const shapes = [
			make('frame', 'f1', { w: 900, h: 900, props: { name: HOSTILE } }),
			make('sticky', 's1', { x: 20, y: 40, parentId: 'f1', props: { text: HOSTILE } }),
			make('text', 't1', { x: 300, y: 40, w: 500, props: { text: HOSTILE } }),
			make('connector', 'c1', { props: { start: { x: 0, y: 0, shapeId: null, anchor: null }, end: { x: 500, y: 500, shapeId: null, anchor: null }, label: HOSTILE } }),
			make('image', 'i1', { x: 0, y: 1000, props: { assetId: 'up_2', alt: HOSTILE } })
		];
		const svg = boardToSvg(shapes, { kind: 'board' }, { title: HOSTILE, imageHref: () => 'javascript:alert(5)' });
		const doc = parseSvg(svg);
		expect(all(doc, 'script')).toHaveLength(0);
		expect(all(doc, 'foreignObject')).toHaveLength(0);
		expect(all(doc, 'iframe')).toHaveLength(0);
		expect(all(doc, 'image')).toHaveLength(0);
		// Hostile markup exists only as escaped text, never as markup.
		expect(svg).not.toMatch(/<script|<iframe|<foreignObject|<!\[CDATA\[|<!--|<\?xml-stylesheet/i);
		// Every element and attribute is one the exporter writes itself.
		const elements = new Set(['svg', 'title', 'defs', 'filter', 'feDropShadow', 'rect', 'g', 'text', 'tspan', 'path', 'ellipse', 'image']);
		const walk = (el: Element) => {
			expect(elements.has(el.nodeName)).toBe(true);
			for (const a of Array.from(el.attributes)) {
				expect(a.name).not.toMatch(/^on/i);
				// Only accessible names carry board text; no other attribute may hold a script URL.
				if (a.name !== 'aria-label') expect(a.value).not.toMatch(/javascript:/i);
			}
			for (const child of Array.from(el.childNodes)) if (child.nodeType === 1) walk(child as Element);
		};
		walk(doc.documentElement!);
		// The text survives as text.
		expect(texts(doc).join('\n')).toContain('<script>alert(1)</script>');
		expect(all(doc, 'title')[0]?.textContent).toContain('"><svg onload=alert(2)>');
	});

	it('exports one frame with only what it carries', () => {
		const svg = boardToSvg(board(), { kind: 'frame', frameId: 'f1' });
		const doc = parseSvg(svg);
		const drawn = texts(doc);
		expect(drawn).toEqual(expect.arrayContaining(['Empati <b>', 'Catatan di dalam', 'Kotak di dalam', 'mengarah']));
		for (const outside of ['Catatan di luar', 'Elips di luar', 'Judul papan']) expect(drawn).not.toContain(outside);
		expect(all(doc, 'ellipse')).toHaveLength(0);
		expect(all(doc, 'image')).toHaveLength(0);
		// The frame's own connector (line and two arrowheads), not the one leaving the frame, nor the pen.
		expect(all(doc, 'path')).toHaveLength(3);
		const [x, y, w, h] = doc.documentElement!.getAttribute('viewBox')!.split(' ').map(Number);
		expect([x, y, w, h]).toEqual([-40, -72, 680, 512]);
	});

	it('includes nested frames and their contents in a frame export', () => {
		const shapes = [
			make('frame', 'outer', { w: 1000, h: 1000, props: { name: 'Luar' } }, 'a0'),
			make('frame', 'inner', { x: 100, y: 100, w: 400, h: 400, parentId: 'outer', props: { name: 'Dalam' } }, 'a1'),
			make('sticky', 'deep', { x: 150, y: 150, parentId: 'inner', props: { text: 'Paling dalam' } }, 'a2'),
			make('frame', 'other', { x: 2000, w: 300, h: 300, props: { name: 'Lain' } }, 'a3')
		];
		expect(texts(parseSvg(boardToSvg(shapes, { kind: 'frame', frameId: 'outer' })))).toEqual(['Luar', 'Dalam', 'Paling dalam']);
		expect(texts(parseSvg(boardToSvg(shapes, { kind: 'frame', frameId: 'inner' })))).toEqual(['Dalam', 'Paling dalam']);
	});

	it('draws frames below their contents whatever their order keys', () => {
		const shapes = [make('sticky', 's', { x: 10, y: 40, parentId: 'f', props: { text: 'Di atas' } }, 'a0'), make('frame', 'f', { props: { name: 'Bingkai' } }, 'a5')];
		const scene = buildScene(shapes)!;
		expect(scene.items.map((i) => i.kind)).toEqual(['rect', 'text', 'rect']);
	});

	it('renders records from untrusted storage only through the restore gate', () => {
		const { shapes } = restoreShapes({
			ok: { type: 'sticky', x: 0, y: 0, w: 100, h: 100, order: 'a0', props: { text: 'ok' } },
			nan: { type: 'rect', x: Number.NaN, y: Infinity, w: -5, h: 'x', order: 'a1', props: { color: 'url(#evil)', fill: 'solid' } },
			weird: { type: 'iframe', x: 0, y: 0 }
		});
		const svg = boardToSvg(shapes, { kind: 'board' });
		const doc = parseSvg(svg);
		expect(svg).not.toMatch(/NaN|Infinity|url\(#evil\)/);
		expect(all(doc, 'rect').length).toBeGreaterThanOrEqual(3);
	});

	it('still writes a valid document for an empty board or a missing frame', () => {
		parseSvg(boardToSvg([], { kind: 'board' }));
		expect(texts(parseSvg(boardToSvg(board(), { kind: 'frame', frameId: 's1' })))).toEqual([]);
	});

	it('scales the pixel size, not the drawing', () => {
		const scene = buildScene([make('sticky', 's', { props: { text: 'x' } })])!;
		const root = parseSvg(sceneToSvg(scene, { scale: 2 })).documentElement!;
		expect(Number(root.getAttribute('width'))).toBe(scene.viewBox[2] * 2);
		expect(root.getAttribute('viewBox')).toBe(scene.viewBox.join(' '));
	});
});

describe('escapeXml and safeHref', () => {
	it('escapes markup and drops characters XML cannot carry, keeping emoji', () => {
		expect(escapeXml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
		expect(escapeXml('a\u0000b\uFFFEc\uD800d\u0009😀')).toBe('abcd\t😀');
	});

	it('allows only web, same-site and inline raster image URLs', () => {
		expect(safeHref('/berkas/up_1')).toBe('/berkas/up_1');
		expect(safeHref('https://contoh.go.id/a.png')).toBe('https://contoh.go.id/a.png');
		expect(safeHref('data:image/png;base64,iVBORw0KGgo=')).toBe('data:image/png;base64,iVBORw0KGgo=');
		for (const bad of ['javascript:alert(1)', '//evil.example/x.png', 'data:image/svg+xml;base64,PHN2Zz4=', 'data:text/html,<b>', '/\\evil', 'file:///etc/passwd']) {
			expect(safeHref(bad)).toBeNull();
		}
	});
});
