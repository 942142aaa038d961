/**
 * Input schemas of the guided form, one per step, plus engagement forms. Drafts may be incomplete
 * (completeness is judged at submission), but what is saved must be well-formed: lengths, enums,
 * dates, URLs. A step with any invalid field stores nothing.
 */
import { z } from 'zod';
import * as m from '../../paraglide/messages';
import {
	FORMS,
	GOVERNMENT_LEVELS,
	LIMITS,
	REPLICATION_STATUSES,
	STAGES,
	type Step
} from '../../innovations/fields';
import { parseInput, type FormResult } from '../validation/form';

const strict = (max: number) => z.string().trim().max(max).default('');
const narrative = strict(LIMITS.narrative);
const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());
const isoDate = z
	.string()
	.trim()
	.default('')
	.refine((v) => v === '' || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))), {
		error: () => m.innovation_error_date()
	})
	.transform((v) => (v === '' ? null : v));

const webUrl = z
	.string()
	.trim()
	.max(LIMITS.videoUrl)
	.default('')
	.refine((v) => v === '' || /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(v), { error: () => m.innovation_error_url() });

export const summaryStep = z
	.object({
		title: strict(LIMITS.title),
		summary: strict(LIMITS.summary),
		stage: z.enum(STAGES),
		form: z.enum(FORMS),
		isDigital: checkbox,
		stillRunning: checkbox,
		startedOn: isoDate,
		endedOn: isoDate
	})
	.superRefine((v, ctx) => {
		if (v.startedOn && v.endedOn && v.endedOn < v.startedOn) {
			ctx.addIssue({ code: 'custom', path: ['endedOn'], message: m.innovation_error_end_before_start() });
		}
	})
	.transform((v) => ({ ...v, endedOn: v.stillRunning ? null : v.endedOn }));

export const storyStep = z.object({ background: narrative, solution: narrative, novelty: narrative });

const indicatorRow = z.object({
	name: strict(LIMITS.indicatorText),
	baseline: strict(LIMITS.indicatorText),
	value: strict(LIMITS.indicatorText),
	unit: strict(LIMITS.indicatorText),
	measuredOn: isoDate,
	source: strict(LIMITS.indicatorText),
	remove: checkbox
});

export const impactStep = z.object({
	results: narrative,
	beneficiaries: narrative,
	indicators: z
		.array(indicatorRow)
		.max(LIMITS.indicators + 1)
		.transform((rows) => rows.filter((r) => !r.remove && (r.name || r.value || r.baseline || r.unit || r.source)))
		.superRefine((rows, ctx) => {
			rows.forEach((r, i) => {
				if (!r.name) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: m.form_required() });
				if (!r.value) ctx.addIssue({ code: 'custom', path: [i, 'value'], message: m.form_required() });
			});
			if (rows.length > LIMITS.indicators) {
				ctx.addIssue({ code: 'custom', path: [], message: m.innovation_error_too_many({ max: String(LIMITS.indicators) }) });
			}
		})
});

export const practiceStep = z.object({
	partners: narrative,
	resources: narrative,
	challenges: narrative,
	successConditions: narrative,
	sustainability: narrative,
	replicability: narrative,
	lessons: narrative
});

const idList = z.array(z.coerce.number().int().positive()).default([]);

export const classificationStep = z.object({
	themeIds: idList.refine((ids) => ids.length <= LIMITS.themes, {
		error: () => m.innovation_error_too_many({ max: String(LIMITS.themes) })
	}),
	sdgNumbers: z.array(z.coerce.number().int().min(1).max(17)).default([]),
	tags: z
		.string()
		.max(LIMITS.tag * LIMITS.tags + LIMITS.tags * 2)
		.default('')
		.transform((v) => [...new Set(v.split(',').map((t) => t.trim().replace(/\s+/g, ' ')).filter(Boolean))])
		.refine((list) => list.length <= LIMITS.tags, { error: () => m.innovation_error_too_many({ max: String(LIMITS.tags) }) })
		.refine((list) => list.every((t) => t.length <= LIMITS.tag), { error: () => m.form_too_long({ max: String(LIMITS.tag) }) }),
	agencyId: z
		.string()
		.default('')
		.transform((v) => (v ? Number(v) : null))
		.refine((v) => v === null || (Number.isInteger(v) && v > 0), { error: () => m.form_invalid_choice() }),
	governmentLevel: z
		.string()
		.default('')
		.transform((v) => (v === '' ? null : v))
		.pipe(z.enum(GOVERNMENT_LEVELS).nullable()),
	provinceCode: z
		.string()
		.default('')
		.refine((v) => v === '' || /^\d{2}$/.test(v), { error: () => m.form_invalid_choice() })
		.transform((v) => (v === '' ? null : v)),
	regency: strict(LIMITS.regency),
	cohort: strict(LIMITS.cohort),
	awards: strict(LIMITS.awards),
	videoUrl: webUrl
});

export type SummaryInput = z.output<typeof summaryStep>;
export type StoryInput = z.output<typeof storyStep>;
export type ImpactInput = z.output<typeof impactStep>;
export type PracticeInput = z.output<typeof practiceStep>;
export type ClassificationInput = z.output<typeof classificationStep>;

export type StepInput =
	| { step: 'ringkasan'; data: SummaryInput }
	| { step: 'cerita'; data: StoryInput }
	| { step: 'dampak'; data: ImpactInput }
	| { step: 'pelaksanaan'; data: PracticeInput }
	| { step: 'klasifikasi'; data: ClassificationInput };

export const CONTENT_STEPS = ['ringkasan', 'cerita', 'dampak', 'pelaksanaan', 'klasifikasi'] as const;
export type ContentStep = (typeof CONTENT_STEPS)[number];

/** True for the steps whose fields `parseStep` handles. */
export function isContentStep(step: string): step is ContentStep {
	return (CONTENT_STEPS as readonly string[]).includes(step);
}

/** Rows `indicators.<i>.<field>` of a form, as an array (holes filled so indexes match the page). */
function indicatorRows(form: FormData): Record<string, string>[] {
	const rows: Record<string, string>[] = [];
	for (const [key, value] of form.entries()) {
		const match = /^indicators\.(\d{1,2})\.(name|baseline|value|unit|measuredOn|source|remove)$/.exec(key);
		if (!match || typeof value !== 'string') continue;
		const index = Number(match[1]);
		while (rows.length <= index) rows.push({});
		rows[index]![match[2]!] = value;
	}
	return rows;
}

function strings(form: FormData, name: string): string[] {
	return form.getAll(name).filter((v): v is string => typeof v === 'string');
}

/** The raw values of a form, untruncated up to a bound, so a failed save can show them again. */
export function echo(form: FormData): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [key, value] of form.entries()) {
		if (typeof value === 'string' && !(key in out)) out[key] = value.slice(0, LIMITS.narrative + 100);
	}
	return out;
}

/** Parses one step of the guided form. */
export function parseStep(step: ContentStep, form: FormData): FormResult<StepInput> {
	const plain = echo(form);
	const wrap = <T>(result: FormResult<T>, s: Step): FormResult<StepInput> =>
		result.ok ? { ok: true, data: { step: s, data: result.data } as StepInput } : { ...result, values: plain };
	switch (step) {
		case 'ringkasan':
			return wrap(parseInput(summaryStep, plain), step);
		case 'cerita':
			return wrap(parseInput(storyStep, plain), step);
		case 'dampak':
			return wrap(parseInput(impactStep, { ...plain, indicators: indicatorRows(form) }), step);
		case 'pelaksanaan':
			return wrap(parseInput(practiceStep, plain), step);
		case 'klasifikasi':
			return wrap(
				parseInput(classificationStep, { ...plain, themeIds: strings(form, 'themeIds'), sdgNumbers: strings(form, 'sdgNumbers') }),
				step
			);
	}
}

export const mediaForm = z.object({
	alt: z.string().trim().min(1, { error: () => m.media_error_alt_required() }).max(LIMITS.alt),
	caption: strict(LIMITS.caption)
});

export const emailForm = z.object({ email: z.string().trim().toLowerCase().pipe(z.email()) });

export const noteForm = z.object({ note: z.string().trim().max(LIMITS.note).default('') });

export const commentForm = z.object({ body: z.string().trim().min(1).max(LIMITS.comment) });

export const flagForm = z.object({ reason: z.string().trim().max(300).default('') });

export const replicationForm = z.object({
	agencyName: z.string().trim().min(2).max(200),
	provinceCode: z.string().regex(/^\d{2}$/, { error: () => m.form_invalid_choice() }),
	message: z.string().trim().min(20).max(LIMITS.replicationMessage)
});

export const replicationStatusForm = z.object({
	status: z.enum(REPLICATION_STATUSES),
	note: z.string().trim().max(500).default('')
});

export const collectionForm = z.object({
	title: z.string().trim().min(3).max(140),
	description: z.string().trim().max(1000).default('')
});
