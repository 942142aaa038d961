import type { LayoutServerLoad } from './$types';
import { requireEntryView } from '$lib/server/innovations/http';
import { entryShell } from '$lib/server/innovations/workspace';

export const load: LayoutServerLoad = async ({ locals, url, params, depends }) => {
	depends('innovation:shell');
	const ctx = await requireEntryView(locals, url, params.id);
	const { shell } = await entryShell(ctx);
	return { shell };
};
