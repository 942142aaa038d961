/**
 * One gate for form input: FormData → zod schema → a discriminated result whose field errors are
 * already in the user's language (paraglide resolves the locale of the current request).
 *
 * Generic problems (required, too long, bad email, …) are mapped from zod's issue codes here;
 * rule-specific messages are set in the schema with `{ error: () => m.some_key() }`, which zod
 * prefers over this map, so every message comes from `messages/*.json`.
 */
import { z } from 'zod';
import * as m from '../../paraglide/messages';

/** Field name → the first error message for that field. */
export type FieldErrors = Record<string, string>;

/** What a form submitted, echoed back so the user does not retype it (secrets excluded). */
export type FormValues = Record<string, string>;

/** A rejected form: errors by field (`form` for the whole form) and the values to show again. */
export interface FormFailure {
	ok: false;
	errors: FieldErrors;
	values: FormValues;
}

export type FormResult<T> = { ok: true; data: T } | FormFailure;

// Echoed values are capped: an oversized field is rejected by its schema, but we need not send
// megabytes back into the page either.
const MAX_ECHO_LENGTH = 2_000;

/** Fields never echoed back into the page. */
const SECRET_FIELD = /password|token/i;

/** Maps zod's issue codes to localized messages; schema-level `error` options take precedence. */
export const localizedErrorMap: z.core.$ZodErrorMap = (issue) => {
	switch (issue.code) {
		case 'invalid_type':
			return issue.input === undefined || issue.input === null ? m.form_required() : m.form_invalid();
		case 'too_small':
			if (issue.origin === 'string') {
				return Number(issue.minimum) <= 1 ? m.form_required() : m.form_too_short({ min: String(issue.minimum) });
			}
			return m.form_too_small({ min: String(issue.minimum) });
		case 'too_big':
			return issue.origin === 'string'
				? m.form_too_long({ max: String(issue.maximum) })
				: m.form_too_big({ max: String(issue.maximum) });
		case 'invalid_format':
			return issue.format === 'email' ? m.form_invalid_email() : m.form_invalid();
		case 'invalid_value':
			return m.form_invalid_choice();
		default:
			return m.form_invalid();
	}
};

/** The string fields of a FormData as a plain object (files are ignored; a repeated name keeps the first). */
export function formDataToObject(formData: FormData): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [key, value] of formData.entries()) {
		if (typeof value === 'string' && !(key in out)) out[key] = value;
	}
	return out;
}

/** Validates unknown input with a schema; errors keyed by dotted field path, localized. */
export function parseInput<S extends z.ZodType>(schema: S, input: Record<string, unknown>): FormResult<z.output<S>> {
	const result = schema.safeParse(input, { error: localizedErrorMap });
	if (result.success) return { ok: true, data: result.data };
	return { ok: false, errors: fieldErrors(result.error), values: echoValues(input) };
}

/** Parses a submitted form with a schema into `{ok, data}` or `{ok: false, errors, values}`. */
export function parseForm<S extends z.ZodType>(schema: S, formData: FormData): FormResult<z.output<S>> {
	return parseInput(schema, formDataToObject(formData));
}

/** First message per field; issues without a path land on the `form` key (whole-form error). */
export function fieldErrors(error: z.ZodError): FieldErrors {
	const errors: FieldErrors = {};
	for (const issue of error.issues) {
		const key = issue.path.length ? issue.path.map(String).join('.') : 'form';
		errors[key] ??= issue.message;
	}
	return errors;
}

/** The submitted values minus secrets, each capped in length. */
export function echoValues(input: Record<string, unknown>): FormValues {
	const values: FormValues = {};
	for (const [key, value] of Object.entries(input)) {
		if (SECRET_FIELD.test(key) || typeof value !== 'string') continue;
		values[key] = value.slice(0, MAX_ECHO_LENGTH);
	}
	return values;
}

/** A failed result built from service-level errors (e.g. "email already registered"), keeping the input. */
export function formFailure(errors: FieldErrors, input: Record<string, unknown> | FormData = {}): FormFailure {
	const plain = input instanceof FormData ? formDataToObject(input) : input;
	return { ok: false, errors, values: echoValues(plain) };
}

/** A trimmed text field; empty input means "missing". */
export function requiredText(max: number) {
	return z.string().trim().min(1).max(max);
}

/** A trimmed optional text field; an empty string becomes `undefined`. */
export function optionalText(max: number) {
	return z
		.string()
		.trim()
		.max(max)
		.optional()
		.transform((value) => (value ? value : undefined));
}
