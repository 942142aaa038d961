/** Date display for the learning pages: Western Indonesia Time, in the UI language. */
import { LEARNING_TIME_ZONE } from './rules';

const JAKARTA_OFFSET_MS = 7 * 3_600_000;

/** "2 Maret 2026 09.00" / "2 March 2026, 09:00" in Jakarta time. */
export function formatDateTime(iso: string, locale: string): string {
	return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'id-ID', {
		dateStyle: 'medium',
		timeStyle: 'short',
		timeZone: LEARNING_TIME_ZONE
	}).format(new Date(iso));
}

/** "2 Maret 2026" in Jakarta time; empty for null. */
export function formatDate(iso: string | null, locale: string): string {
	if (!iso) return '';
	return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'long', timeZone: LEARNING_TIME_ZONE }).format(new Date(iso));
}

/** An instant as the value of a `datetime-local` input in Jakarta time (no DST there). */
export function toJakartaInput(iso: string): string {
	return new Date(new Date(iso).getTime() + JAKARTA_OFFSET_MS).toISOString().slice(0, 16);
}

/** A session's time: "22 Nov 2026, 09.00–12.00" on one day, both full instants otherwise. */
export function formatSessionTime(startIso: string, endIso: string, locale: string): string {
	const tag = locale === 'en' ? 'en-GB' : 'id-ID';
	const day = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: LEARNING_TIME_ZONE });
	const time = new Intl.DateTimeFormat(tag, { timeStyle: 'short', timeZone: LEARNING_TIME_ZONE });
	const start = new Date(startIso);
	const end = new Date(endIso);
	if (day.format(start) === day.format(end)) return `${day.format(start)}, ${time.format(start)}–${time.format(end)}`;
	return `${formatDateTime(startIso, locale)} – ${formatDateTime(endIso, locale)}`;
}
