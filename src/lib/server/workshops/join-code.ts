/**
 * Workshop join codes: 8 characters from a 32-symbol alphabet without the look-alikes 0/O and 1/I,
 * so a code read aloud or copied from a projector is typed right. 32^8 ≈ 1.1 × 10^12 codes keep
 * guessing hopeless next to the join rate limit; the code is shown as `XXXX-XXXX`.
 */
import { randomInt } from 'node:crypto';

export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 8;

/** A fresh random join code (crypto RNG). */
export function generateJoinCode(): string {
	let code = '';
	for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
	return code;
}

/**
 * What the user typed, as stored: upper case without spaces or dashes. Older or hand-made codes
 * (the demo's `PIJAR1`) may contain any letter or digit, so nothing else is rewritten.
 */
export function normalizeJoinCode(input: string): string {
	return input.toUpperCase().replace(/[\s-]+/g, '');
}

/** True when a normalized code could be a join code at all (cheap check before the database). */
export function isPlausibleJoinCode(code: string): boolean {
	return /^[A-Z0-9]{4,12}$/.test(code);
}

/** The code as shown to people: `ABCD-EFGH` for generated codes, unchanged otherwise. */
export function formatJoinCode(code: string): string {
	return code.length === JOIN_CODE_LENGTH ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}
