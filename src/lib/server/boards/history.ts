/**
 * Named versions of a board: labelled snapshots in `board_snapshots` (the realtime store's
 * compaction with a label; pruning keeps them). Listing needs a comment or edit role, saving one
 * an edit role; a version is restored as a copy (a new board, for anyone who may edit) or in
 * place — facilitators of the board's workshop and its owner only — through the live room, so
 * that everyone connected sees the change as an ordinary edit and converges, and the restore
 * itself is history in the log rather than a rewrite of it. In-place restore brings back the
 * shapes; the title, the stage and facilitation state (timer, votes) stay as they are now.
 */
import * as Y from 'yjs';
import { and, desc, eq, isNotNull } from 'drizzle-orm';
import { z } from 'zod';
import * as m from '../../paraglide/messages';
import { createShapes, readBoard, SHAPES_MAP } from '../../canvas/sync';
import type { Database } from '../db/client';
import { base64Of, boards, boardSnapshots, fromBase64, users } from '../db/schema';
import type { BoardStore } from '../realtime/persistence';
import type { RoomRegistry } from '../realtime/rooms';
import { authorizeBoard, type BoardActor } from './access';
import { BoardError, BOARD_TITLE_MAX } from './boards';
import { duplicateBoard } from './manage';

/** Longest version label. */
export const MAX_VERSION_LABEL = 100;

/** The "save version" form. */
export const versionLabelSchema = z.object({
	label: z
		.string({ error: () => m.history_error_label({ max: MAX_VERSION_LABEL }) })
		.trim()
		.min(1, { error: () => m.history_error_label({ max: MAX_VERSION_LABEL }) })
		.max(MAX_VERSION_LABEL, { error: () => m.history_error_label({ max: MAX_VERSION_LABEL }) })
});

/** Where versions are read and written: the store, and the live rooms of this process. */
export interface HistoryDeps {
	store: BoardStore;
	registry: RoomRegistry;
}

/** A version as the history page lists it. */
export interface PublicVersion {
	id: number;
	label: string;
	createdAt: string;
	createdBy: string | null;
}

/** What the actor may do with the board's history. */
export interface HistoryAccess {
	title: string;
	canSave: boolean;
	canRestoreInPlace: boolean;
}

async function access(db: Database, actor: BoardActor, boardId: string): Promise<HistoryAccess> {
	const auth = await authorizeBoard(db, boardId, actor);
	if (!auth.exists || !auth.role) throw new BoardError('not_found');
	if (auth.role === 'view') throw new BoardError('forbidden');
	const owner = auth.board.ownerId === actor.id;
	const [board] = await db.select({ title: boards.title }).from(boards).where(eq(boards.id, boardId));
	return {
		title: board?.title ?? '',
		canSave: auth.role === 'edit',
		canRestoreInPlace: auth.role === 'edit' && (auth.facilitator || owner)
	};
}

/** The board's named versions, newest first, and what the actor may do with them. */
export async function listVersions(db: Database, actor: BoardActor, boardId: string): Promise<{ access: HistoryAccess; versions: PublicVersion[] }> {
	const rights = await access(db, actor, boardId);
	const rows = await db
		.select({ id: boardSnapshots.id, label: boardSnapshots.label, createdAt: boardSnapshots.createdAt, createdBy: users.name })
		.from(boardSnapshots)
		.leftJoin(users, eq(users.id, boardSnapshots.createdBy))
		.where(and(eq(boardSnapshots.boardId, boardId), isNotNull(boardSnapshots.label)))
		.orderBy(desc(boardSnapshots.createdAt), desc(boardSnapshots.id));
	return {
		access: rights,
		versions: rows.map((row) => ({ id: row.id, label: row.label ?? '', createdAt: row.createdAt.toISOString(), createdBy: row.createdBy }))
	};
}

/** Saves the board's current state as a named version (edit role). */
export async function saveVersion(db: Database, actor: BoardActor, boardId: string, label: string, deps: HistoryDeps): Promise<void> {
	const rights = await access(db, actor, boardId);
	if (!rights.canSave) throw new BoardError('forbidden');
	// Through the registry: it first waits for this process's pending appends of the board.
	await deps.registry.compact(boardId, label, actor.id);
}

async function versionState(db: Database, boardId: string, versionId: number): Promise<{ state: Uint8Array; label: string }> {
	const [row] = await db
		.select({ state: base64Of(boardSnapshots.state), label: boardSnapshots.label })
		.from(boardSnapshots)
		.where(and(eq(boardSnapshots.id, versionId), eq(boardSnapshots.boardId, boardId), isNotNull(boardSnapshots.label)));
	if (!row) throw new BoardError('not_found');
	return { state: fromBase64(row.state), label: row.label ?? '' };
}

/** Restores a version as a new board (anyone with an edit role); returns the new board's id. */
export async function restoreVersionAsCopy(db: Database, actor: BoardActor, boardId: string, versionId: number, deps: HistoryDeps): Promise<string> {
	const rights = await access(db, actor, boardId);
	if (!rights.canSave) throw new BoardError('forbidden');
	const { state, label } = await versionState(db, boardId, versionId);
	const title = m.history_copy_title({ title: rights.title, label }).slice(0, BOARD_TITLE_MAX);
	return duplicateBoard(db, actor, boardId, { title, store: deps.store, live: async () => state });
}

/** Restores a version in place through the live room (facilitators and the owner only). */
export async function restoreVersionInPlace(db: Database, actor: BoardActor, boardId: string, versionId: number, deps: HistoryDeps): Promise<void> {
	const rights = await access(db, actor, boardId);
	if (!rights.canRestoreInPlace) throw new BoardError('forbidden');
	const { state } = await versionState(db, boardId, versionId);
	const version = new Y.Doc();
	Y.applyUpdate(version, state);
	const shapes = readBoard(version).shapes;
	version.destroy();
	const handle = await deps.registry.acquire(boardId);
	try {
		handle.room.applyServerEdit((doc, origin) => {
			doc.transact(() => {
				const map = doc.getMap<unknown>(SHAPES_MAP);
				for (const id of [...map.keys()]) map.delete(id);
				createShapes(doc, shapes, origin);
			}, origin);
		});
		await deps.registry.flush();
	} finally {
		handle.release();
	}
}
