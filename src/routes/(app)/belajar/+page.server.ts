import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { learningRecordOf } from '$lib/server/learning/record';
import { canComposePaths, listPaths } from '$lib/server/learning/paths';

/** The signed-in user's own record; there is no parameter that could name someone else. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const db = await getDb();
	return {
		name: user.name,
		record: await learningRecordOf(db, user.id),
		paths: await listPaths(db, user.id),
		canCompose: canComposePaths(user)
	};
};
