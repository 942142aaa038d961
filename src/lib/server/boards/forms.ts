/**
 * Form schemas of the board pages, parsed with `parseForm` so errors come back per field in the
 * user's language. Services trust only what passed these.
 */
import { z } from 'zod';
import * as m from '../../paraglide/messages';
import { BOARD_ROLES } from '../db/schema';
import { requiredText } from '../validation/form';
import { BOARD_ID_PATTERN, BOARD_TITLE_MAX } from './boards';
import { isBoardTemplate } from './manage';

const boardId = z.string().regex(BOARD_ID_PATTERN);

/** Create a board, personal or for one of the user's teams, blank or from a template. */
export const createBoardFormSchema = z.object({
	title: requiredText(BOARD_TITLE_MAX),
	teamId: z
		.union([z.literal(''), z.coerce.number().int().positive().max(2_147_483_647)])
		.optional()
		.transform((value) => (value === '' || value === undefined ? null : value)),
	template: z
		.string()
		.optional()
		.transform((value) => value || null)
		.refine((value) => value === null || isBoardTemplate(value), { error: () => m.form_invalid_choice() })
});

/** Rename a board. */
export const renameBoardFormSchema = z.object({ id: boardId, title: requiredText(BOARD_TITLE_MAX) });

/** Duplicate a board. */
export const duplicateBoardFormSchema = z.object({ id: boardId });

/** Delete a board: the confirmation box must be ticked (works without JavaScript). */
export const deleteBoardFormSchema = z.object({
	id: boardId,
	confirm: z.literal('on', { error: () => m.board_delete_confirm_required() })
});

/** Share a board with an existing user by email. */
export const shareBoardFormSchema = z.object({
	email: z.string().trim().max(254).pipe(z.email()),
	role: z.enum(BOARD_ROLES)
});

/** Remove one person's access. */
export const unshareBoardFormSchema = z.object({ userId: z.coerce.number().int().positive().max(2_147_483_647) });
