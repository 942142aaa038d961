import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { STATUSES, type InnovationStatus } from '$lib/innovations/fields';
import { requireCurator } from '$lib/server/innovations/http';
import { curatorQueue, queueCounts } from '$lib/server/innovations/moderation';
import { classificationChoices } from '$lib/server/innovations/drafts';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireCurator(locals, url);
	const db = await getDb();
	const rawStatus = url.searchParams.get('status') ?? 'submitted';
	const status: InnovationStatus | 'all' = rawStatus === 'all' || (STATUSES as readonly string[]).includes(rawStatus) ? (rawStatus as InnovationStatus | 'all') : 'submitted';
	const provinceCode = /^\d{2}$/.test(url.searchParams.get('provinsi') ?? '') ? url.searchParams.get('provinsi')! : '';
	const themeSlug = /^[a-z0-9-]{1,60}$/.test(url.searchParams.get('tema') ?? '') ? url.searchParams.get('tema')! : '';
	const [items, counts, choices] = await Promise.all([
		curatorQueue(db, { status, provinceCode: provinceCode || undefined, themeSlug: themeSlug || undefined }),
		queueCounts(db),
		classificationChoices(db)
	]);
	return {
		items,
		counts,
		filters: { status, provinceCode, themeSlug },
		provinces: choices.provinces,
		themes: choices.themes.map((t) => ({ slug: t.slug, nameId: t.nameId, nameEn: t.nameEn }))
	};
};
