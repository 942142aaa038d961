/**
 * Input rules for account forms, shared by the routes, the services' callers and the admin CLI.
 * Unknown fields (a forged `role`, `disabled`, …) are dropped by zod's object parsing.
 */
import { z } from 'zod';
import * as m from '../../paraglide/messages';
import { ROLES } from '../db/schema';
import { optionalText, requiredText } from '../validation/form';

export const NAME_MAX = 100;
export const POSITION_MAX = 120;
export const AGENCY_NAME_MAX = 160;
export const PASSWORD_MIN = 10;
// argon2 hashes any length, but an unbounded field invites slow-hash denial of service.
export const PASSWORD_MAX = 128;

/** Email, trimmed and lower-cased (accounts are unique case-insensitively). */
export const emailSchema = z.string().trim().toLowerCase().min(1).max(254).pipe(z.email());

/**
 * A new password: at least 10 characters, with at least one letter and at least one digit or
 * symbol, so neither a plain word nor a run of digits passes. Length matters most; the mix rule
 * only stops the trivial cases.
 */
export const newPasswordSchema = z
	.string()
	.min(PASSWORD_MIN)
	.max(PASSWORD_MAX)
	.refine((value) => /\p{L}/u.test(value) && /[^\p{L}\s]/u.test(value), { error: () => m.form_password_weak() });

/** A password being checked (sign-in, current password): any non-empty string within the cap. */
export const passwordSchema = z.string().min(1).max(PASSWORD_MAX);

export const nameSchema = requiredText(NAME_MAX);

/** Optional NIP: exactly 18 digits; spaces people type between its groups are ignored. */
export const nipSchema = z
	.string()
	.optional()
	.transform((value) => (value ?? '').replace(/\s+/g, ''))
	.pipe(z.union([z.literal(''), z.string().regex(/^\d{18}$/, { error: () => m.account_nip_invalid() })]))
	.transform((value) => (value === '' ? undefined : value));

const provinceSchema = z.string().regex(/^\d{2}$/, { error: () => m.form_invalid_choice() });

export const localeSchema = z.enum(['id', 'en']);
export const roleSchema = z.enum(ROLES);

/** Which agency: an existing one by id, or a new one by name and kind. */
export type AgencyChoice = { id: number } | { name: string; kind: string };

/** The `agencyId` select (an id, or `new`) plus the fields for typing a new agency. */
const agencyFields = {
	agencyId: z.string().regex(/^(\d{1,9}|new)$/, { error: () => m.account_agency_required() }),
	newAgencyName: optionalText(AGENCY_NAME_MAX),
	newAgencyKind: optionalText(40)
};

type AgencyFields = { agencyId: string; newAgencyName?: string; newAgencyKind?: string };

// Runs even when other fields failed (`when`), so every field error shows on the first submit.
const ALWAYS = { when: () => true };

/** A new agency needs both its name and its kind. */
function checkNewAgency(value: Partial<AgencyFields>, ctx: z.RefinementCtx): void {
	if (value.agencyId !== 'new') return;
	if (!value.newAgencyName) ctx.addIssue({ code: 'custom', path: ['newAgencyName'], message: m.form_required() });
	if (!value.newAgencyKind) ctx.addIssue({ code: 'custom', path: ['newAgencyKind'], message: m.form_required() });
}

function toAgencyChoice({ agencyId, newAgencyName, newAgencyKind }: AgencyFields): AgencyChoice {
	return agencyId === 'new' ? { name: newAgencyName ?? '', kind: newAgencyKind ?? '' } : { id: Number(agencyId) };
}

const profileFields = {
	name: nameSchema,
	...agencyFields,
	position: requiredText(POSITION_MAX),
	provinceCode: provinceSchema,
	nip: nipSchema
};

/** Registration form. */
export const registerSchema = z
	.object({ ...profileFields, email: emailSchema, password: newPasswordSchema })
	.superRefine(checkNewAgency, ALWAYS)
	.transform(({ agencyId, newAgencyName, newAgencyKind, ...rest }) => ({
		...rest,
		agency: toAgencyChoice({ agencyId, newAgencyName, newAgencyKind })
	}));
export type RegisterInput = z.output<typeof registerSchema> & { locale?: 'id' | 'en' };

/** Profile settings form. */
export const profileSchema = z
	.object({ ...profileFields, locale: localeSchema })
	.superRefine(checkNewAgency, ALWAYS)
	.transform(({ agencyId, newAgencyName, newAgencyKind, ...rest }) => ({
		...rest,
		agency: toAgencyChoice({ agencyId, newAgencyName, newAgencyKind })
	}));
export type ProfileInput = z.output<typeof profileSchema>;

/** Sign-in form; `redirectTo` is checked separately (same-site paths only). */
export const loginSchema = z.object({ email: emailSchema, password: passwordSchema, redirectTo: z.string().max(2000).optional() });

/** "Forgot password" form. */
export const resetRequestSchema = z.object({ email: emailSchema });

/** A new password typed twice. */
const confirmedPassword = (value: { newPassword?: unknown; newPasswordConfirm?: unknown }, ctx: z.RefinementCtx) => {
	if (typeof value.newPasswordConfirm === 'string' && value.newPassword !== value.newPasswordConfirm) {
		ctx.addIssue({ code: 'custom', path: ['newPasswordConfirm'], message: m.account_password_mismatch() });
	}
};

/** "Set a new password" form behind a reset link. */
export const resetPasswordSchema = z
	.object({ newPassword: newPasswordSchema, newPasswordConfirm: z.string().max(PASSWORD_MAX) })
	.superRefine(confirmedPassword, ALWAYS);

/** Change-password form in the account settings. */
export const changePasswordSchema = z
	.object({ currentPassword: passwordSchema, newPassword: newPasswordSchema, newPasswordConfirm: z.string().max(PASSWORD_MAX) })
	.superRefine(confirmedPassword, ALWAYS);

/** Admin: change a user's role. */
export const roleChangeSchema = z.object({ userId: z.coerce.number().int().positive(), role: roleSchema });

/** Admin: disable or enable a user. */
export const userIdSchema = z.object({ userId: z.coerce.number().int().positive() });

/** Admin user list: search text and page. */
export const userSearchSchema = z.object({
	q: z.string().trim().max(100).catch(''),
	page: z.coerce.number().int().min(1).max(100_000).catch(1)
});
