/** The overview's dependencies in the running app: the update log and this process's live rooms. */
import type { Database } from '../db/client';
import { startRealtime } from '../realtime/attach';
import { DatabaseBoardStore } from '../realtime/persistence';
import type { OverviewDeps } from './overview';

/** Overview dependencies wired to the app's realtime server. */
export async function overviewDeps(db: Database): Promise<OverviewDeps> {
	const server = await startRealtime();
	return { store: new DatabaseBoardStore(db), registry: server.registry };
}
