/**
 * How the board's vote and private-note endpoints answer: JSON always, with a message in the
 * request's language — 401 signed out, 404 no board or no role (a board id reveals nothing), 403
 * a role that may not do it, 409 a refusal by the session's rules, 400 malformed input, 413 too large.
 */
import { json } from '@sveltejs/kit';
import type { ZodType } from 'zod';
import * as m from '../../paraglide/messages';
import { localizedErrorMap } from '../validation/form';
import { BoardError } from './boards';
import { PrivateNoteError, privateNoteRefusalMessage } from './private-notes';
import { VoteError, voteRefusalMessage } from './voting';

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
