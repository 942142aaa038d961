import { describe, expect, it } from 'vitest';
import { isHttpError, isActionFailure } from '@sveltejs/kit';
import { WorkshopError } from './errors';
import { idParam, loadOr404, refusal } from './http';

function thrown(run: () => unknown): unknown {
	try {
		run();
	} catch (error) {
		return error;
	}
	return null;
}

describe('workshop refusals over HTTP', () => {
	it('answers a forbidden action with 403 and an unknown record with 404', () => {
		const forbidden = thrown(() => refusal(new WorkshopError('forbidden'), 'shuffle'));
		expect(isHttpError(forbidden, 403)).toBe(true);
		const missing = thrown(() => refusal(new WorkshopError('not_found'), 'shuffle'));
		expect(isHttpError(missing, 404)).toBe(true);
	});

	it('turns user mistakes into a 400 failure for the form that was sent, with a message', () => {
		const failure = refusal(new WorkshopError('team_name_taken'), 'renameTeam', 7);
		expect(isActionFailure(failure)).toBe(true);
		expect(failure.status).toBe(400);
		expect(failure.data.form).toBe('renameTeam');
		expect(failure.data.target).toBe(7);
		expect(failure.data.errors.form).toMatch(/\S/);
	});

	it('rethrows anything that is not a workshop refusal (a bug stays a 500)', () => {
		const bug = new TypeError('boom');
		expect(thrown(() => refusal(bug, 'x'))).toBe(bug);
	});

	it('maps refusals in loads to 403 and 404 pages', async () => {
		const forbidden = await loadOr404(() => Promise.reject(new WorkshopError('forbidden'))).catch((e: unknown) => e);
		expect(isHttpError(forbidden, 403)).toBe(true);
		const missing = await loadOr404(() => Promise.reject(new WorkshopError('not_found'))).catch((e: unknown) => e);
		expect(isHttpError(missing, 404)).toBe(true);
		expect(await loadOr404(async () => 5)).toBe(5);
	});

	it('accepts only positive 32-bit ids in routes', () => {
		expect(idParam('42')).toBe(42);
		for (const bad of ['0', '-1', '01', '1.5', 'abc', '99999999999', '2147483648', '']) {
			expect(isHttpError(thrown(() => idParam(bad)), 404), bad).toBe(true);
		}
	});
});
