import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { listBoards } from '$lib/server/boards/boards';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const { mine, team, shared } = await listBoards(await getDb(), user);
	const boards = [...team, ...mine, ...shared]
		.filter((b) => b.role !== null)
		.map((b) => ({ id: b.id, title: b.title, teamName: b.teamName, workshopTitle: b.workshopTitle, updatedAt: b.updatedAt }));
	return { boards };
};
