import { describe, expect, it } from 'vitest';
import { jpByYear, learningYear, maskNip, meetsAttendanceRule, pathProgress, practisedMethods } from './rules';

describe('meetsAttendanceRule', () => {
	it('needs 75% of sessions by default', () => {
		expect(meetsAttendanceRule(3, 4)).toBe(true);
		expect(meetsAttendanceRule(2, 4)).toBe(false);
		expect(meetsAttendanceRule(2, 3)).toBe(false); // 66.7%
		expect(meetsAttendanceRule(2, 2)).toBe(true);
		expect(meetsAttendanceRule(1, 2)).toBe(false);
	});
	it('uses the workshop threshold', () => {
		expect(meetsAttendanceRule(1, 2, 50)).toBe(true);
		expect(meetsAttendanceRule(4, 4, 100)).toBe(true);
		expect(meetsAttendanceRule(3, 4, 100)).toBe(false);
	});
	it('completes nobody without sessions and caps odd inputs', () => {
		expect(meetsAttendanceRule(0, 0)).toBe(false);
		expect(meetsAttendanceRule(0, 0, 0)).toBe(false);
		expect(meetsAttendanceRule(9, 2, 100)).toBe(true);
		expect(meetsAttendanceRule(-1, 2, 0)).toBe(true);
		expect(meetsAttendanceRule(1, 2, 250)).toBe(false);
	});
});

describe('jpByYear', () => {
	it('sums per calendar year in Jakarta time, newest first', () => {
		const years = jpByYear([
			{ jp: 8, at: new Date('2026-03-01T02:00:00Z') },
			{ jp: 16, at: new Date('2026-11-01T02:00:00Z') },
			// 31 Dec 2025 20:00 UTC is already 1 Jan 2026 in Jakarta (UTC+7).
			{ jp: 4, at: new Date('2025-12-31T20:00:00Z') },
			{ jp: 6, at: new Date('2025-06-01T00:00:00Z') }
		]);
		expect(years.map((y) => [y.year, y.jp, y.met, y.percent])).toEqual([
			[2026, 28, true, 100],
			[2025, 6, false, 30]
		]);
	});
	it('adds the requested year with zero and ignores non-positive JP', () => {
		expect(jpByYear([{ jp: 0, at: new Date('2024-01-05T00:00:00Z') }], 2026)).toEqual([
			{ year: 2026, jp: 0, target: 20, percent: 0, met: false }
		]);
	});
	it('learningYear shifts at the Jakarta new year', () => {
		expect(learningYear(new Date('2025-12-31T16:59:59Z'))).toBe(2025);
		expect(learningYear(new Date('2025-12-31T17:00:00Z'))).toBe(2026);
	});
});

describe('path progress', () => {
	it('counts a method when present on a workshop board from its template', () => {
		const practised = practisedMethods([
			{ template: 'empathy-map', workshopId: 1, present: true },
			{ template: 'persona', workshopId: 1, present: false },
			{ template: 'five-whys', workshopId: null, present: true },
			{ template: '', workshopId: 1, present: true }
		]);
		expect([...practised]).toEqual(['empathy-map']);
	});
	it('reports done steps, percent and the next step in order', () => {
		const p = pathProgress(['stakeholder-map', 'empathy-map', 'persona'], new Set(['empathy-map']));
		expect(p.done).toBe(1);
		expect(p.total).toBe(3);
		expect(p.percent).toBe(33);
		expect(p.next).toBe('stakeholder-map');
		expect(p.steps.map((s) => s.done)).toEqual([false, true, false]);
		expect(pathProgress(['persona'], new Set(['persona'])).next).toBeNull();
		expect(pathProgress([], new Set()).percent).toBe(0);
	});
});

describe('maskNip', () => {
	it('keeps only the first four and last two digits', () => {
		expect(maskNip('199001012015031001')).toBe('1990••••••••••••01');
		expect(maskNip(null)).toBeNull();
		expect(maskNip('123')).toBe('•••');
	});
});
