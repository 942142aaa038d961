/**
 * Labels the public pages (gallery, entry page) need, in the current language. Kept apart from
 * `labels.ts` so those pages do not ship the authoring and curation vocabulary (issue: gallery
 * pages within 60 KB of gzipped JavaScript).
 */
import * as m from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import type { GovernmentLevel, InnovationForm, InnovationStage } from './fields';

/** Stage name. */
export function stageLabel(stage: InnovationStage): string {
	return {
		gagasan: m.innovation_stage_gagasan,
		uji_coba: m.innovation_stage_uji_coba,
		diterapkan: m.innovation_stage_diterapkan,
		dilembagakan: m.innovation_stage_dilembagakan,
		direplikasi: m.innovation_stage_direplikasi
	}[stage]();
}

/** Form of the innovation (governance, public service, other). */
export function formLabel(form: InnovationForm): string {
	return {
		tata_kelola: m.innovation_form_tata_kelola,
		pelayanan_publik: m.innovation_form_pelayanan_publik,
		lainnya: m.innovation_form_lainnya
	}[form]();
}

/** Level of government. */
export function levelLabel(level: GovernmentLevel): string {
	return {
		pusat: m.innovation_level_pusat,
		provinsi: m.innovation_level_provinsi,
		kabupaten_kota: m.innovation_level_kabupaten_kota,
		desa: m.innovation_level_desa
	}[level]();
}

/** Picks the Indonesian or English name of a reference record. */
export function localName(item: { nameId: string; nameEn: string }): string {
	return getLocale() === 'en' ? item.nameEn : item.nameId;
}

/** A date (YYYY-MM-DD or ISO timestamp) in the reader's language. */
export function formatDate(value: string | null, style: 'long' | 'month' = 'long'): string {
	if (!value) return '';
	const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
	if (Number.isNaN(date.getTime())) return '';
	return new Intl.DateTimeFormat(getLocale() === 'en' ? 'en-GB' : 'id-ID', {
		day: style === 'long' ? 'numeric' : undefined,
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(date);
}

/** A timestamp with time, for audit trails. */
export function formatDateTime(value: string): string {
	return new Intl.DateTimeFormat(getLocale() === 'en' ? 'en-GB' : 'id-ID', {
		dateStyle: 'medium',
		timeStyle: 'short',
		timeZone: 'Asia/Jakarta'
	}).format(new Date(value));
}
