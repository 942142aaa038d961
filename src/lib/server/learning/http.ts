/**
 * How learning-record refusals reach the browser: access refusals (WorkshopError forbidden /
 * not_found) become 403/404 pages, user mistakes a 400 form failure naming the form, with a
 * message in the user's language. Anything else is a bug and propagates.
 */
import { error, fail, type ActionFailure } from '@sveltejs/kit';
import type { z } from 'zod';
import * as m from '../../paraglide/messages';
import { getDb } from '../db';
import type { Database } from '../db/client';
import { requireUser } from '../auth/guard';
import type { Session, SessionUser } from '../auth/session';
import { echoValues, formDataToObject, parseForm } from '../validation/form';
import { isWorkshopError } from '../workshops/errors';
import { idParam } from '../workshops/http';
import { isLearningError, type LearningErrorCode } from './errors';

const MESSAGES: Record<LearningErrorCode, () => string> = {
	session_not_found: m.attendance_error_session_not_found,
	session_order: m.attendance_error_session_order,
	reason_required: m.attendance_error_reason_required,
	no_jp: m.certificate_error_no_jp,
	no_sessions: m.certificate_error_no_sessions,
	already_revoked: m.certificate_error_already_revoked
};

/** Which field a refusal belongs beside (the rest go to the whole form). */
const FIELD: Partial<Record<LearningErrorCode, string>> = { session_order: 'endsAt', reason_required: 'reason' };

export interface LearningFailure {
	form: string;
	target?: number;
	errors: Record<string, string>;
	values?: Record<string, string>;
}

export interface LearningSuccess {
	form: string;
	target?: number;
	success: string;
}

/** Turns a refusal into 403/404 or a form failure; rethrows anything else. */
export function learningRefusal(cause: unknown, form: string, target?: number, values?: Record<string, string>): ActionFailure<LearningFailure> {
	if (isWorkshopError(cause, 'forbidden')) error(403, m.workshop_error_forbidden());
	if (isWorkshopError(cause, 'not_found')) error(404, m.workshop_error_not_found());
	if (!isLearningError(cause)) throw cause;
	return fail(400, { form, target, errors: { [FIELD[cause.code] ?? 'form']: MESSAGES[cause.code]() }, values });
}

/** Loads that call services: refusals become 403/404 pages. */
export async function loadOrRefuse<T>(run: () => Promise<T>): Promise<T> {
	try {
		return await run();
	} catch (cause) {
		if (isWorkshopError(cause, 'forbidden')) error(403, m.workshop_error_forbidden());
		if (isWorkshopError(cause) || isLearningError(cause)) error(404, m.workshop_error_not_found());
		throw cause;
	}
}

interface ActionEvent {
	locals: { user: SessionUser | null; session: Session | null };
	url: URL;
	params: Partial<Record<string, string>>;
	request: Request;
}

/**
 * One form action on a workshop's learning page: sign-in required, the workshop id from the
 * route, the form parsed, then the service (which authorizes), whose refusals become 403/404 or a
 * form error. `run` returns the success notice.
 */
export function learningAction<S extends z.ZodType>(
	form: string,
	schema: S,
	run: (ctx: { db: Database; user: SessionUser; workshopId: number; data: z.output<S>; formData: FormData }) => Promise<string>,
	targetOf?: (data: z.output<S>) => number | undefined
) {
	return async (event: ActionEvent): Promise<LearningSuccess | ActionFailure<LearningFailure>> => {
		const user = requireUser(event.locals, event.url);
		const workshopId = idParam(event.params.id ?? '');
		const formData = await event.request.formData();
		const parsed = parseForm(schema, formData);
		if (!parsed.ok) {
			return fail(400, { form, target: Number(parsed.values.sessionId) || undefined, errors: parsed.errors, values: parsed.values });
		}
		const target = targetOf?.(parsed.data);
		try {
			const success = await run({ db: await getDb(), user, workshopId, data: parsed.data, formData });
			return { form, target, success };
		} catch (cause) {
			return learningRefusal(cause, form, target, echoValues(formDataToObject(formData)));
		}
	};
}
