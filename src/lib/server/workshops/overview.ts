/**
 * The facilitator's live overview of a workshop: every team board with a thumbnail drawn from its
 * current state (the live room's document when open here, else the log) by the shared export
 * renderer, its stage, when it last changed, and who is on it now (the room's presence).
 * Facilitators of the workshop and admins only.
 */
import * as Y from 'yjs';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { boardToSvg } from '../../canvas/export/board';
import { readBoard, readMeta } from '../../canvas/sync';
import type { Database } from '../db/client';
import { boards, boardUpdates, teams } from '../db/schema';
import { readBoardState } from '../boards/content';
import type { BoardStore } from '../realtime/persistence';
import type { RoomRegistry } from '../realtime/rooms';
import type { Stage } from '../../stages';
import { requireManager, type Actor } from './access';

/** One board in the overview. */
export interface OverviewBoard {
	id: string;
	title: string;
	teamId: number;
	teamName: string;
	stage: Stage;
	/** ISO time of the last stored change. */
	lastActivity: string;
	/** Names of the people on the board now (this server's connections). */
	present: string[];
	/** SVG document of the whole board. */
	thumbnail: string;
	shapeCount: number;
}

/** Where the overview reads boards from. */
export interface OverviewDeps {
	store: BoardStore;
	registry: RoomRegistry | null;
}

/** Every team board of the workshop, team by team (facilitators and admins only). */
export async function workshopOverview(db: Database, actor: Actor, workshopId: number, deps: OverviewDeps): Promise<OverviewBoard[]> {
	await requireManager(db, actor, workshopId);
	const rows = await db
		.select({ id: boards.id, title: boards.title, teamId: teams.id, teamName: teams.name, updatedAt: boards.updatedAt })
		.from(boards)
		.innerJoin(teams, eq(teams.id, boards.teamId))
		.where(eq(teams.workshopId, workshopId))
		.orderBy(asc(teams.name), asc(boards.createdAt));
	if (rows.length === 0) return [];
	const latest = new Map<string, Date>();
	const updates = await db
		.select({ boardId: boardUpdates.boardId, createdAt: boardUpdates.createdAt })
		.from(boardUpdates)
		.where(and(inArray(boardUpdates.boardId, rows.map((r) => r.id))))
		.orderBy(desc(boardUpdates.createdAt));
	for (const u of updates) if (!latest.has(u.boardId)) latest.set(u.boardId, u.createdAt);
	const result: OverviewBoard[] = [];
	for (const row of rows) {
		const room = deps.registry?.get(row.id);
		const state = await readBoardState(deps.store, row.id, async () => room?.encodedState() ?? null);
		const doc = new Y.Doc();
		Y.applyUpdate(doc, state);
		const shapes = readBoard(doc).shapes;
		const meta = readMeta(doc);
		doc.destroy();
		const present = new Set<string>();
		for (const entry of room?.awareness.getStates().values() ?? []) {
			const name = (entry as { user?: { name?: unknown } }).user?.name;
			if (typeof name === 'string' && name) present.add(name);
		}
		const changed = latest.get(row.id);
		const lastActivity = changed && changed > row.updatedAt ? changed : row.updatedAt;
		result.push({
			id: row.id,
			title: row.title,
			teamId: row.teamId,
			teamName: row.teamName,
			stage: meta.stage,
			lastActivity: lastActivity.toISOString(),
			present: [...present].sort(),
			thumbnail: boardToSvg(shapes, { kind: 'board' }, { title: row.title }),
			shapeCount: shapes.length
		});
	}
	return result;
}
