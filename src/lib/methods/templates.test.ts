import { describe, expect, it } from 'vitest';
import { boxContains, boxesIntersect, restoreShapes, MAX_NAME, MAX_TEXT, type Shape } from '../canvas/model';
import { STAGES } from '../stages';
import { METHODS } from './index';
import { METHOD_LOCALES } from './types';

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
