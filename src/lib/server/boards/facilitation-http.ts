/**
 * How the board's vote and private-note endpoints answer: JSON always, with a message in the
 * request's language — 401 signed out, 404 no board or no role (a board id reveals nothing), 403
 * a role that may not do it, 409 a refusal by the session's rules, 400 malformed input, 413 too large,
 * 429 (with `retry-after`) too many writes by one person. Every write counts against its author's
 * limit here, at the endpoint, so a facilitator's workshop-wide broadcast (which reveals each team
 * board through the same service) is not throttled by its own fan-out.
 */
import { json } from '@sveltejs/kit';
import { z, type ZodType } from 'zod';
import * as m from '../../paraglide/messages';
import type { Database } from '../db/client';
import { hitRateLimit, type RateLimitPolicy } from '../auth/rate-limit';
import { localizedErrorMap } from '../validation/form';
import type { BoardActor } from './access';
import { BoardError } from './boards';
import type { LiveRooms } from './live-rooms';
import { deletePrivateNote, PrivateNoteError, privateNoteRefusalMessage, revealPrivateNotes, savePrivateNote, type PrivateNoteInput } from './private-notes';
import { castVote, revealVotes, voteInputSchema, VoteError, voteRefusalMessage } from './voting';

const MINUTE = 60_000;
/**
 * Votes cast, withdrawn or revealed by one person: a dozen placed in a few seconds, or a whole
 * 99-vote budget (MAX_VOTE_BUDGET) placed and a score moved within a minute, fit; a script is held
 * to two a second.
 */
export const VOTE_WRITE_LIMIT: RateLimitPolicy = { name: 'board:vote', limit: 120, windowMs: MINUTE };
/**
 * Private-note saves, deletes and reveals by one person. The client saves a note 500 ms after the
 * last keystroke or move, so steady typing with pauses stays under two saves a second (120 a
 * minute); a paste makes up to 50 notes at once. Two pastes and a minute of typing still fit.
 */
export const PRIVATE_NOTE_WRITE_LIMIT: RateLimitPolicy = { name: 'board:private-note', limit: 300, windowMs: MINUTE };

// A sticky's text is capped at 10,000 characters; escaped as JSON that stays well under this.
const MAX_BODY_BYTES = 128 * 1024;

/** Runs a service call and turns refusals into JSON answers. */
export async function facilitationAnswer(run: () => Promise<unknown>): Promise<Response> {
	try {
		return json(await run());
	} catch (cause) {
		if (cause instanceof BoardError) {
			if (cause.code === 'forbidden') return json({ message: m.facilitation_error_forbidden() }, { status: 403 });
			return json({ message: m.board_not_found() }, { status: 404 });
		}
		if (cause instanceof VoteError) return json({ message: voteRefusalMessage(cause.code), code: cause.code }, { status: 409 });
		if (cause instanceof PrivateNoteError) return json({ message: privateNoteRefusalMessage(cause.code), code: cause.code }, { status: 409 });
		if (cause instanceof WriteLimited) {
			return json(
				{ message: m.facilitation_error_rate_limited(), code: 'rate_limited' },
				{ status: 429, headers: { 'retry-after': String(cause.retryAfterSeconds) } }
			);
		}
		throw cause;
	}
}

/** Reads and validates a JSON body, or returns the 400/413 answer. */
export async function readJsonBody<T>(request: Request, schema: ZodType<T>): Promise<{ ok: true; data: T } | { ok: false; response: Response }> {
	const text = await request.text().catch(() => '');
	if (Buffer.byteLength(text) > MAX_BODY_BYTES) return { ok: false, response: json({ message: m.facilitation_error_too_large() }, { status: 413 }) };
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return { ok: false, response: json({ message: m.form_invalid() }, { status: 400 }) };
	}
	const parsed = schema.safeParse(raw, { error: localizedErrorMap });
	if (!parsed.success) return { ok: false, response: json({ message: parsed.error.issues[0]?.message ?? m.form_invalid() }, { status: 400 }) };
	return { ok: true, data: parsed.data };
}

/** The 401 answer for a signed-out request. */
export function signedOut(): Response {
	return json({ message: m.facilitation_error_signed_out() }, { status: 401 });
}

/** One person wrote too often under a policy; the endpoint answers 429. */
export class WriteLimited extends Error {
	constructor(readonly retryAfterSeconds: number) {
		super('facilitation: rate limited');
		this.name = 'WriteLimited';
	}
}

/** Counts one write by `actor` under `policy`; throws WriteLimited past the limit. */
export async function limitWrite(db: Database, policy: RateLimitPolicy, actor: BoardActor): Promise<void> {
	const hit = await hitRateLimit(db, policy, String(actor.id));
	if (!hit.allowed) throw new WriteLimited(hit.retryAfterSeconds);
}

/** What the vote endpoint accepts: a vote (+1 or -1 on a shape), or (facilitators) the reveal. */
export const voteRequestSchema = z.union([voteInputSchema.extend({ action: z.literal('vote') }), z.object({ action: z.literal('reveal') })]);
export type VoteRequest = z.infer<typeof voteRequestSchema>;

/** The vote endpoint's write: counted against the voter's limit, then the vote or the reveal. */
export async function voteWrite(db: Database, rooms: LiveRooms, actor: BoardActor, boardId: string, input: VoteRequest): Promise<unknown> {
	await limitWrite(db, VOTE_WRITE_LIMIT, actor);
	if (input.action === 'reveal') return { results: await revealVotes(db, rooms, actor, boardId) };
	return castVote(db, rooms, actor, boardId, input);
}

/** The private-note endpoint's write: counted against the author's limit, then the save, delete or reveal. */
export async function privateNoteWrite(db: Database, rooms: LiveRooms, actor: BoardActor, boardId: string, input: PrivateNoteInput): Promise<unknown> {
	await limitWrite(db, PRIVATE_NOTE_WRITE_LIMIT, actor);
	if (input.action === 'delete') return (await deletePrivateNote(db, actor, boardId, input.id), { deleted: input.id });
	if (input.action === 'reveal') return { revealed: await revealPrivateNotes(db, rooms, actor, boardId, input.end) };
	return { note: await savePrivateNote(db, rooms, actor, boardId, input.note) };
}
