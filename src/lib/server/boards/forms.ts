/**
 * Form schemas of the board pages, parsed with `parseForm` so errors come back per field in the
 * user's language. Services trust only what passed these.
 */
import { z } from 'zod';
import * as m from '../../paraglide/messages';
import { requiredText } from '../validation/form';
import { BOARD_ID_PATTERN, BOARD_TITLE_MAX } from './boards';

const boardId = z.string().regex(BOARD_ID_PATTERN);

/** Create a board, personal or for one of the user's teams. */
export const createBoardFormSchema = z.object({
	title: requiredText(BOARD_TITLE_MAX),
	teamId: z
		.union([z.literal(''), z.coerce.number().int().positive().max(2_147_483_647)])
		.optional()
		.transform((value) => (value === '' || value === undefined ? null : value))
});

/** Rename a board. */
export const renameBoardFormSchema = z.object({ id: boardId, title: requiredText(BOARD_TITLE_MAX) });

/** Delete a board: the confirmation box must be ticked (works without JavaScript). */
export const deleteBoardFormSchema = z.object({
	id: boardId,
	confirm: z.literal('on', { error: () => m.board_delete_confirm_required() })
});
