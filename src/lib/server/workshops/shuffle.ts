/**
 * Team shuffle: pure and deterministic for a given seed, so a facilitator (or a test) can
 * reproduce a split exactly. Two goals, in order:
 *   1. balance — every placement goes to a team with the fewest members, so a shuffle from empty
 *      teams ends with sizes differing by at most one;
 *   2. mixing — among those smallest teams, the one with the fewest people from the same agency.
 * Agencies are placed largest first, which is what lets the greedy step spread each agency
 * evenly: with at most as many people from an agency as there are teams, no team gets two.
 */

/** Someone to place; `agencyId` null means "no agency known" and never clashes with anyone. */
export interface ShufflePerson {
	id: number;
	agencyId: number | null;
}

export interface ShuffleTeam {
	id: number;
	/** People who stay in this team (placing newcomers only); empty for a full reshuffle. */
	members: ShufflePerson[];
}

/** A seeded PRNG: string seed → cyrb53-style hash → mulberry32, uniform floats in [0, 1). */
export function seededRandom(seed: string): () => number {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < seed.length; i++) {
		const ch = seed.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	let state = (Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)) >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Fisher–Yates with the given PRNG; returns a new array. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
	const out = items.slice();
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}

/**
 * Places `people` into `teams` (balanced, agencies mixed) and returns team id → the ids of
 * everyone in it afterwards, fixed members first. Same inputs and seed → same result.
 */
export function planTeams(people: readonly ShufflePerson[], teams: readonly ShuffleTeam[], seed: string): Map<number, number[]> {
	if (teams.length === 0) throw new Error('planTeams needs at least one team');
	const random = seededRandom(seed);
	// Input order must not matter, only the seed: sort first, then shuffle.
	const pool = shuffled(
		people.slice().sort((a, b) => a.id - b.id),
		random
	);
	const teamOrder = shuffled(
		teams.slice().sort((a, b) => a.id - b.id),
		random
	);

	// Group by agency (unknown agency: a group of one each), largest groups first; ties keep the
	// shuffled order of their first member, so equal-sized agencies are not always placed alike.
	const groups = new Map<string, ShufflePerson[]>();
	pool.forEach((person) => {
		const key = person.agencyId === null ? `solo:${person.id}` : `agency:${person.agencyId}`;
		const group = groups.get(key);
		if (group) group.push(person);
		else groups.set(key, [person]);
	});
	const ordered = [...groups.values()].sort((a, b) => b.length - a.length).flat();

	const slots = teamOrder.map((team) => ({
		id: team.id,
		members: team.members.map((p) => p.id),
		agencies: new Map<number, number>()
	}));
	for (const slot of slots) {
		for (const p of teams.find((t) => t.id === slot.id)!.members) {
			if (p.agencyId !== null) slot.agencies.set(p.agencyId, (slot.agencies.get(p.agencyId) ?? 0) + 1);
		}
	}

	for (const person of ordered) {
		let best = slots[0]!;
		let bestKey = [Infinity, Infinity];
		for (const slot of slots) {
			const sameAgency = person.agencyId === null ? 0 : (slot.agencies.get(person.agencyId) ?? 0);
			const key = [slot.members.length, sameAgency];
			if (key[0]! < bestKey[0]! || (key[0] === bestKey[0] && key[1]! < bestKey[1]!)) {
				best = slot;
				bestKey = key;
			}
		}
		best.members.push(person.id);
		if (person.agencyId !== null) best.agencies.set(person.agencyId, (best.agencies.get(person.agencyId) ?? 0) + 1);
	}

	return new Map(
		teams
			.slice()
			.sort((a, b) => a.id - b.id)
			.map((team) => [team.id, slots.find((s) => s.id === team.id)!.members])
	);
}
