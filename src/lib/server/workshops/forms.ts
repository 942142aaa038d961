/**
 * Form schemas for the workshop pages: one zod schema per form, parsed with `parseForm` so the
 * errors come back per field in the user's language. Services trust only what passed these.
 */
import { z } from 'zod';
import * as m from '../../paraglide/messages';
import { STAGES } from '../../stages';
import { WORKSHOP_ROLES, WORKSHOP_STATUSES } from '../db/schema';
import { isPlausibleJoinCode, normalizeJoinCode } from './join-code';

export const MAX_CAPACITY = 500;
export const MAX_TEAMS = 50;

// `<input type="date">` sends YYYY-MM-DD or nothing; dates are stored at UTC midnight.
const optionalDate = z
	.union([z.literal(''), z.iso.date()])
	.optional()
	.transform((value) => (value ? new Date(`${value}T00:00:00Z`) : null));

const id = z.coerce.number().int().positive().max(2_147_483_647);

/** Create or edit a workshop. */
export const workshopFormSchema = z
	.object({
		title: z.string().trim().min(3).max(120),
		description: z.string().trim().max(2000).default(''),
		startsOn: optionalDate,
		endsOn: optionalDate,
		partnerAgencyId: z
			.union([z.literal(''), id])
			.optional()
			.transform((value) => (value === '' || value === undefined ? null : value)),
		capacity: z.coerce.number().int().min(1).max(MAX_CAPACITY)
	})
	.refine((v) => !v.startsOn || !v.endsOn || v.endsOn >= v.startsOn, {
		path: ['endsOn'],
		error: () => m.workshop_error_ends_before_start()
	});
export type WorkshopForm = z.output<typeof workshopFormSchema>;

/** The join form: the code as typed, normalized. */
export const joinFormSchema = z.object({
	code: z
		.string()
		.trim()
		.min(1)
		.max(20)
		.transform(normalizeJoinCode)
		.refine(isPlausibleJoinCode, { error: () => m.workshop_error_code_invalid() })
});

export const statusFormSchema = z.object({ status: z.enum(WORKSHOP_STATUSES) });

export const teamNameFormSchema = z.object({ name: z.string().trim().min(1).max(60) });

export const teamFormSchema = z.object({ teamId: id });

export const renameTeamFormSchema = z.object({ teamId: id, name: z.string().trim().min(1).max(60) });

/** Move a participant to a team, or out of every team (`teamId` empty). */
export const moveFormSchema = z.object({
	userId: id,
	teamId: z
		.union([z.literal(''), id])
		.optional()
		.transform((value) => (value === '' || value === undefined ? null : value))
});

export const shuffleFormSchema = z.object({
	teamCount: z.coerce.number().int().min(1).max(MAX_TEAMS),
	mode: z.enum(['all', 'unassigned']).default('all'),
	seed: z.string().trim().max(40).default('')
});

export const mentorFormSchema = z.object({ teamId: id, userId: id });

export const memberFormSchema = z.object({ userId: id });

export const addMemberFormSchema = z.object({
	email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
	role: z.enum(WORKSHOP_ROLES)
});

export const roleFormSchema = z.object({ userId: id, role: z.enum(WORKSHOP_ROLES) });

export const stageFormSchema = z.object({ teamId: id, stage: z.enum(STAGES) });

/** Start a team board, blank or from a method template. */
export const newBoardFormSchema = z.object({
	teamId: id,
	title: z.string().trim().min(1).max(120),
	methodId: z
		.union([z.literal(''), z.string().regex(/^[a-z0-9-]{1,60}$/)])
		.optional()
		.transform((value) => (value ? value : null))
});
