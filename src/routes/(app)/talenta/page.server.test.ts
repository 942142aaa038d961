import { describe, expect, it } from 'vitest';
import { isHttpError, isRedirect } from '@sveltejs/kit';
import type { Role } from '$lib/server/db/schema';
import { load } from './+page.server';

// The guard runs before any database work, so refusals are tested on the route's own load.
async function outcome(role: Role | null): Promise<unknown> {
	const user = role ? { id: 1, role, name: 'Uji', email: 'uji@example.go.id', handle: 'uji', locale: 'id' } : null;
	const locals = { user, session: user ? { id: 's', userId: 1, expiresAt: new Date(Date.now() + 60_000) } : null };
	try {
		await (load as unknown as (event: unknown) => Promise<unknown>)({ locals, url: new URL('http://localhost/talenta?keahlian=data') });
		return 'loaded';
	} catch (thrown) {
		return thrown;
	}
}

describe('talent pool access', () => {
	it('sends signed-out visitors to sign in and back', async () => {
		const result = await outcome(null);
		expect(isRedirect(result) && result.location).toBe('/masuk?redirectTo=%2Ftalenta%3Fkeahlian%3Ddata');
	});

	it.each(['participant', 'mentor'] as const)('refuses a %s with 403', async (role) => {
		const result = await outcome(role);
		expect(isHttpError(result) && result.status).toBe(403);
	});
});
