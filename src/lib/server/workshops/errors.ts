/**
 * Why a workshop operation was refused. Routes turn `forbidden` into 403 and `not_found` into 404;
 * the others are user mistakes shown next to the form (messages `workshop_error_*`).
 */
export type WorkshopErrorCode =
	| 'forbidden'
	| 'not_found'
	| 'code_invalid'
	| 'closed'
	| 'full'
	| 'team_name_taken'
	| 'not_a_participant'
	| 'not_a_mentor'
	| 'user_not_found'
	| 'agency_not_found'
	| 'method_not_found'
	| 'last_facilitator'
	| 'last_stage'
	| 'rate_limited';

export class WorkshopError extends Error {
	constructor(readonly code: WorkshopErrorCode) {
		super(`workshop: ${code}`);
		this.name = 'WorkshopError';
	}
}

/** True for a WorkshopError, optionally of one code. */
export function isWorkshopError(error: unknown, code?: WorkshopErrorCode): error is WorkshopError {
	return error instanceof WorkshopError && (code === undefined || error.code === code);
}
