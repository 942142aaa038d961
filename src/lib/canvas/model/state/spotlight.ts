import { finite, idOr, isRecord, own, text, type Field } from '../fields';
import { MAX_TIMESTAMP } from '../limits';

/** A facilitator's message shown to everyone on the board until replaced or cleared. */
export interface Spotlight {
	text: string;
	by: string;
	at: number;
}

/** A spotlight is one short announcement, not a document: a tweet's length. */
export const MAX_SPOTLIGHT = 280;

/** Reads a spotlight; an empty text is no spotlight. */
export function spotlightField(): Field<Spotlight | null> {
	const message = text(MAX_SPOTLIGHT);
	return {
		read(raw, note) {
			if (raw === null || raw === undefined) return null;
			if (!isRecord(raw)) return note('wrong-type'), null;
			const value = message.read(own(raw, 'text'), note).trim();
			if (!value) return note('invalid'), null;
			return {
				text: value,
				by: idOr('').read(own(raw, 'by'), note),
				at: finite(0, 0, MAX_TIMESTAMP).read(own(raw, 'at'), note)
			};
		}
	};
}
