import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { STAGES } from '../stages';
import { getMethod, METHODS, methodsForStage } from './index';
import { normalizeSearchText, searchMethods } from './search';
import { METHOD_LOCALES } from './types';

describe('method content', () => {
	it('has one module per method, named after its id, and unique ids and names', () => {
		const dir = path.dirname(fileURLToPath(import.meta.url));
		const modules = readdirSync(dir)
			.filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
			.map((f) => f.replace(/\.ts$/, ''))
			.filter((f) => !['index', 'types', 'template', 'search', 'public'].includes(f));
		expect(modules.sort()).toEqual(METHODS.map((m) => m.id).sort());
		for (const locale of METHOD_LOCALES) {
			expect(new Set(METHODS.map((m) => m.text[locale].name)).size).toBe(METHODS.length);
		}
	});

	it.each(METHODS.map((m) => [m.id, m] as const))('%s is complete in both languages', (_id, method) => {
		expect(method.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
		expect(STAGES).toContain(method.stage);
		expect(method.minutes).toBeGreaterThanOrEqual(5);
		expect(method.minutes).toBeLessThanOrEqual(120);
		expect(method.groupSize[0]).toBeLessThanOrEqual(method.groupSize[1]);
		for (const locale of METHOD_LOCALES) {
			const t = method.text[locale];
			for (const field of [t.name, t.summary, t.purpose, t.whenToUse, t.example]) expect(field.trim().length).toBeGreaterThan(0);
			expect(t.summary.length).toBeLessThanOrEqual(200);
			expect(t.steps.length).toBeGreaterThanOrEqual(4);
			expect(t.materials.length).toBeGreaterThanOrEqual(2);
			expect(t.tips.length).toBeGreaterThanOrEqual(3);
			for (const item of [...t.steps, ...t.materials, ...t.tips]) expect(item.trim().length).toBeGreaterThan(0);
		}
		// Same structure in both languages: a step per step, a tip per tip.
		expect(method.text.en.steps.length).toBe(method.text.id.steps.length);
		expect(method.text.en.tips.length).toBe(method.text.id.tips.length);
		expect(method.text.en.materials.length).toBe(method.text.id.materials.length);
		expect(method.text.en.summary).not.toBe(method.text.id.summary);
	});

	it('looks methods up by id and by stage', () => {
		expect(getMethod('empathy-map')?.stage).toBe('empati');
		expect(getMethod('tidak-ada')).toBeUndefined();
		expect(methodsForStage('uji').map((m) => m.id)).toEqual(['feedback-capture-grid', 'rose-thorn-bud']);
		// Stage order is the library order.
		const stages = METHODS.map((m) => STAGES.indexOf(m.stage));
		expect(stages).toEqual([...stages].sort((a, b) => a - b));
	});
});

describe('method search', () => {
	it('normalizes case, accents and punctuation', () => {
		expect(normalizeSearchText('  Mawar, Duri—Tunas! ')).toBe('mawar duri tunas');
		expect(normalizeSearchText('Café')).toBe('cafe');
	});

	it('finds by word prefix in the reader’s language, all words required, and filters by stage', () => {
		expect(searchMethods(METHODS, 'wawan', 'id').map((m) => m.id)).toContain('interview-notes');
		expect(searchMethods(METHODS, 'interview', 'en').map((m) => m.id)).toContain('interview-notes');
		expect(searchMethods(METHODS, 'empati peta', 'id').map((m) => m.id)).toContain('empathy-map');
		expect(searchMethods(METHODS, 'zzzz', 'id')).toEqual([]);
		expect(searchMethods(METHODS, '', 'id', 'ideasi').map((m) => m.id)).toEqual(['crazy-8s', 'brainstorm-affinity', 'impact-effort']);
		expect(searchMethods(METHODS, 'sketsa', 'id', 'uji')).toEqual([]);
		expect(searchMethods(METHODS, '', 'en')).toHaveLength(METHODS.length);
	});
});
