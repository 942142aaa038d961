/** Form schemas of the learning record (zod 4); messages come from the shared error map. */
import { z } from 'zod';
import { requiredText } from '../validation/form';

const wholeNumber = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** `<input type="datetime-local">` gives local wall time; workshops are held in Western Indonesia Time. */
const jakartaDateTime = z
	.string()
	.trim()
	.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/)
	.transform((value) => new Date(`${value.length === 16 ? `${value}:00` : value}+07:00`))
	.refine((date) => !Number.isNaN(date.getTime()));

export const settingsFormSchema = z.object({
	jp: wholeNumber(0, 1000),
	minAttendancePercent: wholeNumber(1, 100)
});

export const sessionFormSchema = z.object({
	title: requiredText(120),
	startsAt: jakartaDateTime,
	endsAt: jakartaDateTime
});

export const editSessionFormSchema = sessionFormSchema.extend({ sessionId: wholeNumber(1, 2_147_483_647) });

export const confirmFormSchema = z.object({
	sessionId: wholeNumber(1, 2_147_483_647),
	reason: z.string().trim().max(500).default('')
});

export const revokeFormSchema = z.object({ reason: requiredText(500) });

/** The `present` checkboxes of the confirm form: user ids, bounded, invalid ones dropped. */
export function presentIds(formData: FormData): number[] {
	return formData
		.getAll('present')
		.slice(0, 1000)
		.map((v) => Number(v))
		.filter((n) => Number.isInteger(n) && n > 0);
}

