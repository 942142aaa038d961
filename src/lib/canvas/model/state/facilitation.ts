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
import { readBallots, votingField, type Ballot, type VotingSession } from './voting';

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
 * by facilitators (ballots by each voter) and never moves, copies or exports with the content.
 */
export interface Facilitation {
	v: number;
	timer: TimerState;
	voting: VotingSession | null;
	ballots: Ballot[];
	/** Silent mode: participants' new notes stay private until the facilitator reveals them. */
	privateMode: boolean;
	summon: Summon | null;
}

/** Append-only migrations of the facilitation record. */
export const facilitationMigrations: readonly Migration<Record<string, unknown>>[] = [];

/** A board with no facilitation going on. */
export function defaultFacilitation(): Facilitation {
	return {
		v: facilitationMigrations.length,
		timer: { ...IDLE_TIMER },
		voting: null,
		ballots: [],
		privateMode: false,
		summon: null
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
 * drop votes on shapes that are gone.
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
	const facilitation: Facilitation = {
		v: facilitationMigrations.length,
		timer: timerField().read(own(record, 'timer'), at('timer')),
		voting,
		ballots: readBallots(own(record, 'ballots'), voting, at('ballots'), shapeExists),
		privateMode: bool(false).read(own(record, 'privateMode'), at('privateMode')),
		summon: summonField().read(own(record, 'summon'), at('summon'))
	};
	return { facilitation, repaired };
}
