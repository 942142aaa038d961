/**
 * Input rules for the profile section of the account page and the talent-pool search. Bio and tags
 * are plain text: markup is refused with a clear message rather than silently stripped, so what
 * the person sees saved is exactly what they typed.
 */
import { z } from 'zod';
import * as m from '../../paraglide/messages';
import { normalizeTag, PROFILE_LIMITS, splitTags, VISIBILITY_FIELDS, type VisibilityField } from '../../profiles/fields';

// Letters (any script), digits, spaces and the punctuation real skill names use: "C++", "C#",
// "UI/UX", "R&D", "Node.js", "kebijakan (policy)". Anything else (<, >, quotes, backticks) is refused.
const TAG_CHARS = /^[\p{L}\p{N} +#&./()'-]+$/u;
// An HTML tag, comment or doctype opener; "a < b" in prose stays allowed.
const MARKUP = /<[a-z!/?]/i;
// Control characters other than tab and newline never belong in a bio.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;

/** A comma-separated tag list → normalized, de-duplicated tags within the caps. */
export function tagListSchema() {
	return z
		.string()
		.max(PROFILE_LIMITS.tags * (PROFILE_LIMITS.tagLength + 2))
		.optional()
		.transform((value, ctx) => {
			const tags = [...new Set(splitTags(value ?? '').map(normalizeTag))];
			const bad = tags.find((t) => !TAG_CHARS.test(t));
			if (bad !== undefined) ctx.addIssue({ code: 'custom', message: m.profile_tag_invalid({ tag: bad.slice(0, PROFILE_LIMITS.tagLength) }) });
			const long = tags.find((t) => t.length > PROFILE_LIMITS.tagLength);
			if (long !== undefined) ctx.addIssue({ code: 'custom', message: m.profile_tag_too_long({ max: PROFILE_LIMITS.tagLength }) });
			if (tags.length > PROFILE_LIMITS.tags) ctx.addIssue({ code: 'custom', message: m.profile_tags_too_many({ max: PROFILE_LIMITS.tags }) });
			return tags;
		});
}

/** A checkbox: present ("on") means yes. */
const checkbox = z
	.string()
	.optional()
	.transform((value) => value !== undefined);

const visibilityShape = Object.fromEntries(VISIBILITY_FIELDS.map((f) => [f, checkbox])) as Record<VisibilityField, typeof checkbox>;

/** The profile section of the account page: bio, skills, interests and the visibility switches. */
export const profileDetailsSchema = z.object({
	bio: z
		.string()
		.optional()
		.transform((value) => (value ?? '').replace(/\r\n?/g, '\n').trim())
		.pipe(
			z
				.string()
				.max(PROFILE_LIMITS.bio)
				.refine((value) => !MARKUP.test(value), { error: () => m.profile_bio_markup() })
				.refine((value) => !CONTROL.test(value), { error: () => m.form_invalid() })
		),
	skills: tagListSchema(),
	interests: tagListSchema(),
	isPublic: checkbox,
	...visibilityShape
});
export type ProfileDetailsInput = z.output<typeof profileDetailsSchema>;

/** Talent-pool search parameters; malformed values are dropped, like the gallery's, so old links keep working. */
export const talentQuerySchema = z.object({
	q: z.string().trim().max(100).catch(''),
	keahlian: z
		.string()
		.max(PROFILE_LIMITS.tagLength * 2)
		.transform(normalizeTag)
		.catch(''),
	instansi: z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined),
	provinsi: z
		.string()
		.regex(/^\d{2}$/)
		.optional()
		.catch(undefined),
	hal: z.coerce.number().int().min(1).max(10_000).catch(1)
});
export type TalentQuery = z.output<typeof talentQuerySchema>;

/** Reads the talent pool's URL state. */
export function parseTalentQuery(params: URLSearchParams): TalentQuery {
	const one = (key: string) => params.get(key) ?? undefined;
	return talentQuerySchema.parse({ q: one('q') ?? '', keahlian: one('keahlian') ?? '', instansi: one('instansi'), provinsi: one('provinsi'), hal: one('hal') ?? 1 });
}
