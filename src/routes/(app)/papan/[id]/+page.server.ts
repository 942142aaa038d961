import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { getBoard } from '$lib/server/boards/boards';
import { orRefusal } from '$lib/server/boards/http';
import { authorizeBoard } from '$lib/server/boards/access';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	// A view-only link carries its token in the query; the socket presents the same token.
	const linkToken = url.searchParams.get('token');
	const board = await orRefusal(async () => getBoard(await getDb(), user, params.id, linkToken));
	// Facilitator controls are shown to facilitators only; the realtime server enforces the same rule.
	const auth = await authorizeBoard(await getDb(), params.id, user, linkToken);
	const facilitator = auth.exists && auth.role === 'edit' && auth.facilitator;
	const canComment = board.role === 'edit' || board.role === 'comment';
	return { board, me: { id: String(user.id), name: user.name }, linkToken, facilitator, canComment };
};
