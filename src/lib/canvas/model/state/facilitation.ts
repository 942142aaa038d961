import {
	bool,
	finite,
	idOr,
	isRecord,
	nullableId,
	own,
	type Field,
	type RepairReason
} from '../fields';
import { COORD_LIMIT, MAX_TIMESTAMP } from '../limits';
import { runMigrations, safeCopy, type Migration } from '../migrate';
import { IDLE_TIMER, timerField, type TimerState } from './timer';
import { votingField, type VotingSession } from './voting';
import { voteResultsField, type VoteResults } from './vote-results';
import { spotlightField, type Spotlight } from './spotlight';

/** "Everyone look here": the facilitator pulls every participant's view to a place or a frame. */
export interface Summon {
	by: string;
	at: number;
	x: number;
	y: number;
	zoom: number;
	frameId: string | null;
}

/**
 * Facilitation state of a board (`doc.getMap('facilitation')`), kept apart from shapes: it is written
 * by facilitators and the server only, and never moves, copies or exports with the content.
 */
export interface Facilitation {
	v: number;
	timer: TimerState;
	voting: VotingSession | null;
	/** Tallies of the voting session, written by the server when the facilitator reveals them. */
	results: VoteResults | null;
	/**
	 * Silent mode: participants' new notes stay on the server, out of this document, until the
	 * facilitator reveals them.
	 */
	privateMode: boolean;
	/** When private notes were last revealed into the board (0: never); clients reload theirs then. */
	privateRevealedAt: number;
	summon: Summon | null;
	spotlight: Spotlight | null;
}

/** Append-only migrations of the facilitation record. */
export const facilitationMigrations: readonly Migration<Record<string, unknown>>[] = [
	{
		version: 1,
		name: 'ballots-leave-the-document',
		// Ballots used to sit in the document, where every participant could read them before the
		// reveal; they now live on the server. Old ballots are dropped, not turned into results.
		up: ({ ballots: _ballots, ...rest }) => rest
	}
];

/** A board with no facilitation going on. */
export function defaultFacilitation(): Facilitation {
	return {
		v: facilitationMigrations.length,
		timer: { ...IDLE_TIMER },
		voting: null,
		results: null,
		privateMode: false,
		privateRevealedAt: 0,
		summon: null,
		spotlight: null
	};
}

function summonField(): Field<Summon | null> {
	const coord = finite(0, -COORD_LIMIT, COORD_LIMIT);
	return {
		read(raw, note) {
			if (raw === null) return null;
			if (raw === undefined) return note('missing'), null;
			if (!isRecord(raw)) return note('wrong-type'), null;
			return {
				by: idOr('').read(own(raw, 'by'), note),
				at: finite(0, 0, MAX_TIMESTAMP).read(own(raw, 'at'), note),
				x: coord.read(own(raw, 'x'), note),
				y: coord.read(own(raw, 'y'), note),
				zoom: finite(1, 0.01, 100).read(own(raw, 'zoom'), note),
				frameId: nullableId().read(own(raw, 'frameId'), note)
			};
		}
	};
}

/**
 * Reads untrusted facilitation data into a valid record. `shapeExists` lets the board-level gate
 * drop results on shapes that are gone.
 */
export function restoreFacilitation(
	raw: unknown,
	shapeExists?: (id: string) => boolean
): { facilitation: Facilitation; repaired: { field: string; reason: RepairReason }[] } {
	const repaired: { field: string; reason: RepairReason }[] = [];
	const at = (field: string) => (reason: RepairReason) => repaired.push({ field, reason });
	let record: Record<string, unknown>;
	try {
		record = runMigrations(safeCopy(raw), facilitationMigrations, at('v'));
	} catch {
		at('v')('invalid');
		record = {};
	}
	const voting = votingField().read(own(record, 'voting'), at('voting'));
	let results = voteResultsField(shapeExists).read(own(record, 'results'), at('results'));
	// Results belong to the session they were counted in; a new or cleared session hides them.
	if (results && results.session !== voting?.id) {
		at('results')('invalid');
		results = null;
	}
	const facilitation: Facilitation = {
		v: facilitationMigrations.length,
		timer: timerField().read(own(record, 'timer'), at('timer')),
		voting,
		results,
		privateMode: bool(false).read(own(record, 'privateMode'), at('privateMode')),
		privateRevealedAt: finite(0, 0, MAX_TIMESTAMP).read(own(record, 'privateRevealedAt'), at('privateRevealedAt')),
		summon: summonField().read(own(record, 'summon'), at('summon')),
		spotlight: spotlightField().read(own(record, 'spotlight'), at('spotlight'))
	};
	return { facilitation, repaired };
}
