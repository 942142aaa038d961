/**
 * How board refusals reach the browser: `not_found` (also given to people without any role, so a
 * board id reveals nothing) becomes a 404 page, `forbidden` (a viewer posting an edit) a 403 page;
 * form mistakes are 400s naming the form.
 */
import { error, fail, type ActionFailure } from '@sveltejs/kit';
import * as m from '../../paraglide/messages';
import { BoardError } from './boards';

/** The forms of the board list and sharing pages. */
export type BoardForm = 'create' | 'rename' | 'duplicate' | 'delete' | 'share' | 'unshare' | 'link';

/** What a failed board form returns: which form, which board, the field errors and the values to keep. */
export interface BoardFormFailure {
	form: BoardForm;
	boardId?: string;
	errors: Record<string, string>;
	values?: Record<string, string>;
}

/** A 400 failure for one form of the page. */
export function boardFormFailure(failure: BoardFormFailure): ActionFailure<BoardFormFailure> {
	return fail(400, failure);
}

/** Runs a service call; BoardErrors become 404/403 pages, anything else propagates. */
export async function orRefusal<T>(run: () => Promise<T>): Promise<T> {
	try {
		return await run();
	} catch (cause) {
		if (cause instanceof BoardError) {
			if (cause.code === 'forbidden') error(403, m.board_error_forbidden());
			error(404, m.board_not_found());
		}
		throw cause;
	}
}
