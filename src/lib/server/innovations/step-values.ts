/**
 * Content → the string values the guided form's inputs show (checkboxes as 'on' or '', ids as
 * strings), so a page renders stored data and a failed submission's echo the same way.
 */
import type { InnovationContent } from './content';

export interface StepFormValues {
	values: Record<string, string>;
	themeIds: string[];
	sdgNumbers: string[];
	indicators: { name: string; baseline: string; value: string; unit: string; measuredOn: string; source: string }[];
}

/** Form values of every content step from the stored content. */
export function stepFormValues(c: InnovationContent): StepFormValues {
	return {
		values: {
			title: c.title,
			summary: c.summary,
			stage: c.stage,
			form: c.form,
			isDigital: c.isDigital ? 'on' : '',
			stillRunning: c.stillRunning ? 'on' : '',
			startedOn: c.startedOn ?? '',
			endedOn: c.endedOn ?? '',
			background: c.background,
			solution: c.solution,
			novelty: c.novelty,
			results: c.results,
			beneficiaries: c.beneficiaries,
			partners: c.partners,
			resources: c.resources,
			challenges: c.challenges,
			successConditions: c.successConditions,
			sustainability: c.sustainability,
			replicability: c.replicability,
			lessons: c.lessons,
			agencyId: c.agency ? String(c.agency.id) : '',
			governmentLevel: c.governmentLevel ?? '',
			provinceCode: c.province?.code ?? '',
			regency: c.regency,
			cohort: c.cohort,
			awards: c.awards,
			videoUrl: c.videoUrl,
			tags: c.tags.map((t) => t.name).join(', ')
		},
		themeIds: c.themes.map((t) => String(t.id)),
		sdgNumbers: c.sdgs.map((s) => String(s.number)),
		indicators: c.indicators.map((i) => ({ ...i, measuredOn: i.measuredOn ?? '' }))
	};
}
