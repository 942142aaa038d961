import { finite, isRecord, own, type Field } from '../fields';
import { MAX_TIMER_MS, MAX_TIMESTAMP } from '../limits';

/**
 * The facilitator's countdown. Running: `endsAt` is set (an absolute time, so every client counts
 * down alone without ticks through the document). Paused: `remainingMs` is set. Idle: neither.
 */
export interface TimerState {
	endsAt: number | null;
	remainingMs: number | null;
	/** The length it was started with, for the progress ring. */
	durationMs: number;
}

/** A stopped timer. */
export const IDLE_TIMER: TimerState = { endsAt: null, remainingMs: null, durationMs: 0 };

const time = finite(0, 0, MAX_TIMESTAMP);
const span = finite(0, 0, MAX_TIMER_MS);

/** Reads a timer; a running timer wins over a paused one if both are set. */
export function timerField(): Field<TimerState> {
	return {
		read(raw, note) {
			if (raw === undefined) return note('missing'), { ...IDLE_TIMER };
			if (!isRecord(raw)) return note('wrong-type'), { ...IDLE_TIMER };
			const rawEnds = own(raw, 'endsAt');
			const rawRemaining = own(raw, 'remainingMs');
			const endsAt = rawEnds === null || rawEnds === undefined ? null : time.read(rawEnds, note);
			let remainingMs =
				rawRemaining === null || rawRemaining === undefined ? null : span.read(rawRemaining, note);
			if (endsAt !== null && remainingMs !== null) {
				note('invalid');
				remainingMs = null;
			}
			return { endsAt, remainingMs, durationMs: span.read(own(raw, 'durationMs'), note) };
		}
	};
}

/** Milliseconds left at `now` (0 when idle or elapsed). */
export function timerRemaining(timer: TimerState, now: number): number {
	if (timer.endsAt !== null) return Math.max(0, timer.endsAt - now);
	return timer.remainingMs ?? 0;
}

/** True while counting down. */
export function timerRunning(timer: TimerState, now: number): boolean {
	return timer.endsAt !== null && timer.endsAt > now;
}

/** Starts a countdown of `durationMs` (capped at one day). */
export function startTimer(durationMs: number, now: number): TimerState {
	const d = Math.max(0, Math.min(MAX_TIMER_MS, Math.round(durationMs)));
	return { endsAt: now + d, remainingMs: null, durationMs: d };
}

/** Pauses a running timer, keeping what is left. */
export function pauseTimer(timer: TimerState, now: number): TimerState {
	if (timer.endsAt === null) return timer;
	return { endsAt: null, remainingMs: timerRemaining(timer, now), durationMs: timer.durationMs };
}

/** Resumes a paused timer. */
export function resumeTimer(timer: TimerState, now: number): TimerState {
	if (timer.remainingMs === null) return timer;
	return { endsAt: now + timer.remainingMs, remainingMs: null, durationMs: timer.durationMs };
}
