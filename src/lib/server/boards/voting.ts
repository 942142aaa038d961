/**
 * Dot voting on the server. Ballots live in `board_ballots`, never in the board's document, so a
 * participant's browser cannot learn the standings before the reveal. Every vote is checked here
 * against the session in the live document (open, budget, one or several per shape, the shape
 * exists) with the same pure rules the model uses; the reveal writes only tallies (and, for a
 * named vote, voters' names) into the board, in one edit with the session's `revealed` flag.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import * as m from '../../paraglide/messages';
import type { Database } from '../db/client';
import { boardBallots, users } from '../db/schema';
import { isValidId } from '../../canvas/model/fields';
import { changeVote, readBallots, tallyVotes, votesLeft, type Ballot, type VoteView, type VotingSession } from '../../canvas/model/state/voting';
import { rankTally, type VoteResults } from '../../canvas/model/state/vote-results';
import { readFacilitation, updateFacilitation } from '../../canvas/sync/board-state';
import { boardMaps } from '../../canvas/sync/doc';
import type { Room } from '../realtime/room';
import { authorizeBoard, type BoardActor } from './access';
import { BoardError } from './boards';
import { withRoom, type LiveRooms } from './live-rooms';

/** Why a vote was not counted; each has a message for the voter. */
export type VoteRefusal = 'closed' | 'budget' | 'one_per_shape' | 'no_vote' | 'no_shape';

export class VoteError extends Error {
	constructor(readonly code: VoteRefusal) {
		super(`vote: ${code}`);
		this.name = 'VoteError';
	}
}

/** The voter's message for a refusal, in the request's language. */
export function voteRefusalMessage(code: VoteRefusal): string {
	switch (code) {
		case 'closed':
			return m.vote_error_closed();
		case 'budget':
			return m.vote_error_budget();
		case 'one_per_shape':
			return m.vote_error_one_per_shape();
		case 'no_vote':
			return m.vote_error_no_vote();
		case 'no_shape':
			return m.vote_error_no_shape();
	}
}

/** A vote as the browser sends it. */
export const voteInputSchema = z.object({
	shapeId: z.string().refine((id) => isValidId(id), { error: () => m.vote_error_no_shape() }),
	delta: z.union([z.literal(1), z.literal(-1)])
});
export type VoteInput = z.infer<typeof voteInputSchema>;


async function access(db: Database, actor: BoardActor, boardId: string) {
	const auth = await authorizeBoard(db, boardId, actor);
	if (!auth.exists || !auth.role) throw new BoardError('not_found');
	return auth;
}

function sessionOf(room: Room): VotingSession | null {
	return readFacilitation(room.doc).voting;
}

function shapeExistsIn(room: Room): (id: string) => boolean {
	const shapes = boardMaps(room.doc).shapes;
	return (id) => shapes.has(id);
}

async function ballotsOf(db: Database, boardId: string, voting: VotingSession, room: Room, voterId?: number): Promise<Ballot[]> {
	const rows = await db
		.select({ voterId: boardBallots.voterId, votes: boardBallots.votes })
		.from(boardBallots)
		.where(and(eq(boardBallots.boardId, boardId), eq(boardBallots.session, voting.id), voterId === undefined ? undefined : eq(boardBallots.voterId, voterId)));
	// Through the model's reader: shapes deleted since the vote no longer count.
	const raw = Object.fromEntries(rows.map((r) => [String(r.voterId), { session: voting.id, votes: r.votes }]));
	return readBallots(raw, voting, () => {}, shapeExistsIn(room));
}

function viewOf(voting: VotingSession | null, ballot: Ballot | undefined): VoteView {
	if (!voting) return { session: null, votes: [], left: 0 };
	return { session: voting.id, votes: ballot?.votes ?? [], left: votesLeft(voting, ballot) };
}

function standings(ballots: Ballot[]): NonNullable<VoteView['standings']> {
	const tally = rankTally([...tallyVotes(ballots)].map(([shapeId, count]) => ({ shapeId, count })));
	return { voters: ballots.length, tally };
}

/** My ballot in the board's current session (and the standings, for facilitators). */
export async function myVote(db: Database, rooms: LiveRooms, actor: BoardActor, boardId: string): Promise<VoteView> {
	const auth = await access(db, actor, boardId);
	return withRoom(rooms, boardId, async (room) => {
		const voting = sessionOf(room);
		if (!voting) return viewOf(null, undefined);
		const all = await ballotsOf(db, boardId, voting, room, auth.facilitator ? undefined : actor.id);
		const view = viewOf(voting, all.find((b) => b.voter === String(actor.id)));
		return auth.facilitator ? { ...view, standings: standings(all) } : view;
	});
}

/** Casts (+1) or withdraws (-1) one vote; throws VoteError when the session's rules refuse it. */
export async function castVote(db: Database, rooms: LiveRooms, actor: BoardActor, boardId: string, input: VoteInput): Promise<VoteView> {
	const auth = await access(db, actor, boardId);
	if (auth.role !== 'edit') throw new BoardError('forbidden');
	return withRoom(rooms, boardId, async (room) => {
		const voting = sessionOf(room);
		if (!voting?.open) throw new VoteError('closed');
		if (input.delta === 1 && !shapeExistsIn(room)(input.shapeId)) throw new VoteError('no_shape');
		const voter = String(actor.id);
		const [mine] = await ballotsOf(db, boardId, voting, room, actor.id);
		const next = changeVote(voting, mine, voter, input.shapeId, input.delta);
		if (!next) throw new VoteError(refusalOf(voting, mine, input));
		// Each written ballot is valid on its own, so two tabs racing can lose a vote but never
		// exceed the budget.
		const votes = Object.fromEntries(next.votes.map((v) => [v.shapeId, v.count]));
		if (next.votes.length === 0) {
			await db.delete(boardBallots).where(and(eq(boardBallots.boardId, boardId), eq(boardBallots.session, voting.id), eq(boardBallots.voterId, actor.id)));
		} else {
			await db
				.insert(boardBallots)
				.values({ boardId, session: voting.id, voterId: actor.id, votes })
				.onConflictDoUpdate({ target: [boardBallots.boardId, boardBallots.session, boardBallots.voterId], set: { votes, updatedAt: new Date() } });
		}
		return viewOf(voting, next);
	});
}

function refusalOf(voting: VotingSession, ballot: Ballot | undefined, input: VoteInput): VoteRefusal {
	if (input.delta === -1) return 'no_vote';
	if (votesLeft(voting, ballot) === 0) return 'budget';
	return 'one_per_shape';
}

/**
 * Reveals the current session (facilitators only): closes it and writes the ranked tallies into the
 * board, with voters' names when the session was not anonymous. Returns the results.
 */
export async function revealVotes(db: Database, rooms: LiveRooms, actor: BoardActor, boardId: string): Promise<VoteResults> {
	const auth = await access(db, actor, boardId);
	if (!auth.facilitator) throw new BoardError('forbidden');
	const results = await withRoom(rooms, boardId, async (room) => {
		const voting = sessionOf(room);
		if (!voting) throw new VoteError('closed');
		const ballots = await ballotsOf(db, boardId, voting, room);
		const names = voting.anonymous ? null : await voterNames(db, ballots);
		const tally = standings(ballots).tally.map((t) =>
			names ? { ...t, names: ballots.filter((b) => b.votes.some((v) => v.shapeId === t.shapeId)).map((b) => names.get(b.voter) ?? '') } : t
		);
		const results: VoteResults = { session: voting.id, voters: ballots.length, tally };
		room.applyServerEdit((doc, origin) => updateFacilitation(doc, { voting: { ...voting, open: false, revealed: true }, results }, origin));
		return results;
	});
	await rooms.flush();
	return results;
}

async function voterNames(db: Database, ballots: Ballot[]): Promise<Map<string, string>> {
	const ids = ballots.map((b) => Number(b.voter)).filter(Number.isSafeInteger);
	if (ids.length === 0) return new Map();
	const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids));
	return new Map(rows.map((r) => [String(r.id), r.name]));
}
