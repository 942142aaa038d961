/**
 * Which form on the management page the last submission belonged to, so its notice or errors
 * appear beside that form (and beside the right team or member) rather than at the top.
 */
export interface FormOutcome {
	form: string;
	target?: number;
	success?: string;
	errors?: Record<string, string>;
	values?: Record<string, string>;
}

/** The outcome if it belongs to this form (and this team/member when `target` is given). */
export function outcomeFor(outcome: FormOutcome | null | undefined, form: string, target?: number): FormOutcome | null {
	if (!outcome || outcome.form !== form) return null;
	if (target !== undefined && outcome.target !== target) return null;
	return outcome;
}
