import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { listOutbox } from '$lib/server/auth/admin-users';
import { requireRole, requireUser } from '$lib/server/auth/guard';
import { userSearchSchema } from '$lib/server/auth/schemas';

// Admins only: the dev outbox holds live password-reset links.
export const load: PageServerLoad = async ({ locals, url, setHeaders }) => {
	requireUser(locals, url);
	requireRole(locals, 'admin');
	setHeaders({ 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' });
	const { page } = userSearchSchema.parse({ page: url.searchParams.get('halaman') ?? '1' });
	return { mail: await listOutbox(await getDb(), page) };
};
