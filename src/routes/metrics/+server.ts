import { error } from '@sveltejs/kit';
import { mayReadMetrics, renderMetrics } from '$lib/server/realtime/metrics';
import type { RequestHandler } from './$types';

/** Prometheus metrics of this process (realtime server and Node runtime). */
export const GET: RequestHandler = async ({ request, locals, getClientAddress }) => {
	let clientAddress: string | null = null;
	try {
		clientAddress = getClientAddress();
	} catch {
		// No address available (e.g. some adapters in tests): treat as remote.
	}
	const allowed = mayReadMetrics({
		authorization: request.headers.get('authorization'),
		clientAddress,
		forwarded: request.headers.has('x-forwarded-for') || request.headers.has('forwarded'),
		userRole: locals.user?.role ?? null
	});
	if (!allowed) error(403, 'Forbidden');
	const { body, contentType } = await renderMetrics();
	return new Response(body, { headers: { 'content-type': contentType, 'cache-control': 'no-store' } });
};
