/**
 * Human labels for the innovation vocabulary, in the current language. Pages and components use
 * these instead of printing stored codes. What the public pages need lives in `public-labels.ts`
 * (re-exported here), so the gallery and the entry page do not download the authoring labels.
 */
import * as m from '$lib/paraglide/messages';
import type { InnovationStatus, NarrativeField, ReplicationStatus, Step } from './fields';

export { formLabel, formatDate, formatDateTime, levelLabel, localName, stageLabel } from './public-labels';

export function statusLabel(status: InnovationStatus): string {
	return {
		draft: m.innovation_status_draft,
		submitted: m.innovation_status_submitted,
		needs_revision: m.innovation_status_needs_revision,
		published: m.innovation_status_published,
		archived: m.innovation_status_archived,
		rejected: m.innovation_status_rejected
	}[status]();
}

/** Badge classes from the shell's contract for a status. */
export function statusBadge(status: InnovationStatus): string {
	const tone: Record<InnovationStatus, string> = {
		draft: 'badge-muted',
		submitted: 'badge-warning',
		needs_revision: 'badge-warning',
		published: 'badge-success',
		archived: 'badge-muted',
		rejected: 'badge-danger'
	};
	return `badge ${tone[status]}`;
}

export function replicationStatusLabel(status: ReplicationStatus): string {
	return {
		new: m.replication_status_new,
		contacted: m.replication_status_contacted,
		in_progress: m.replication_status_in_progress,
		done: m.replication_status_done
	}[status]();
}

export function stepLabel(step: Step): string {
	return {
		ringkasan: m.innovation_step_ringkasan,
		cerita: m.innovation_step_cerita,
		dampak: m.innovation_step_dampak,
		pelaksanaan: m.innovation_step_pelaksanaan,
		klasifikasi: m.innovation_step_klasifikasi,
		media: m.innovation_step_media,
		tim: m.innovation_step_tim,
		kirim: m.innovation_step_kirim
	}[step]();
}

const FIELD_LABELS: Record<string, () => string> = {
	background: m.innovation_field_background,
	solution: m.innovation_field_solution,
	novelty: m.innovation_field_novelty,
	results: m.innovation_field_results,
	beneficiaries: m.innovation_field_beneficiaries,
	partners: m.innovation_field_partners,
	resources: m.innovation_field_resources,
	challenges: m.innovation_field_challenges,
	successConditions: m.innovation_field_success_conditions,
	sustainability: m.innovation_field_sustainability,
	replicability: m.innovation_field_replicability,
	lessons: m.innovation_field_lessons,
	title: m.innovation_field_title,
	summary: m.innovation_field_summary,
	stage: m.innovation_field_stage,
	stillRunning: m.innovation_field_still_running,
	startedOn: m.innovation_field_started_on,
	endedOn: m.innovation_field_ended_on,
	dates: m.innovation_field_dates,
	isDigital: m.innovation_field_is_digital,
	form: m.innovation_field_form,
	agency: m.innovation_field_agency,
	agencyId: m.innovation_field_agency,
	governmentLevel: m.innovation_field_government_level,
	province: m.innovation_field_province,
	provinceCode: m.innovation_field_province,
	regency: m.innovation_field_regency,
	cohort: m.innovation_field_cohort,
	videoUrl: m.innovation_field_video_url,
	awards: m.innovation_field_awards,
	indicators: m.innovation_field_indicators,
	themes: m.innovation_field_themes,
	sdgs: m.innovation_field_sdgs,
	tags: m.innovation_field_tags,
	media: m.innovation_field_media,
	boardSnapshot: m.innovation_field_board_snapshot
};

const SECTION_TITLES: Partial<Record<NarrativeField, () => string>> = {
	background: m.innovation_section_background,
	results: m.innovation_section_results,
	replicability: m.innovation_section_replicability
};

/** Heading of a narrative section on the entry page (some read better than the editor's field label). */
export function sectionTitle(key: NarrativeField): string {
	return SECTION_TITLES[key]?.() ?? fieldLabel(key);
}

/** Label of an entry field by key (also used by the diff and the completeness list). */
export function fieldLabel(key: string): string {
	return FIELD_LABELS[key]?.() ?? key;
}

const FIELD_PROMPTS: Record<string, () => string> = {
	summary: m.innovation_prompt_summary,
	background: m.innovation_prompt_background,
	solution: m.innovation_prompt_solution,
	novelty: m.innovation_prompt_novelty,
	results: m.innovation_prompt_results,
	beneficiaries: m.innovation_prompt_beneficiaries,
	partners: m.innovation_prompt_partners,
	resources: m.innovation_prompt_resources,
	challenges: m.innovation_prompt_challenges,
	successConditions: m.innovation_prompt_success_conditions,
	sustainability: m.innovation_prompt_sustainability,
	replicability: m.innovation_prompt_replicability,
	lessons: m.innovation_prompt_lessons
};

/** The guiding question under a field (OPSI asks authors to answer each section plainly). */
export function fieldPrompt(key: string): string {
	return FIELD_PROMPTS[key]?.() ?? '';
}




/** Audit action label. */
export function actionLabel(action: string): string {
	const labels: Record<string, () => string> = {
		create: m.curation_action_create,
		submit: m.curation_action_submit,
		withdraw: m.curation_action_withdraw,
		edit: m.curation_action_edit,
		publish: m.curation_action_publish,
		request_revision: m.curation_action_request_revision,
		reject: m.curation_action_reject,
		archive: m.curation_action_archive,
		restore: m.curation_action_restore,
		note: m.curation_action_note,
		feature: m.curation_action_feature,
		unfeature: m.curation_action_unfeature
	};
	return labels[action]?.() ?? action;
}
