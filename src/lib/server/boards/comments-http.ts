/** How comment refusals reach the panel: JSON errors with 404 (no board or no role) or 403 (view only). */
import { json } from '@sveltejs/kit';
import * as m from '../../paraglide/messages';
import { BoardError } from './boards';

/** Runs a comment service call; BoardErrors become JSON 404/403 answers. */
export async function commentRefusal(run: () => Promise<Response>): Promise<Response> {
	try {
		return await run();
	} catch (cause) {
		if (cause instanceof BoardError) {
			if (cause.code === 'forbidden') return json({ message: m.comment_error_forbidden() }, { status: 403 });
			return json({ message: m.board_not_found() }, { status: 404 });
		}
		throw cause;
	}
}
