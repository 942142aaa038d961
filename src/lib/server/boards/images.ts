/**
 * Pictures on boards. Uploads go through the innovations' image pipeline (sniffed, re-encoded with
 * sharp, metadata stripped, bounded) and the storage interface; the link to the board decides who
 * may see them: any member of that board, nobody else.
 *
 * One upload may be linked to several boards (a duplicate, shapes pasted from another board): the
 * boards share its files. Deleting a board removes only its links, never the files.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client';
import { boardImages, uploads } from '../db/schema';
import { storeUpload } from '../innovations/media';
import type { ImageErrorCode } from '../innovations/images';
import type { Storage } from '../storage';
import { MAX_PASTED_IMAGES } from '../../canvas/model';
import { authorizeBoard, type BoardActor } from './access';
import { BOARD_ID_PATTERN, BoardError } from './boards';

/** What the canvas needs to place an uploaded picture. */
export interface PublicBoardImage {
	assetId: string;
	width: number;
	height: number;
}

export type BoardImageResult = { ok: true; image: PublicBoardImage } | { ok: false; error: ImageErrorCode };

/** The shape of an asset id (an upload id); anything else is refused before touching the database. */
const ASSET_ID_PATTERN = /^[a-f0-9]{24}$/;

/** The width the canvas loads: sharp enough for a picture filling a laptop screen, a third of the largest. */
const SERVED_WIDTH = 960;

/** Stores an image for a board (editors only) and links it to the board. */
export async function uploadBoardImage(db: Database, storage: Storage, actor: BoardActor, boardId: string, data: Buffer): Promise<BoardImageResult> {
	if (!BOARD_ID_PATTERN.test(boardId)) throw new BoardError('not_found');
	const auth = await authorizeBoard(db, boardId, actor);
	if (!auth.exists || !auth.role) throw new BoardError('not_found');
	if (auth.role !== 'edit') throw new BoardError('forbidden');
	const stored = await storeUpload(db, storage, actor.id, data);
	if (!stored.ok) return stored;
	await db.insert(boardImages).values({ boardId, uploadId: stored.uploadId });
	const [row] = await db.select({ width: uploads.width, height: uploads.height }).from(uploads).where(eq(uploads.id, stored.uploadId));
	return { ok: true, image: { assetId: stored.uploadId, width: row?.width ?? 1, height: row?.height ?? 1 } };
}

/** One board image's served rendition, or null when the viewer has no role or it is not this board's. */
export async function readBoardImage(
	db: Database,
	storage: Storage,
	actor: BoardActor,
	boardId: string,
	assetId: string,
	linkToken: string | null
): Promise<{ data: Buffer; contentType: string } | null> {
	if (!BOARD_ID_PATTERN.test(boardId) || !ASSET_ID_PATTERN.test(assetId)) return null;
	if (!(await seesBoardImages(db, actor, boardId, linkToken))) return null;
	const [row] = await db
		.select({ variants: uploads.variants })
		.from(boardImages)
		.innerJoin(uploads, eq(uploads.id, boardImages.uploadId))
		.where(and(eq(boardImages.boardId, boardId), eq(boardImages.uploadId, assetId)));
	if (!row) return null;
	const webp = row.variants.filter((v) => v.format === 'webp').sort((a, b) => a.width - b.width);
	const variant = webp.find((v) => v.width >= SERVED_WIDTH) ?? webp[webp.length - 1];
	if (!variant) return null;
	const object = await storage.get(variant.key);
	return object ? { data: object.data, contentType: `image/${variant.format}` } : null;
}

/** True when the actor sees the board's pictures: any role on it, a valid view link included. */
async function seesBoardImages(db: Database, actor: BoardActor, boardId: string, linkToken: string | null): Promise<boolean> {
	const auth = await authorizeBoard(db, boardId, actor, linkToken);
	return auth.exists && auth.role !== null;
}

/**
 * Links every picture of one board to another, sharing the stored files (a duplicate shows what
 * its source showed). Callers authorize; links the target already has are kept as they are.
 */
export async function linkAllBoardImages(db: Database, fromBoardId: string, toBoardId: string): Promise<void> {
	await db
		.insert(boardImages)
		.select((qb) =>
			qb
				// Drizzle wants every column, in the table's order.
				.select({
					boardId: sql<string>`${toBoardId}::text`.as('board_id'),
					uploadId: boardImages.uploadId,
					createdAt: sql<Date>`now()`.as('created_at')
				})
				.from(boardImages)
				.where(eq(boardImages.boardId, fromBoardId))
		)
		.onConflictDoNothing();
}

/** What the paste endpoint accepts: the board the shapes were copied from and their image asset ids. */
export const adoptImagesInputSchema = z.object({
	from: z.string().regex(BOARD_ID_PATTERN),
	assets: z.array(z.string().regex(ASSET_ID_PATTERN)).min(1).max(MAX_PASTED_IMAGES)
});

/**
 * Links pictures of board `fromBoardId` to board `boardId`, for shapes pasted from one into the
 * other. The actor must edit the target (else BoardError) and see the source's pictures exactly
 * as the image route checks (without a view link: the clipboard never carries one). Answers the
 * asset ids the target now shows; ids the source does not hold are skipped without saying why.
 */
export async function adoptBoardImages(
	db: Database,
	actor: BoardActor,
	boardId: string,
	fromBoardId: string,
	assetIds: readonly string[]
): Promise<string[]> {
	if (!BOARD_ID_PATTERN.test(boardId)) throw new BoardError('not_found');
	const auth = await authorizeBoard(db, boardId, actor);
	if (!auth.exists || !auth.role) throw new BoardError('not_found');
	if (auth.role !== 'edit') throw new BoardError('forbidden');
	const wanted = [...new Set(assetIds)].filter((id) => ASSET_ID_PATTERN.test(id)).slice(0, MAX_PASTED_IMAGES);
	if (wanted.length === 0 || !BOARD_ID_PATTERN.test(fromBoardId)) return [];
	if (!(await seesBoardImages(db, actor, fromBoardId, null))) return [];
	const found = await db
		.select({ uploadId: boardImages.uploadId })
		.from(boardImages)
		.where(and(eq(boardImages.boardId, fromBoardId), inArray(boardImages.uploadId, wanted)));
	if (found.length === 0) return [];
	await db
		.insert(boardImages)
		.values(found.map((row) => ({ boardId, uploadId: row.uploadId })))
		.onConflictDoNothing();
	return found.map((row) => row.uploadId);
}
