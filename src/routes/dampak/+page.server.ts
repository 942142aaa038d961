import type { PageServerLoad } from './$types';
import * as m from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { publicPageCache } from '$lib/server/page-cache';
import { impactSummary } from '$lib/server/impact/impact';
import { chartSvgs, type ChartRow, type ChartShape } from '$lib/server/impact/charts';
import { localName, replicationStatusLabel, stageLabel } from '$lib/innovations/labels';

function chart(id: string, title: string, labelHeading: string, valueHeading: string, rows: ChartRow[], shape: ChartShape = 'bars') {
	return { id, title, labelHeading, valueHeading, rows, svg: rows.length > 0 ? chartSvgs(rows, shape) : null };
}

// A finished picture: counts, server-drawn charts and their tables (native <details>); nothing on it
// needs JavaScript, so none is sent (the shared header works without it too).
export const csr = false;

// Public page: aggregate counts only, no personal data. The charts are drawn here, in the reader's
// language, so the browser gets finished pictures.
export const load: PageServerLoad = async ({ locals, setHeaders }) => {
	setHeaders(publicPageCache(!!locals.user, 300));
	const impact = await impactSummary(await getDb());
	const innovations = m.impact_innovations_heading();
	return {
		stats: {
			innovations: impact.innovations,
			provinces: impact.provinces,
			workshops: impact.workshops,
			participants: impact.participants,
			replicationRequests: impact.replicationRequests
		},
		charts: [
			chart('chart-province', m.impact_by_province(), m.gallery_facet_provinsi(), innovations, impact.byProvince.map((r) => ({ label: localName(r), value: r.count }))),
			chart('chart-theme', m.impact_by_theme(), m.gallery_facet_tema(), innovations, impact.byTheme.map((r) => ({ label: localName(r), value: r.count }))),
			chart('chart-stage', m.impact_by_stage(), m.gallery_facet_tahap(), innovations, impact.byStage.map((r) => ({ label: stageLabel(r.stage), value: r.count }))),
			chart('chart-year', m.impact_by_year(), m.impact_year_heading(), innovations, impact.byYear.map((r) => ({ label: String(r.year), value: r.count })), 'columns'),
			chart(
				'chart-replication',
				m.impact_by_replication(),
				m.impact_status_heading(),
				m.impact_requests_heading(),
				impact.replications.map((r) => ({ label: replicationStatusLabel(r.status), value: r.count }))
			)
		]
	};
};
