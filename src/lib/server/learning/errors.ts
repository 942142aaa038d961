/**
 * Why a learning-record operation was refused. `forbidden` and `not_found` come from the
 * workshops' access rules (WorkshopError); these are user mistakes shown beside the form.
 */
export type LearningErrorCode = 'session_not_found' | 'session_order' | 'reason_required' | 'no_jp' | 'no_sessions' | 'already_revoked';

export class LearningError extends Error {
	constructor(readonly code: LearningErrorCode) {
		super(`learning: ${code}`);
		this.name = 'LearningError';
	}
}

/** True for a LearningError, optionally of one code. */
export function isLearningError(error: unknown, code?: LearningErrorCode): error is LearningError {
	return error instanceof LearningError && (code === undefined || error.code === code);
}
