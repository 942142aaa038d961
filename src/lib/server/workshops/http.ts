/**
 * How workshop refusals reach the browser: `forbidden` → 403 and `not_found` → 404 (SvelteKit
 * error pages), user mistakes → a 400 form failure naming the form that failed, with a message in
 * the user's language. Everything else is a bug and propagates as a 500.
 */
import { error, fail, type ActionFailure } from '@sveltejs/kit';
import type { z } from 'zod';
import * as m from '../../paraglide/messages';
import { getDb } from '../db';
import type { Database } from '../db/client';
import { requireUser } from '../auth/guard';
import type { Session, SessionUser } from '../auth/session';
import { parseForm } from '../validation/form';
import { isWorkshopError, type WorkshopErrorCode } from './errors';

const MESSAGES: Record<Exclude<WorkshopErrorCode, 'forbidden' | 'not_found'>, () => string> = {
	code_invalid: m.workshop_error_code_invalid,
	closed: m.workshop_error_closed,
	full: m.workshop_error_full,
	team_name_taken: m.team_error_name_taken,
	not_a_participant: m.team_error_not_a_participant,
	not_a_mentor: m.team_error_not_a_mentor,
	user_not_found: m.workshop_error_user_not_found,
	agency_not_found: m.workshop_error_agency_not_found,
	method_not_found: m.method_not_found,
	last_facilitator: m.workshop_error_last_facilitator,
	last_stage: m.stage_error_last,
	rate_limited: m.workshop_error_rate_limited
};

/** What a failed workshop form returns: which form, its field errors, the values to keep. */
export interface WorkshopFailure {
	form: string;
	/** The record the form was about (a team or a member), so the page shows the error beside it. */
	target?: number;
	errors: Record<string, string>;
	values?: Record<string, string>;
}

/** A 400 failure for one form of a page. */
export function formFailure(
	form: string,
	errors: Record<string, string>,
	values?: Record<string, string>,
	target?: number
): ActionFailure<WorkshopFailure> {
	return fail(400, { form, errors, values, target });
}

/** Turns a service refusal into the right HTTP answer; rethrows anything that is not a WorkshopError. */
export function refusal(cause: unknown, form: string, target?: number): ActionFailure<WorkshopFailure> {
	if (!isWorkshopError(cause)) throw cause;
	if (cause.code === 'forbidden') error(403, m.workshop_error_forbidden());
	if (cause.code === 'not_found') error(404, m.workshop_error_not_found());
	return formFailure(form, { form: MESSAGES[cause.code]() }, undefined, target);
}

/** Loads that call services: refusals become 403/404 pages. */
export async function loadOr404<T>(run: () => Promise<T>): Promise<T> {
	try {
		return await run();
	} catch (cause) {
		if (isWorkshopError(cause, 'forbidden')) error(403, m.workshop_error_forbidden());
		if (isWorkshopError(cause)) error(404, m.workshop_error_not_found());
		throw cause;
	}
}

/** A positive integer route parameter, or a 404. */
export function idParam(value: string): number {
	if (!/^[1-9]\d{0,9}$/.test(value) || Number(value) > 2_147_483_647) error(404, m.workshop_error_not_found());
	return Number(value);
}

/** What a successful management form returns: which form, and the notice to show. */
export interface WorkshopSuccess {
	form: string;
	target?: number;
	success: string;
}

interface ActionEvent {
	locals: { user: SessionUser | null; session: Session | null };
	url: URL;
	params: Partial<Record<string, string>>;
	request: Request;
}

/**
 * One management form action: sign-in required, the workshop id from the route, the form parsed
 * with its schema, then the service call, whose refusals become 403/404 or a form error. `run`
 * returns the success notice. Authorization itself stays in the services (requireManager).
 */
export function workshopAction<S extends z.ZodType>(
	form: string,
	schema: S,
	run: (ctx: { db: Database; user: SessionUser; workshopId: number; data: z.output<S> }) => Promise<string>,
	targetOf?: (data: z.output<S>) => number | undefined
) {
	return async (event: ActionEvent): Promise<WorkshopSuccess | ActionFailure<WorkshopFailure>> => {
		const user = requireUser(event.locals, event.url);
		const workshopId = idParam(event.params.id ?? '');
		const parsed = parseForm(schema, await event.request.formData());
		if (!parsed.ok) {
			const target = Number(parsed.values.teamId ?? parsed.values.userId) || undefined;
			return formFailure(form, parsed.errors, parsed.values, target);
		}
		const target = targetOf?.(parsed.data);
		try {
			const success = await run({ db: await getDb(), user, workshopId, data: parsed.data });
			return { form, target, success };
		} catch (cause) {
			return refusal(cause, form, target);
		}
	};
}
