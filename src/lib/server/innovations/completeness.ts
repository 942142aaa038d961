/**
 * How complete a draft is. OPSI asks that every section be filled (with expected results where real
 * ones are not in yet), so the meter counts every field; only the core of an entry blocks submission.
 */
import type { Step } from '../../innovations/fields';
import type { InnovationContent } from './content';

export interface CompletenessItem {
	/** Field key, also the message suffix `innovation_field_<key>`. */
	key: string;
	step: Step;
	required: boolean;
	done: boolean;
}

export interface Completeness {
	percent: number;
	items: CompletenessItem[];
	/** Required items still missing; submission is refused while any remain. */
	missingRequired: CompletenessItem[];
}

/** A narrative counts as written when it says something beyond a word or two. */
const MIN_NARRATIVE = 40;
/** The anchors' summary is a short paragraph, not a slogan. */
const MIN_SUMMARY = 80;

const filled = (value: string, min = MIN_NARRATIVE) => value.trim().length >= min;

/** Scores the content of an entry field by field. */
export function completeness(c: InnovationContent): Completeness {
	const items: CompletenessItem[] = [
		{ key: 'title', step: 'ringkasan', required: true, done: c.title.trim().length >= 5 },
		{ key: 'summary', step: 'ringkasan', required: true, done: filled(c.summary, MIN_SUMMARY) },
		{ key: 'startedOn', step: 'ringkasan', required: true, done: c.startedOn !== null },
		{ key: 'background', step: 'cerita', required: true, done: filled(c.background) },
		{ key: 'solution', step: 'cerita', required: true, done: filled(c.solution) },
		{ key: 'novelty', step: 'cerita', required: true, done: filled(c.novelty) },
		{ key: 'results', step: 'dampak', required: true, done: filled(c.results) },
		{ key: 'indicators', step: 'dampak', required: false, done: c.indicators.length > 0 },
		{ key: 'beneficiaries', step: 'dampak', required: false, done: filled(c.beneficiaries) },
		{ key: 'partners', step: 'pelaksanaan', required: false, done: filled(c.partners) },
		{ key: 'resources', step: 'pelaksanaan', required: false, done: filled(c.resources) },
		{ key: 'challenges', step: 'pelaksanaan', required: false, done: filled(c.challenges) },
		{ key: 'successConditions', step: 'pelaksanaan', required: false, done: filled(c.successConditions) },
		{ key: 'sustainability', step: 'pelaksanaan', required: false, done: filled(c.sustainability) },
		{ key: 'replicability', step: 'pelaksanaan', required: false, done: filled(c.replicability) },
		{ key: 'lessons', step: 'pelaksanaan', required: false, done: filled(c.lessons) },
		{ key: 'themes', step: 'klasifikasi', required: true, done: c.themes.length > 0 },
		{ key: 'sdgs', step: 'klasifikasi', required: false, done: c.sdgs.length > 0 },
		{ key: 'agency', step: 'klasifikasi', required: true, done: c.agency !== null },
		{ key: 'governmentLevel', step: 'klasifikasi', required: true, done: c.governmentLevel !== null },
		{ key: 'province', step: 'klasifikasi', required: true, done: c.province !== null },
		{ key: 'tags', step: 'klasifikasi', required: false, done: c.tags.length > 0 },
		{ key: 'media', step: 'media', required: false, done: c.media.length > 0 }
	];
	// Required items weigh twice: a draft with every optional box ticked but no story is not "80 %".
	const weight = (i: CompletenessItem) => (i.required ? 2 : 1);
	const total = items.reduce((sum, i) => sum + weight(i), 0);
	const done = items.reduce((sum, i) => sum + (i.done ? weight(i) : 0), 0);
	return {
		percent: Math.round((done / total) * 100),
		items,
		missingRequired: items.filter((i) => i.required && !i.done)
	};
}
