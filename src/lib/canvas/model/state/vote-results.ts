import { idOr, integer, isRecord, isValidId, own, text, type Field, type Note } from '../fields';
import { MAX_NAME, MAX_VOTE_BUDGET, MAX_VOTERS } from '../limits';

/**
 * Revealed dot-voting results, written into the board by the server at reveal. Ballots themselves
 * never enter the shared document: before the reveal nobody but the server (and the facilitator,
 * through it) may learn who voted for what (issue: "results hidden until reveal").
 */
export interface VoteResults {
	/** The voting session these results belong to. */
	session: string;
	/** People who cast at least one vote. */
	voters: number;
	/** Votes per shape, most first (ties by shape id); `names` only when the session was not anonymous. */
	tally: VoteTally[];
}

export interface VoteTally {
	shapeId: string;
	count: number;
	names?: string[];
}

// A shape can collect at most every voter's whole budget.
const MAX_COUNT = MAX_VOTERS * MAX_VOTE_BUDGET;
// The results list a board keeps: far more shapes than a vote ever spreads over.
const MAX_TALLY = 2_000;

/** Sorts a tally most votes first, ties by shape id (every peer shows the same ranking). */
export function rankTally(tally: VoteTally[]): VoteTally[] {
	return [...tally].sort((a, b) => b.count - a.count || (a.shapeId < b.shapeId ? -1 : a.shapeId > b.shapeId ? 1 : 0));
}

/** Reads revealed results; drops tallies on shapes that are gone or malformed. */
export function voteResultsField(shapeExists: (id: string) => boolean = () => true): Field<VoteResults | null> {
	const voters = integer(0, 0, MAX_VOTERS);
	const count = integer(1, 1, MAX_COUNT);
	const name = text(MAX_NAME);
	return {
		read(raw, note) {
			if (raw === null || raw === undefined) return null;
			if (!isRecord(raw) || !isValidId(own(raw, 'session'))) return note('invalid'), null;
			return {
				session: idOr('').read(own(raw, 'session'), note),
				voters: voters.read(own(raw, 'voters'), note),
				tally: readTally(own(raw, 'tally'), note, count, name, shapeExists)
			};
		}
	};
}

function readTally(
	raw: unknown,
	note: Note,
	count: Field<number>,
	name: Field<string>,
	shapeExists: (id: string) => boolean
): VoteTally[] {
	if (!Array.isArray(raw)) return note('wrong-type'), [];
	if (raw.length > MAX_TALLY) note('too-long');
	const seen = new Set<string>();
	const out: VoteTally[] = [];
	for (const row of raw.slice(0, MAX_TALLY)) {
		const shapeId = own(row, 'shapeId');
		if (!isValidId(shapeId) || seen.has(shapeId) || !shapeExists(shapeId)) {
			note('missing-target');
			continue;
		}
		seen.add(shapeId);
		const entry: VoteTally = { shapeId, count: count.read(own(row, 'count'), note) };
		const names = own(row, 'names');
		if (Array.isArray(names)) entry.names = names.slice(0, MAX_VOTERS).map((n) => name.read(n, note)).filter(Boolean);
		out.push(entry);
	}
	return rankTally(out);
}
