import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { exportLearningRecord } from '$lib/server/learning/record-export';

/** The signed-in user's own learning record as CSV or PDF (for their HR office). */
export const GET: RequestHandler = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const format = url.searchParams.get('format') === 'pdf' ? 'pdf' : 'csv';
	const file = await exportLearningRecord(await getDb(), user.id, format);
	return new Response(new Uint8Array(file.body), {
		headers: {
			'content-type': format === 'pdf' ? 'application/pdf' : 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${file.filename}"`,
			'cache-control': 'private, no-store'
		}
	});
};
