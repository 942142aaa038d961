import type { RequestHandler } from './$types';
import * as m from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { idParam } from '$lib/server/workshops/http';
import { loadOrRefuse } from '$lib/server/learning/http';
import { workshopReport } from '$lib/server/learning/reports';

/** The workshop's attendance and completion report (CSV or PDF), for its facilitators and admins. */
export const GET: RequestHandler = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const id = idParam(params.id);
	const format = url.searchParams.get('format') === 'pdf' ? 'pdf' : 'csv';
	const db = await getDb();
	const report = await loadOrRefuse(() => workshopReport(db, user, id, format, m.attendance_report_title()));
	return new Response(new Uint8Array(report.body), {
		headers: {
			'content-type': format === 'pdf' ? 'application/pdf' : 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${report.filename}"`,
			'cache-control': 'private, no-store'
		}
	});
};
