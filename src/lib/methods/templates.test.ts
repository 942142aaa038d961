import { describe, expect, it } from 'vitest';
import { boxContains, boxesIntersect, boxUnion, restoreShapes, shapeBounds, zoomToFit, MAX_NAME, MAX_TEXT, type Shape } from '../canvas/model';
import { FONT_SIZES } from '../canvas/export/palette';
// The canvas's own measure of how far a note's text shrinks; pure TypeScript, no DOM.
import { fitFontSize } from '../canvas/render/shapes/text-fit';
import { STAGES } from '../stages';
import { METHODS } from './index';
import { NOTE_PADDING, TEMPLATE_LAYOUT, textHeight } from './template';
import { METHOD_LOCALES } from './types';

/** The board editor's canvas on a 1366 × 768 laptop (below the 52 px top bar), as zoom-to-fit sees it. */
const LAPTOP = { width: 1366, height: 716 };
/** Smallest type, in screen pixels, that still reads at the zoom that fits a whole template on the laptop. */
const MIN_READABLE_PX = 9;
/** A frame's title is drawn at 14 screen pixels, semibold, whatever the zoom, and cut with "…" past the frame's width. */
const FRAME_TITLE_PX = 14;
/**
 * Width of a frame title in screen pixels. Advances as a share of the type size, fitted to titles
 * measured on the canvas's semibold sans (Indonesian runs wider than English through its m's and
 * a's; one average per glyph misjudged them by 15 %).
 */
function titleWidth(name: string): number {
	let em = 0;
	for (const c of name) em += /[iljtfr.,:;!|'()\- I]/.test(c) ? 0.3 : /[mwMW]/.test(c) ? 1.1 : 0.74;
	return em * FRAME_TITLE_PX;
}
/** Advance of a glyph in one long word (Indonesian affixes bring wide m's and n's), as a share of the type size. */
const WORD_GLYPH_WIDTH = 0.62;

function sequentialIds(): () => string {
	let n = 0;
	return () => `t${String(++n).padStart(4, '0')}`;
}

const context = (locale: 'id' | 'en') => ({ locale, author: 'u1', now: 1_790_000_000_000, newId: sequentialIds() });

describe.each(METHODS.map((m) => [m.id, m] as const))('template %s', (_id, method) => {
	it.each(METHOD_LOCALES)('passes the restore gate unchanged (%s)', (locale) => {
		const records = method.template(context(locale));
		const restored = restoreShapes(records);
		expect(restored.dropped).toEqual([]);
		expect(restored.repaired).toEqual([]);
		expect(restored.shapes).toEqual(records);
	});

	it('has at least two frames, none overlapping, each holding its children', () => {
		const records = method.template(context('id'));
		const frames = records.filter((r) => r.type === 'frame');
		expect(frames.length).toBeGreaterThanOrEqual(2);
		for (let i = 0; i < frames.length; i++) {
			for (let j = i + 1; j < frames.length; j++) {
				expect(boxesIntersect(frames[i]!, frames[j]!), `${frames[i]!.props.name} / ${frames[j]!.props.name}`).toBe(false);
			}
		}
		const byId = new Map(records.map((r) => [r.id, r]));
		for (const child of records.filter((r) => r.parentId !== null)) {
			const parent = byId.get(child.parentId!) as Shape;
			expect(parent.type).toBe('frame');
			expect(boxContains(parent, child), `${child.type} outside ${parent.id}`).toBe(true);
			// Children never overlap each other inside a frame (notes stay readable).
			for (const sibling of records.filter((r) => r.parentId === child.parentId && r.id < child.id)) {
				expect(boxesIntersect(sibling, child), `${sibling.id} overlaps ${child.id}`).toBe(false);
			}
		}
		// Top-level texts (heading, instructions) stay clear of every frame.
		for (const shape of records.filter((r) => r.parentId === null && r.type !== 'frame')) {
			for (const frame of frames) expect(boxesIntersect(shape, frame)).toBe(false);
		}
	});

	it('lines its frames up on one grid, with the same gap between neighbours in every template', () => {
		const frames = method.template(context('id')).filter((r) => r.type === 'frame');
		const gap = TEMPLATE_LAYOUT.frameGap;
		const left = Math.min(...frames.map((f) => f.x));
		const right = Math.max(...frames.map((f) => f.x + f.w));
		const top = Math.min(...frames.map((f) => f.y));
		const bottom = Math.max(...frames.map((f) => f.y + f.h));
		const besideRows = (a: Shape, b: Shape) => a.y < b.y + b.h && b.y < a.y + a.h;
		const besideColumns = (a: Shape, b: Shape) => a.x < b.x + b.w && b.x < a.x + a.w;
		for (const f of frames) {
			const name = f.props.name;
			// Every edge is on the template's outline or one gap away from a neighbour's edge.
			expect(f.x === left || frames.some((o) => besideRows(f, o) && o.x + o.w + gap === f.x), `${name}: left edge`).toBe(true);
			expect(f.x + f.w === right || frames.some((o) => besideRows(f, o) && o.x === f.x + f.w + gap), `${name}: right edge`).toBe(true);
			expect(f.y === top || frames.some((o) => besideColumns(f, o) && o.y + o.h + gap === f.y), `${name}: top edge`).toBe(true);
			expect(f.y + f.h === bottom || frames.some((o) => besideColumns(f, o) && o.y === f.y + f.h + gap), `${name}: bottom edge`).toBe(true);
		}
	});

	it.each(METHOD_LOCALES)('keeps every text inside its box and readable when zoomed to fit a laptop screen (%s)', (locale) => {
		const records = method.template(context(locale));
		const { zoom } = zoomToFit(boxUnion(records.map((r) => shapeBounds(r))), LAPTOP, { padding: 64, maxZoom: 1 });
		for (const record of records) {
			if (record.type === 'frame') {
				expect(titleWidth(record.props.name), `title "${record.props.name}" is cut off`).toBeLessThanOrEqual(record.w * zoom);
			}
			if (record.type === 'text') {
				const size = FONT_SIZES[record.props.size];
				expect(textHeight(record.props.text, record.w, size), `"${record.props.text}" overflows its box`).toBeLessThanOrEqual(record.h);
				expect(size * zoom, `"${record.props.text}" at ${(size * zoom).toFixed(1)} px`).toBeGreaterThanOrEqual(MIN_READABLE_PX);
			}
			if (record.type === 'sticky') {
				// Notes shrink their text to fit; a long example must not shrink below readable.
				const size = fitFontSize(record.props.text, record.w, record.h, FONT_SIZES[record.props.size]);
				expect(textHeight(record.props.text, record.w, size, NOTE_PADDING), `note "${record.props.text}" spills over`).toBeLessThanOrEqual(record.h);
				expect(size * zoom, `note "${record.props.text}" at ${(size * zoom).toFixed(1)} px`).toBeGreaterThanOrEqual(MIN_READABLE_PX);
				// The longest word (hyphens break lines too) fits on one line of the note's padded box, else the canvas breaks it mid-word.
				const longest = Math.max(...record.props.text.split(/[\s-]+/).map((word) => word.length));
				expect(longest * size * WORD_GLYPH_WIDTH, `a word of "${record.props.text}" breaks`).toBeLessThanOrEqual(record.w - 24);
			}
		}
	});

	it('has example notes and the same structure in both languages, with every text filled in', () => {
		const id = method.template(context('id'));
		const en = method.template(context('en'));
		expect(en.map((r) => [r.type, r.x, r.y, r.w, r.h, r.parentId])).toEqual(id.map((r) => [r.type, r.x, r.y, r.w, r.h, r.parentId]));
		expect(id.filter((r) => r.type === 'sticky').length).toBeGreaterThanOrEqual(2);
		for (const record of [...id, ...en]) {
			if (record.type === 'frame') {
				expect(record.props.name.trim()).not.toBe('');
				expect(record.props.name.length).toBeLessThanOrEqual(MAX_NAME);
			}
			if (record.type === 'sticky' || record.type === 'text') {
				expect(record.props.text.trim()).not.toBe('');
				expect(record.props.text.length).toBeLessThanOrEqual(MAX_TEXT);
			}
		}
		// Some text differs between the languages (it really is translated).
		const texts = (rs: Shape[]) => rs.map((r) => ('text' in r.props ? r.props.text : 'name' in r.props ? r.props.name : ''));
		expect(texts(en).filter((t, i) => t !== texts(id)[i]).length).toBeGreaterThan(texts(id).length / 2);
	});

	it('places at an origin above the board’s top order with fresh ids', () => {
		const records = method.template({ ...context('id'), origin: { x: 5000, y: -3000 }, topOrder: 'a5' });
		const plain = method.template(context('id'));
		records.forEach((r, i) => {
			expect(r.x - plain[i]!.x).toBe(5000);
			expect(r.y - plain[i]!.y).toBe(-3000);
			expect(r.order > 'a5').toBe(true);
		});
		const again = method.template({ ...context('id'), newId: undefined });
		expect(new Set(again.map((r) => r.id)).size).toBe(again.length);
		expect(again.map((r) => r.id)).not.toContain(records[0]!.id);
	});
});

describe('method library', () => {
	it('covers every stage with at least two methods and has at least 14 methods', () => {
		expect(METHODS.length).toBeGreaterThanOrEqual(14);
		for (const stage of STAGES) expect(METHODS.filter((m) => m.stage === stage).length, stage).toBeGreaterThanOrEqual(2);
	});
});
