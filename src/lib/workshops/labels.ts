/**
 * Labels for workshop data in the current language: stages, workshop status, date ranges.
 * Shared by the workshop pages, the method library and (later) the board's stage bar.
 */
import * as m from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import type { Stage } from '$lib/stages';

const STAGE_LABELS: Record<Stage, () => string> = {
	empati: m.stage_empati,
	definisi: m.stage_definisi,
	ideasi: m.stage_ideasi,
	prototipe: m.stage_prototipe,
	uji: m.stage_uji
};

const STAGE_HINTS: Record<Stage, () => string> = {
	empati: m.stage_empati_hint,
	definisi: m.stage_definisi_hint,
	ideasi: m.stage_ideasi_hint,
	prototipe: m.stage_prototipe_hint,
	uji: m.stage_uji_hint
};

/** The stage's name ("Empati" / "Empathize"). */
export function stageLabel(stage: Stage): string {
	return STAGE_LABELS[stage]();
}

/** One line on what a team does in the stage. */
export function stageHint(stage: Stage): string {
	return STAGE_HINTS[stage]();
}

export type WorkshopStatus = 'open' | 'closed' | 'archived';

const STATUS_LABELS: Record<WorkshopStatus, () => string> = {
	open: m.workshop_status_open,
	closed: m.workshop_status_closed,
	archived: m.workshop_status_archived
};

/** The status's name ("Pendaftaran dibuka", …). */
export function statusLabel(status: WorkshopStatus): string {
	return STATUS_LABELS[status]();
}

/** The badge class that goes with a status. */
export function statusBadge(status: WorkshopStatus): string {
	return status === 'open' ? 'badge badge-success' : status === 'closed' ? 'badge badge-warning' : 'badge badge-muted';
}

function formatDate(iso: string, withYear: boolean): string {
	return new Intl.DateTimeFormat(getLocale() === 'en' ? 'en-GB' : 'id-ID', {
		day: 'numeric',
		month: 'long',
		...(withYear ? { year: 'numeric' } : {}),
		timeZone: 'UTC'
	}).format(new Date(`${iso}T00:00:00Z`));
}

/** "2–4 Maret 2026"-style range from YYYY-MM-DD strings; the undated case has its own words. */
export function dateRange(startsOn: string | null, endsOn: string | null): string {
	if (!startsOn && !endsOn) return m.workshop_dates_unset();
	if (!startsOn || !endsOn || startsOn === endsOn) return formatDate((startsOn ?? endsOn)!, true);
	const sameYear = startsOn.slice(0, 4) === endsOn.slice(0, 4);
	return `${formatDate(startsOn, !sameYear)} – ${formatDate(endsOn, true)}`;
}
