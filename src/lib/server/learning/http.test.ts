import { describe, expect, it } from 'vitest';
import { isActionFailure, isHttpError } from '@sveltejs/kit';
import { WorkshopError } from '../workshops/errors';
import { LearningError } from './errors';
import { learningRefusal, loadOrRefuse } from './http';
import { confirmFormSchema, presentIds, sessionFormSchema } from './forms';
import { toCsv } from './csv';

function thrown(run: () => unknown): unknown {
	try {
		run();
	} catch (error) {
		return error;
	}
	return null;
}

describe('learning refusals over HTTP', () => {
	it('answers forbidden with 403 and unknown records with 404', () => {
		expect(isHttpError(thrown(() => learningRefusal(new WorkshopError('forbidden'), 'settings')), 403)).toBe(true);
		expect(isHttpError(thrown(() => learningRefusal(new WorkshopError('not_found'), 'settings')), 404)).toBe(true);
	});

	it('puts a missing reason beside the reason field of the right session, keeping the values', () => {
		const failure = learningRefusal(new LearningError('reason_required'), 'confirm', 12, { reason: '' });
		expect(isActionFailure(failure)).toBe(true);
		expect(failure.status).toBe(400);
		expect(failure.data).toMatchObject({ form: 'confirm', target: 12, values: { reason: '' } });
		expect(failure.data.errors.reason).toMatch(/\S/);
	});

	it('rethrows bugs and maps load refusals', async () => {
		const bug = new TypeError('boom');
		expect(thrown(() => learningRefusal(bug, 'x'))).toBe(bug);
		const forbidden = await loadOrRefuse(() => Promise.reject(new WorkshopError('forbidden'))).catch((e: unknown) => e);
		expect(isHttpError(forbidden, 403)).toBe(true);
	});
});

describe('learning forms', () => {
	it('reads session times as Jakarta wall time', () => {
		const parsed = sessionFormSchema.parse({ title: ' Sesi 1 ', startsAt: '2026-11-02T09:00', endsAt: '2026-11-02T12:00' });
		expect(parsed.title).toBe('Sesi 1');
		expect(parsed.startsAt.toISOString()).toBe('2026-11-02T02:00:00.000Z');
		expect(sessionFormSchema.safeParse({ title: 'x', startsAt: 'besok', endsAt: '2026-11-02T12:00' }).success).toBe(false);
	});

	it('keeps only positive integer ids from the present checkboxes', () => {
		const form = new FormData();
		for (const value of ['3', '4', 'x', '-1', '2.5', '0']) form.append('present', value);
		expect(presentIds(form)).toEqual([3, 4]);
		expect(confirmFormSchema.parse({ sessionId: '5' })).toEqual({ sessionId: 5, reason: '' });
	});

	it('writes CSV that spreadsheets cannot execute', () => {
		const csv = toCsv([
			['Nama', 'Catatan'],
			['=HYPERLINK("x")', 'a,b "c"']
		]);
		expect(csv).toBe('\uFEFFNama,Catatan\r\n"\'=HYPERLINK(""x"")","a,b ""c"""\r\n');
	});
});
