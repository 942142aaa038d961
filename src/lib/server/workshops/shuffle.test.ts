import { describe, expect, it } from 'vitest';
import { planTeams, seededRandom, shuffled, type ShufflePerson } from './shuffle';

/** n people spread over agencies by the given counts, e.g. [4, 3, 1] → agencies 1..3. */
function people(counts: number[], unknown = 0): ShufflePerson[] {
	const out: ShufflePerson[] = [];
	let id = 100;
	counts.forEach((count, agency) => {
		for (let i = 0; i < count; i++) out.push({ id: id++, agencyId: agency + 1 });
	});
	for (let i = 0; i < unknown; i++) out.push({ id: id++, agencyId: null });
	return out;
}

const emptyTeams = (n: number) => Array.from({ length: n }, (_, i) => ({ id: i + 1, members: [] }));

function sizes(plan: Map<number, number[]>): number[] {
	return [...plan.values()].map((ids) => ids.length);
}

describe('seededRandom', () => {
	it('repeats for the same seed and differs between seeds', () => {
		const a = seededRandom('kelas-1');
		const b = seededRandom('kelas-1');
		const c = seededRandom('kelas-2');
		const seqA = Array.from({ length: 5 }, a);
		expect(Array.from({ length: 5 }, b)).toEqual(seqA);
		expect(Array.from({ length: 5 }, c)).not.toEqual(seqA);
		for (const x of seqA) expect(x >= 0 && x < 1).toBe(true);
	});

	it('shuffles into a permutation', () => {
		const items = Array.from({ length: 50 }, (_, i) => i);
		const out = shuffled(items, seededRandom('x'));
		expect(out.slice().sort((a, b) => a - b)).toEqual(items);
		expect(out).not.toEqual(items);
	});
});

describe('planTeams', () => {
	it('places everyone exactly once, in teams whose sizes differ by at most one', () => {
		const pool = people([7, 5, 5, 3, 2, 1], 6);
		const plan = planTeams(pool, emptyTeams(5), 'seed');
		const placed = [...plan.values()].flat().sort((a, b) => a - b);
		expect(placed).toEqual(pool.map((p) => p.id).sort((a, b) => a - b));
		const s = sizes(plan);
		expect(Math.max(...s) - Math.min(...s)).toBeLessThanOrEqual(1);
		expect(s.reduce((a, b) => a + b)).toBe(29);
	});

	it('is deterministic for a seed, independent of input order, and varies with the seed', () => {
		const pool = people([4, 4, 4, 4]);
		const a = planTeams(pool, emptyTeams(4), 'pijar');
		const b = planTeams(pool.slice().reverse(), emptyTeams(4).reverse(), 'pijar');
		expect([...b.entries()].sort()).toEqual([...a.entries()].sort());
		const c = planTeams(pool, emptyTeams(4), 'lain');
		expect([...c.entries()].sort()).not.toEqual([...a.entries()].sort());
	});

	it('never puts two people of one agency together when each agency has at most one per team', () => {
		const pool = people([5, 5, 4, 3, 3, 2]);
		const byId = new Map(pool.map((p) => [p.id, p.agencyId]));
		for (const seed of ['a', 'b', 'c', 'd', 'e', 'f']) {
			const plan = planTeams(pool, emptyTeams(5), seed);
			for (const ids of plan.values()) {
				const agencies = ids.map((id) => byId.get(id));
				expect(new Set(agencies).size).toBe(agencies.length);
			}
		}
	});

	it('spreads a large agency evenly: at most ceil(k / teams) of it per team (seeded fuzz)', () => {
		const random = seededRandom('fuzz');
		for (let round = 0; round < 200; round++) {
			const teamCount = 1 + Math.floor(random() * 8);
			const counts = Array.from({ length: 1 + Math.floor(random() * 6) }, () => Math.floor(random() * 12));
			const pool = people(counts, Math.floor(random() * 4));
			const plan = planTeams(pool, emptyTeams(teamCount), `r${round}`);
			const s = sizes(plan);
			expect(Math.max(...s) - Math.min(...s)).toBeLessThanOrEqual(1);
			const byId = new Map(pool.map((p) => [p.id, p.agencyId]));
			counts.forEach((k, agencyIndex) => {
				const limit = Math.ceil(k / teamCount);
				for (const ids of plan.values()) {
					expect(ids.filter((id) => byId.get(id) === agencyIndex + 1).length).toBeLessThanOrEqual(limit);
				}
			});
		}
	});

	it('keeps fixed members, fills the smallest teams first, and avoids a newcomer\'s agency', () => {
		const teams = [
			{ id: 1, members: [{ id: 1, agencyId: 1 }, { id: 2, agencyId: 2 }] },
			{ id: 2, members: [{ id: 4, agencyId: 1 }] },
			{ id: 3, members: [{ id: 5, agencyId: 2 }] }
		];
		for (const seed of ['a', 'b', 'c', 'd']) {
			const plan = planTeams([{ id: 10, agencyId: 1 }], teams, seed);
			expect(plan.get(1)).toEqual([1, 2]);
			expect(plan.get(2)).toEqual([4]);
			// Teams 2 and 3 are the smallest; team 2 already has agency 1.
			expect(plan.get(3)).toEqual([5, 10]);
		}
		const two = planTeams([{ id: 10, agencyId: 1 }, { id: 11, agencyId: 3 }], teams, 'x');
		expect(sizes(two)).toEqual([2, 2, 2]);
	});

	it('refuses to plan without teams', () => {
		expect(() => planTeams(people([2]), [], 's')).toThrow();
	});
});
