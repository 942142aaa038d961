/**
 * Pictures on boards. Uploads go through the innovations' image pipeline (sniffed, re-encoded with
 * sharp, metadata stripped, bounded) and the storage interface; the link to the board decides who
 * may see them: any member of that board, nobody else.
 */
import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { boardImages, uploads } from '../db/schema';
import { storeUpload } from '../innovations/media';
import type { ImageErrorCode } from '../innovations/images';
import type { Storage } from '../storage';
import { authorizeBoard, type BoardActor } from './access';
import { BOARD_ID_PATTERN, BoardError } from './boards';

/** What the canvas needs to place an uploaded picture. */
export interface PublicBoardImage {
	assetId: string;
	width: number;
	height: number;
}

export type BoardImageResult = { ok: true; image: PublicBoardImage } | { ok: false; error: ImageErrorCode };

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
	if (!BOARD_ID_PATTERN.test(boardId) || !/^[a-f0-9]{24}$/.test(assetId)) return null;
	const auth = await authorizeBoard(db, boardId, actor, linkToken);
	if (!auth.exists || !auth.role) return null;
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
