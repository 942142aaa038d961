import { describe, expect, it } from 'vitest';
import { isHttpError, isRedirect } from '@sveltejs/kit';
import { requireRole, requireUser, safeRedirectTarget } from './guard';
import type { SessionUser } from './session';

const user: SessionUser = { id: 1, email: 'a@b.id', name: 'A', handle: 'a', role: 'participant', locale: 'id' };
const session = { id: 'x', userId: 1, expiresAt: new Date(Date.now() + 1000) };

function thrown(fn: () => unknown): unknown {
	try {
		fn();
	} catch (e) {
		return e;
	}
	throw new Error('expected a throw');
}

describe('safeRedirectTarget', () => {
	it('keeps same-site paths with query and hash', () => {
		expect(safeRedirectTarget('/akun', '/')).toBe('/akun');
		expect(safeRedirectTarget('/en/papan/3?tab=2#x', '/')).toBe('/en/papan/3?tab=2#x');
	});

	it('refuses everything that could leave the site', () => {
		for (const bad of [
			'https://evil.example/',
			'//evil.example/path',
			'/\\evil.example',
			'\\\\evil.example',
			'javascript:alert(1)',
			'/\t/evil.example',
			'evil.example',
			'',
			null,
			undefined
		]) {
			expect(safeRedirectTarget(bad, '/home')).toBe('/home');
		}
	});
});

describe('requireUser', () => {
	it('returns the signed-in user', () => {
		expect(requireUser({ user, session }, new URL('http://x/akun'))).toBe(user);
	});

	it('redirects a visitor to sign in and back', () => {
		const e = thrown(() => requireUser({ user: null, session: null }, new URL('http://x/admin?q=dewi&page=2')));
		expect(isRedirect(e) && e.status).toBe(303);
		expect(isRedirect(e) && e.location).toBe('/masuk?redirectTo=%2Fadmin%3Fq%3Ddewi%26page%3D2');
	});
});

describe('requireRole', () => {
	it('lets listed roles through and answers 403 to others, 401 to visitors', () => {
		expect(requireRole({ user: { ...user, role: 'admin' }, session }, 'admin')).toMatchObject({ role: 'admin' });
		expect(requireRole({ user: { ...user, role: 'curator' }, session }, 'admin', 'curator').role).toBe('curator');
		const forbidden = thrown(() => requireRole({ user, session }, 'admin'));
		expect(isHttpError(forbidden) && forbidden.status).toBe(403);
		expect(isHttpError(forbidden) && forbidden.body.message).toBe('Anda tidak punya akses ke halaman ini.');
		const anonymous = thrown(() => requireRole({ user: null, session: null }, 'admin'));
		expect(isHttpError(anonymous) && anonymous.status).toBe(401);
	});
});
