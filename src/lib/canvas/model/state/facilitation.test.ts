import { describe, expect, it } from 'vitest';
import { defaultFacilitation, restoreFacilitation } from './facilitation';
import { defaultMeta, restoreMeta } from './meta';
import { pauseTimer, resumeTimer, startTimer, timerRemaining, timerRunning } from './timer';
import { changeVote, votesLeft, type VotingSession } from './voting';
import { MAX_TIMER_MS } from '../limits';

const session: VotingSession = {
	id: 'v1',
	open: true,
	budget: 3,
	multiplePerShape: false,
	anonymous: true,
	revealed: false,
	startedAt: 10
};

describe('meta', () => {
	it('restores title, stage and template, repairing garbage', () => {
		expect(restoreMeta(defaultMeta('Papan')).repaired).toEqual([]);
		const { meta, repaired } = restoreMeta({ v: 0, title: 'A\nB', stage: 'launch', template: '../x', __proto__: { title: 'x' } });
		expect(meta).toEqual({ v: 0, title: 'A B', stage: 'empati', template: null });
		expect(repaired.map((r) => r.field).sort()).toEqual(['stage', 'template', 'title']);
		expect(restoreMeta('junk').meta).toEqual(defaultMeta());
	});
});

describe('timer', () => {
	it('runs, pauses and resumes from absolute times', () => {
		const running = startTimer(60_000, 1_000);
		expect(timerRemaining(running, 31_000)).toBe(30_000);
		const paused = pauseTimer(running, 31_000);
		expect(paused).toEqual({ endsAt: null, remainingMs: 30_000, durationMs: 60_000 });
		expect(timerRunning(paused, 40_000)).toBe(false);
		expect(timerRemaining(resumeTimer(paused, 100_000), 110_000)).toBe(20_000);
		expect(timerRemaining(running, 1e9)).toBe(0);
		expect(startTimer(1e12, 0).durationMs).toBe(MAX_TIMER_MS);
	});

	it('repairs a timer that is both running and paused', () => {
		const { facilitation, repaired } = restoreFacilitation({ timer: { endsAt: 5, remainingMs: 9, durationMs: 10 } });
		expect(facilitation.timer).toEqual({ endsAt: 5, remainingMs: null, durationMs: 10 });
		expect(repaired).toContainEqual({ field: 'timer', reason: 'invalid' });
	});
});

describe('voting', () => {
	it('casts and retracts votes within the budget and the per-shape rule', () => {
		let ballot = changeVote(session, undefined, 'u1', 'n1', 1);
		expect(ballot?.votes).toEqual([{ shapeId: 'n1', count: 1 }]);
		expect(changeVote(session, ballot ?? undefined, 'u1', 'n1', 1)).toBeNull();
		ballot = changeVote(session, ballot ?? undefined, 'u1', 'n2', 1);
		ballot = changeVote(session, ballot ?? undefined, 'u1', 'n3', 1);
		expect(votesLeft(session, ballot ?? undefined)).toBe(0);
		expect(changeVote(session, ballot ?? undefined, 'u1', 'n4', 1)).toBeNull();
		ballot = changeVote(session, ballot ?? undefined, 'u1', 'n2', -1);
		expect(ballot?.votes.map((v) => v.shapeId)).toEqual(['n1', 'n3']);
		expect(changeVote({ ...session, open: false }, ballot ?? undefined, 'u1', 'n2', 1)).toBeNull();
		const multi = { ...session, multiplePerShape: true };
		const twice = changeVote(multi, changeVote(multi, undefined, 'u2', 'n1', 1) ?? undefined, 'u2', 'n1', 1);
		expect(twice?.votes).toEqual([{ shapeId: 'n1', count: 2 }]);
	});

	it('restores revealed results of the current session only, ranked, without gone shapes', () => {
		const raw = {
			voting: { ...session, revealed: true, open: false },
			results: {
				session: 'v1',
				voters: 3,
				tally: [
					{ shapeId: 'n2', count: 1 },
					{ shapeId: 'n1', count: 4, names: ['Sari', 7, 'Budi'] },
					{ shapeId: 'n1', count: 9 },
					{ shapeId: 'gone', count: 2 },
					{ shapeId: '__proto__', count: 2 },
					{ shapeId: 'n3', count: -5 }
				]
			}
		};
		const exists = (id: string) => id !== 'gone';
		const { facilitation, repaired } = restoreFacilitation(JSON.parse(JSON.stringify(raw)), exists);
		expect(facilitation.results).toEqual({
			session: 'v1',
			voters: 3,
			tally: [
				{ shapeId: 'n1', count: 4, names: ['Sari', 'Budi'] },
				{ shapeId: 'n2', count: 1 },
				{ shapeId: 'n3', count: 1 }
			]
		});
		expect(repaired.some((r) => r.reason === 'missing-target')).toBe(true);
		// Results of another session are stale: a new session hides them.
		const stale = restoreFacilitation({ ...raw, voting: { ...session, id: 'v2' } });
		expect(stale.facilitation.results).toBeNull();
		expect(stale.repaired).toContainEqual({ field: 'results', reason: 'invalid' });
	});

	it('drops ballots that older boards kept in the document (migration 1)', () => {
		const { facilitation } = restoreFacilitation({ v: 0, voting: session, ballots: { u1: { session: 'v1', votes: { n1: 1 } } } });
		expect(facilitation.v).toBe(1);
		expect(facilitation).not.toHaveProperty('ballots');
		expect(facilitation.voting?.id).toBe('v1');
	});

	it('keeps a spotlight message clean and short, and an empty one is none', () => {
		const long = restoreFacilitation({ spotlight: { text: '<b>Lihat</b>\u0000 ke sini ' + 'x'.repeat(400), by: 'f1', at: 3 } }).facilitation.spotlight;
		expect(long?.text.startsWith('<b>Lihat</b> ke sini')).toBe(true);
		expect(long?.text.length).toBeLessThanOrEqual(280);
		expect(restoreFacilitation({ spotlight: { text: '   ', by: 'f1', at: 3 } }).facilitation.spotlight).toBeNull();
		expect(restoreFacilitation({ spotlight: 'hi' }).facilitation.spotlight).toBeNull();
	});

	it('restores a full default record without repairs, and garbage to the default', () => {
		expect(restoreFacilitation(defaultFacilitation()).repaired).toEqual([]);
		expect(restoreFacilitation(42).facilitation).toEqual(defaultFacilitation());
		const { facilitation } = restoreFacilitation({
			privateMode: 'yes',
			voting: { id: 'v2', budget: 1e9 },
			summon: { by: 'u9', at: 5, x: NaN, y: 1, zoom: 0, frameId: 'f1' }
		});
		expect(facilitation.privateMode).toBe(false);
		expect(facilitation.voting?.budget).toBe(99);
		expect(facilitation.summon).toEqual({ by: 'u9', at: 5, x: 0, y: 1, zoom: 0.01, frameId: 'f1' });
	});
});
