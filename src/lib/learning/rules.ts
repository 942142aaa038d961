/**
 * The learning-record rules, pure: who earned a workshop's JP, JP totals per calendar year against
 * the annual target, and progress along a learning path. No database, no Svelte: the server
 * services and the pages share them.
 */

/** Every ASN must complete at least 20 JP of competency development a year (LAN Regulation 5/2018). */
export const ANNUAL_JP_TARGET = 20;

/** Default share of sessions (percent) a participant must attend to earn a workshop's JP. */
export const DEFAULT_MIN_ATTENDANCE_PERCENT = 75;

/** Years are counted in Western Indonesia Time, where most workshops happen and HR closes its books. */
export const LEARNING_TIME_ZONE = 'Asia/Jakarta';

/**
 * True when `present` of `sessions` meets `minPercent` (integers compared without rounding).
 * A workshop without sessions completes nobody: there is nothing to prove attendance with.
 */
export function meetsAttendanceRule(present: number, sessions: number, minPercent: number = DEFAULT_MIN_ATTENDANCE_PERCENT): boolean {
	if (sessions <= 0) return false;
	const capped = Math.min(Math.max(present, 0), sessions);
	return capped * 100 >= Math.min(Math.max(minPercent, 0), 100) * sessions;
}

/** The calendar year of an instant in the learning time zone. */
export function learningYear(at: Date, timeZone: string = LEARNING_TIME_ZONE): number {
	return Number(new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric' }).format(at));
}

/** One earned amount of training hours. */
export interface JpEntry {
	jp: number;
	/** When the JP counts (the certificate's issue date). */
	at: Date;
}

/** A year's JP total against the annual target. */
export interface JpYear {
	year: number;
	jp: number;
	target: number;
	/** 0–100, capped: the bar is full once the target is met. */
	percent: number;
	met: boolean;
}

/** JP totals per calendar year, newest year first; `includeYear` adds a year with 0 JP if missing. */
export function jpByYear(entries: readonly JpEntry[], includeYear?: number, target: number = ANNUAL_JP_TARGET): JpYear[] {
	const totals = new Map<number, number>();
	if (includeYear !== undefined) totals.set(includeYear, 0);
	for (const entry of entries) {
		if (!(entry.jp > 0)) continue;
		const year = learningYear(entry.at);
		totals.set(year, (totals.get(year) ?? 0) + entry.jp);
	}
	return [...totals.entries()]
		.sort((a, b) => b[0] - a[0])
		.map(([year, jp]) => ({
			year,
			jp,
			target,
			percent: target > 0 ? Math.min(100, Math.floor((jp * 100) / target)) : 100,
			met: jp >= target
		}));
}

/** A board someone could have practised a method on. */
export interface PractiseBoard {
	/** The method id the board was started from ('' or null: blank). */
	template: string | null;
	/** Set when the board belongs to a workshop (team boards). */
	workshopId: number | null;
	/** The participant was present on the board (board presence log or attendance). */
	present: boolean;
}

/** Method ids practised: present on a workshop board made from the method's template. */
export function practisedMethods(boards: readonly PractiseBoard[]): Set<string> {
	const done = new Set<string>();
	for (const board of boards) {
		if (board.present && board.workshopId !== null && board.template) done.add(board.template);
	}
	return done;
}

/** Where a participant stands on a path. */
export interface PathProgress {
	steps: { methodId: string; done: boolean }[];
	done: number;
	total: number;
	percent: number;
	/** The first step not yet practised (paths are ordered), or null when complete. */
	next: string | null;
}

/** Progress along an ordered path of method ids; a repeated method counts once per step. */
export function pathProgress(methodIds: readonly string[], practised: ReadonlySet<string>): PathProgress {
	const steps = methodIds.map((methodId) => ({ methodId, done: practised.has(methodId) }));
	const done = steps.filter((s) => s.done).length;
	const total = steps.length;
	return {
		steps,
		done,
		total,
		percent: total ? Math.floor((done * 100) / total) : 0,
		next: steps.find((s) => !s.done)?.methodId ?? null
	};
}

/** Masks a NIP for public pages: the first 4 and last 2 digits stay, the rest (birth date, serial) hidden. */
export function maskNip(nip: string | null | undefined): string | null {
	if (!nip) return null;
	const digits = nip.replace(/\D/g, '');
	if (digits.length < 8) return '•'.repeat(digits.length);
	return digits.slice(0, 4) + '•'.repeat(digits.length - 6) + digits.slice(-2);
}
