import { bool, finite, idOr, integer, isRecord, isValidId, own, type Field, type Note } from '../fields';
import { MAX_TIMESTAMP, MAX_VOTE_BUDGET, MAX_VOTERS } from '../limits';

/**
 * Dot voting. The session (rules) is written by the facilitator; each participant writes only their
 * own ballot, keyed by their user id, so concurrent votes never overwrite each other.
 */
export interface VotingSession {
	id: string;
	open: boolean;
	/** Votes each person may cast. */
	budget: number;
	/** Whether one person may put several votes on the same shape. */
	multiplePerShape: boolean;
	/** Hide who voted for what (tallies only). */
	anonymous: boolean;
	/** Tallies are visible to everyone; before that only to the facilitator. */
	revealed: boolean;
	startedAt: number;
}

/** One person's votes in one session, sorted by shape id. */
export interface Ballot {
	voter: string;
	session: string;
	votes: { shapeId: string; count: number }[];
}

/** What one person learns of a running vote: their own ballot, and the standings only if they facilitate. */
export interface VoteView {
	session: string | null;
	votes: { shapeId: string; count: number }[];
	left: number;
	/** Live standings before the reveal: facilitators only. */
	standings?: { voters: number; tally: { shapeId: string; count: number }[] };
}

/** Reads a voting session; one without a usable id is no session. */
export function votingField(): Field<VotingSession | null> {
	const budget = integer(3, 1, MAX_VOTE_BUDGET);
	const flag = bool(false);
	const time = finite(0, 0, MAX_TIMESTAMP);
	return {
		read(raw, note) {
			if (raw === null) return null;
			if (raw === undefined) return note('missing'), null;
			if (!isRecord(raw) || !isValidId(own(raw, 'id'))) return note('invalid'), null;
			return {
				id: own(raw, 'id') as string,
				open: bool(true).read(own(raw, 'open'), note),
				budget: budget.read(own(raw, 'budget'), note),
				multiplePerShape: flag.read(own(raw, 'multiplePerShape'), note),
				anonymous: flag.read(own(raw, 'anonymous'), note),
				revealed: flag.read(own(raw, 'revealed'), note),
				startedAt: time.read(own(raw, 'startedAt'), note)
			};
		}
	};
}

/**
 * Reads ballots (an object keyed by voter id, as stored, or an array of Ballot) and enforces the
 * session's rules: ballots of other sessions are dropped, counts are whole and positive, at most one
 * per shape unless allowed, and a ballot over budget keeps its votes in shape-id order up to it.
 */
export function readBallots(
	raw: unknown,
	voting: VotingSession | null,
	note: Note,
	shapeExists: (id: string) => boolean = () => true
): Ballot[] {
	if (raw === undefined || raw === null) return [];
	if (typeof raw !== 'object') return note('wrong-type'), [];
	const entries: [unknown, unknown][] = Array.isArray(raw)
		? raw.map((b: unknown) => [own(b, 'voter'), b])
		: Object.keys(raw).map((k) => [k, (raw as Record<string, unknown>)[k]]);
	const voterId = idOr('');
	const byVoter = new Map<string, Ballot>();
	for (const [rawVoter, rawBallot] of entries) {
		const voter = voterId.read(rawVoter, note);
		if (voter === '' || byVoter.has(voter) || !isRecord(rawBallot)) {
			note('invalid');
			continue;
		}
		if (voting === null || own(rawBallot, 'session') !== voting.id) continue;
		byVoter.set(voter, { voter, session: voting.id, votes: readVotes(own(rawBallot, 'votes'), voting, note, shapeExists) });
	}
	const voters = [...byVoter.keys()].sort();
	if (voters.length > MAX_VOTERS) note('too-long');
	return voters
		.slice(0, MAX_VOTERS)
		.map((v) => byVoter.get(v) as Ballot)
		.filter((b) => b.votes.length > 0);
}

function readVotes(
	raw: unknown,
	voting: VotingSession,
	note: Note,
	shapeExists: (id: string) => boolean
): { shapeId: string; count: number }[] {
	if (!isRecord(raw)) return note('wrong-type'), [];
	const perShape = voting.multiplePerShape ? voting.budget : 1;
	const count = integer(1, 1, perShape);
	const votes: { shapeId: string; count: number }[] = [];
	for (const shapeId of Object.keys(raw).sort()) {
		if (!isValidId(shapeId) || !shapeExists(shapeId)) {
			note('missing-target');
			continue;
		}
		const value = (raw as Record<string, unknown>)[shapeId];
		if (value === 0) continue;
		votes.push({ shapeId, count: count.read(value, note) });
	}
	let left = voting.budget;
	const kept: { shapeId: string; count: number }[] = [];
	for (const vote of votes) {
		if (left <= 0) break;
		const c = Math.min(vote.count, left);
		kept.push({ shapeId: vote.shapeId, count: c });
		left -= c;
	}
	if (kept.length !== votes.length || kept.some((v, i) => v.count !== votes[i]?.count)) note('out-of-range');
	return kept;
}

/** Total votes per shape across all ballots. */
export function tallyVotes(ballots: readonly Ballot[]): Map<string, number> {
	const tally = new Map<string, number>();
	for (const ballot of ballots) {
		for (const { shapeId, count } of ballot.votes) tally.set(shapeId, (tally.get(shapeId) ?? 0) + count);
	}
	return tally;
}

/** Votes a ballot still has to cast. */
export function votesLeft(voting: VotingSession, ballot: Ballot | undefined): number {
	const used = ballot ? ballot.votes.reduce((sum, v) => sum + v.count, 0) : 0;
	return Math.max(0, voting.budget - used);
}

/**
 * The ballot after adding (delta 1) or removing (delta -1) a vote on `shapeId`, or null when the
 * session is closed, the budget is spent, or the per-shape rule forbids it.
 */
export function changeVote(
	voting: VotingSession,
	ballot: Ballot | undefined,
	voter: string,
	shapeId: string,
	delta: 1 | -1
): Ballot | null {
	if (!voting.open) return null;
	const votes = new Map((ballot?.session === voting.id ? ballot.votes : []).map((v) => [v.shapeId, v.count]));
	const current = votes.get(shapeId) ?? 0;
	if (delta === 1) {
		const sameSession = ballot?.session === voting.id ? ballot : undefined;
		if (votesLeft(voting, sameSession) === 0) return null;
		if (!voting.multiplePerShape && current >= 1) return null;
	} else if (current === 0) return null;
	const next = current + delta;
	if (next === 0) votes.delete(shapeId);
	else votes.set(shapeId, next);
	const sorted = [...votes.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	return { voter, session: voting.id, votes: sorted.map(([id, count]) => ({ shapeId: id, count })) };
}
