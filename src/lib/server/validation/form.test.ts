import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { getLocale, overwriteGetLocale } from '../../paraglide/runtime';
import { formFailure, optionalText, parseForm, requiredText } from './form';

const original = getLocale;
afterEach(() => overwriteGetLocale(original));

const schema = z.object({
	name: requiredText(20),
	email: z.string().trim().pipe(z.email()),
	age: z.coerce.number().int().min(18),
	kind: z.enum(['a', 'b']),
	note: optionalText(5),
	password: z.string().min(10)
});

function formData(fields: Record<string, string>): FormData {
	const data = new FormData();
	for (const [k, v] of Object.entries(fields)) data.append(k, v);
	return data;
}

describe('parseForm', () => {
	it('returns typed data when valid, dropping unknown fields', () => {
		const result = parseForm(schema, formData({ name: ' Rina ', email: 'r@x.id', age: '30', kind: 'a', note: '', password: 'x'.repeat(10), role: 'admin' }));
		expect(result).toEqual({ ok: true, data: { name: 'Rina', email: 'r@x.id', age: 30, kind: 'a', note: undefined, password: 'x'.repeat(10) } });
	});

	it('localizes every error in Indonesian and keeps the values, never the password', () => {
		const result = parseForm(schema, formData({ name: '', email: 'bukan', age: '12', kind: 'z', note: 'panjang sekali', password: 'pendek' }));
		expect(result).toEqual({
			ok: false,
			errors: {
				name: 'Wajib diisi.',
				email: 'Alamat email tidak valid.',
				age: 'Minimal 18.',
				kind: 'Pilih salah satu pilihan yang tersedia.',
				note: 'Maksimal 5 karakter.',
				password: 'Minimal 10 karakter.'
			},
			values: { name: '', email: 'bukan', age: '12', kind: 'z', note: 'panjang sekali' }
		});
	});

	it('speaks English when the request is English', () => {
		overwriteGetLocale(() => 'en');
		const result = parseForm(schema, formData({ email: 'bukan', age: 'x', kind: 'a', password: 'x'.repeat(10) }));
		expect(result).toMatchObject({ ok: false, errors: { name: 'Required.', email: 'This is not a valid email address.', age: 'This value is not valid.' } });
	});

	it('caps echoed values and ignores uploaded files', () => {
		const data = formData({ name: 'x'.repeat(5000) });
		data.append('file', new Blob(['abc']), 'a.txt');
		const result = parseForm(schema, data);
		expect(!result.ok && result.values.name).toHaveLength(2000);
		expect(!result.ok && 'file' in result.values).toBe(false);
	});

	it('builds a failure from service errors, dropping secrets', () => {
		expect(formFailure({ email: 'dipakai' }, formData({ email: 'a@b.id', password: 'rahasia', resetToken: 't' }))).toEqual({
			ok: false,
			errors: { email: 'dipakai' },
			values: { email: 'a@b.id' }
		});
	});
});
