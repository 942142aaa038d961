/**
 * The content of an entry as one JSON value: what a published revision stores, what the curator's
 * diff compares and what the public page renders. Team membership and counters are not content:
 * they are read live (a member who hides their name must disappear at once, not at the next review).
 */
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client';
import {
	agencies,
	agencyKinds,
	innovationIndicators,
	innovationMedia,
	innovationSdgs,
	innovationTags,
	innovationThemes,
	innovations,
	provinces,
	sdgs,
	tags,
	themes,
	uploads
} from '../db/schema';
import { FORMS, GOVERNMENT_LEVELS, STAGES } from '../../innovations/fields';

const variantSchema = z.object({
	key: z.string(),
	format: z.enum(['webp', 'avif']),
	width: z.number().int().positive(),
	height: z.number().int().positive(),
	bytes: z.number().int().nonnegative()
});

const text = z.string().catch('');

/** Schema of stored content; `.catch` keeps an old or damaged revision readable instead of failing the page. */
export const contentSchema = z.object({
	title: text,
	summary: text,
	background: text,
	solution: text,
	novelty: text,
	results: text,
	beneficiaries: text,
	partners: text,
	resources: text,
	challenges: text,
	successConditions: text,
	sustainability: text,
	replicability: text,
	lessons: text,
	stage: z.enum(STAGES).catch('gagasan'),
	stillRunning: z.boolean().catch(true),
	startedOn: z.string().nullable().catch(null),
	endedOn: z.string().nullable().catch(null),
	isDigital: z.boolean().catch(false),
	form: z.enum(FORMS).catch('lainnya'),
	agency: z
		.object({ id: z.number(), name: z.string(), kind: z.string(), kindNameId: z.string(), kindNameEn: z.string() })
		.nullable()
		.catch(null),
	governmentLevel: z.enum(GOVERNMENT_LEVELS).nullable().catch(null),
	province: z.object({ code: z.string(), name: z.string() }).nullable().catch(null),
	regency: text,
	cohort: text,
	videoUrl: text,
	awards: text,
	indicators: z
		.array(
			z.object({
				name: z.string(),
				baseline: z.string(),
				value: z.string(),
				unit: z.string(),
				measuredOn: z.string().nullable(),
				source: z.string()
			})
		)
		.catch([]),
	themes: z.array(z.object({ id: z.number(), slug: z.string(), nameId: z.string(), nameEn: z.string() })).catch([]),
	sdgs: z.array(z.object({ number: z.number(), nameId: z.string(), nameEn: z.string() })).catch([]),
	tags: z.array(z.object({ slug: z.string(), name: z.string() })).catch([]),
	media: z
		.array(
			z.object({
				uploadId: z.string(),
				alt: z.string(),
				caption: z.string(),
				width: z.number(),
				height: z.number(),
				variants: z.array(variantSchema)
			})
		)
		.catch([]),
	boardSnapshot: z.unknown().nullable().catch(null)
});

export type InnovationContent = z.infer<typeof contentSchema>;
export type ContentMedia = InnovationContent['media'][number];
export type ContentIndicator = InnovationContent['indicators'][number];

/** Reads stored JSON (a revision or the last-reviewed copy) back into content; null when unusable. */
export function parseContent(value: unknown): InnovationContent | null {
	const result = contentSchema.safeParse(value);
	return result.success ? result.data : null;
}

/** Assembles the current working copy's content from its rows; null when the entry does not exist. */
export async function loadContent(db: Database, innovationId: number): Promise<InnovationContent | null> {
	const [row] = await db
		.select({
			innovation: innovations,
			agency: { id: agencies.id, name: agencies.name, kind: agencies.kind },
			kind: { nameId: agencyKinds.nameId, nameEn: agencyKinds.nameEn },
			province: { code: provinces.code, name: provinces.name }
		})
		.from(innovations)
		.leftJoin(agencies, eq(innovations.agencyId, agencies.id))
		.leftJoin(agencyKinds, eq(agencies.kind, agencyKinds.slug))
		.leftJoin(provinces, eq(innovations.provinceCode, provinces.code))
		.where(eq(innovations.id, innovationId));
	if (!row) return null;
	const i = row.innovation;
	const [indicatorRows, themeRows, sdgRows, tagRows, mediaRows] = await Promise.all([
		db
			.select()
			.from(innovationIndicators)
			.where(eq(innovationIndicators.innovationId, innovationId))
			.orderBy(asc(innovationIndicators.position), asc(innovationIndicators.id)),
		db
			.select({ id: themes.id, slug: themes.slug, nameId: themes.nameId, nameEn: themes.nameEn })
			.from(innovationThemes)
			.innerJoin(themes, eq(innovationThemes.themeId, themes.id))
			.where(eq(innovationThemes.innovationId, innovationId))
			.orderBy(asc(themes.nameId)),
		db
			.select({ number: sdgs.number, nameId: sdgs.nameId, nameEn: sdgs.nameEn })
			.from(innovationSdgs)
			.innerJoin(sdgs, eq(innovationSdgs.sdgNumber, sdgs.number))
			.where(eq(innovationSdgs.innovationId, innovationId))
			.orderBy(asc(sdgs.number)),
		db
			.select({ slug: tags.slug, name: tags.name })
			.from(innovationTags)
			.innerJoin(tags, eq(innovationTags.tagId, tags.id))
			.where(eq(innovationTags.innovationId, innovationId))
			.orderBy(asc(tags.slug)),
		db
			.select({
				uploadId: innovationMedia.uploadId,
				alt: innovationMedia.alt,
				caption: innovationMedia.caption,
				width: uploads.width,
				height: uploads.height,
				variants: uploads.variants
			})
			.from(innovationMedia)
			.innerJoin(uploads, eq(innovationMedia.uploadId, uploads.id))
			.where(eq(innovationMedia.innovationId, innovationId))
			.orderBy(asc(innovationMedia.position), asc(innovationMedia.id))
	]);
	return {
		title: i.title,
		summary: i.summary,
		background: i.background,
		solution: i.solution,
		novelty: i.novelty,
		results: i.results,
		beneficiaries: i.beneficiaries,
		partners: i.partners,
		resources: i.resources,
		challenges: i.challenges,
		successConditions: i.successConditions,
		sustainability: i.sustainability,
		replicability: i.replicability,
		lessons: i.lessons,
		stage: i.stage,
		stillRunning: i.stillRunning,
		startedOn: i.startedOn,
		endedOn: i.endedOn,
		isDigital: i.isDigital,
		form: i.form,
		agency:
			row.agency && row.kind
				? { ...row.agency, kindNameId: row.kind.nameId, kindNameEn: row.kind.nameEn }
				: null,
		governmentLevel: i.governmentLevel,
		province: row.province,
		regency: i.regency,
		cohort: i.cohort,
		videoUrl: i.videoUrl,
		awards: i.awards,
		indicators: indicatorRows.map((r) => ({
			name: r.name,
			baseline: r.baseline,
			value: r.value,
			unit: r.unit,
			measuredOn: r.measuredOn,
			source: r.source
		})),
		themes: themeRows,
		sdgs: sdgRows,
		tags: tagRows,
		media: mediaRows,
		boardSnapshot: i.boardSnapshot ?? null
	};
}
