/**
 * Images on an entry: upload (through the image pipeline and the storage interface), alt text and
 * caption, order, removal, and serving with the right visibility.
 */
import { randomBytes } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { queryRows } from '../db/client';
import { innovationMedia, innovationRevisions, innovations, uploads, type UploadVariant } from '../db/schema';
import type { Storage } from '../storage';
import { LIMITS } from '../../innovations/fields';
import { markEdited } from './drafts';
import { processImage, type ImageErrorCode } from './images';
import { canViewWorkingCopy, loadAccess, type Actor } from './permissions';
import { isPublicProfilePhoto } from '../profiles/visibility';

export type UploadResult = { ok: true; uploadId: string } | { ok: false; error: ImageErrorCode };

/** Runs an upload through the pipeline, stores every rendition and records it. */
export async function storeUpload(db: Database, storage: Storage, ownerId: number, data: Buffer): Promise<UploadResult> {
	const processed = await processImage(data);
	if (!processed.ok) return processed;
	const id = randomBytes(12).toString('hex');
	const storageKey = `images/${id.slice(0, 2)}/${id}`;
	const variants: UploadVariant[] = [];
	for (const r of processed.renditions) {
		const key = `${storageKey}/${r.width}.${r.format}`;
		await storage.put(key, r.data);
		variants.push({ key, format: r.format, width: r.width, height: r.height, bytes: r.data.byteLength });
	}
	await db.insert(uploads).values({
		id,
		ownerId,
		storageKey,
		sourceMime: processed.sourceMime,
		sourceBytes: data.byteLength,
		width: processed.width,
		height: processed.height,
		variants
	});
	return { ok: true, uploadId: id };
}

/** Attaches an upload to an entry at the end; false when the entry already has the maximum. */
export async function addMedia(
	db: Database,
	innovationId: number,
	actorId: number,
	input: { uploadId: string; alt: string; caption: string }
): Promise<boolean> {
	const [count] = await db
		.select({ n: sql<number>`count(*)::int`, max: sql<number>`coalesce(max(${innovationMedia.position}), -1)::int` })
		.from(innovationMedia)
		.where(eq(innovationMedia.innovationId, innovationId));
	if ((count?.n ?? 0) >= LIMITS.media) return false;
	await db.insert(innovationMedia).values({ innovationId, ...input, position: (count?.max ?? -1) + 1 });
	await markEdited(db, innovationId, actorId);
	return true;
}

/** Updates alt text and caption of one image of the entry. */
export async function updateMedia(
	db: Database,
	innovationId: number,
	actorId: number,
	mediaId: number,
	input: { alt: string; caption: string }
): Promise<void> {
	await db
		.update(innovationMedia)
		.set(input)
		.where(and(eq(innovationMedia.id, mediaId), eq(innovationMedia.innovationId, innovationId)));
	await markEdited(db, innovationId, actorId);
}

/** Moves an image one place up or down. */
export async function moveMedia(
	db: Database,
	innovationId: number,
	actorId: number,
	mediaId: number,
	direction: 'up' | 'down'
): Promise<void> {
	await db.transaction(async (tx) => {
		const rows = await tx
			.select({ id: innovationMedia.id })
			.from(innovationMedia)
			.where(eq(innovationMedia.innovationId, innovationId))
			.orderBy(asc(innovationMedia.position), asc(innovationMedia.id));
		const index = rows.findIndex((r) => r.id === mediaId);
		const target = direction === 'up' ? index - 1 : index + 1;
		if (index < 0 || target < 0 || target >= rows.length) return;
		[rows[index], rows[target]] = [rows[target]!, rows[index]!];
		for (const [position, row] of rows.entries()) {
			await tx.update(innovationMedia).set({ position }).where(eq(innovationMedia.id, row.id));
		}
	});
	await markEdited(db, innovationId, actorId);
}

/** Removes an image from the entry; its files go too unless a published revision still shows them. */
export async function removeMedia(
	db: Database,
	storage: Storage,
	innovationId: number,
	actorId: number,
	mediaId: number
): Promise<void> {
	const [row] = await db
		.delete(innovationMedia)
		.where(and(eq(innovationMedia.id, mediaId), eq(innovationMedia.innovationId, innovationId)))
		.returning({ uploadId: innovationMedia.uploadId });
	if (!row) return;
	await markEdited(db, innovationId, actorId);
	const [stillUsed] = await queryRows<{ n: number }>(
		db,
		sql`select (select count(*) from ${innovationMedia} where ${innovationMedia.uploadId} = ${row.uploadId})
			+ (select count(*) from ${innovationRevisions} where ${innovationRevisions.content} -> 'media' @> ${mediaRef(row.uploadId)}::jsonb) as n`
	);
	if (Number(stillUsed?.n ?? 0) > 0) return;
	const [upload] = await db.delete(uploads).where(eq(uploads.id, row.uploadId)).returning();
	for (const variant of upload?.variants ?? []) await storage.delete(variant.key);
}

/** A jsonb containment probe matching revision content that shows the upload. */
function mediaRef(uploadId: string): string {
	return JSON.stringify([{ uploadId }]);
}

/** A rendition ready to serve; `public` says whether shared caches may keep it. */
export interface ServedMedia {
	data: Buffer;
	contentType: string;
	public: boolean;
}

const FILE = /^(\d{1,5})\.(webp|avif)$/;

/**
 * Reads one rendition (`<width>.<format>`) of an upload if the viewer may see it: anyone when a
 * published revision or a public profile shows it, otherwise its uploader and whoever may view an entry that uses it.
 */
export async function readMedia(
	db: Database,
	storage: Storage,
	uploadId: string,
	file: string,
	viewer: Actor | null
): Promise<ServedMedia | null> {
	const match = FILE.exec(file);
	if (!match || !/^[a-f0-9]{24}$/.test(uploadId)) return null;
	const [upload] = await db.select().from(uploads).where(eq(uploads.id, uploadId));
	const variant = upload?.variants.find((v) => v.width === Number(match[1]) && v.format === match[2]);
	if (!upload || !variant) return null;
	const isPublic = await isPublished(db, uploadId);
	// A public profile photo is served to anyone, but never cached as public: its owner may hide it any time.
	const visible = isPublic || (await isPublicProfilePhoto(db, uploadId)) || (await mayViewPrivate(db, upload.ownerId, uploadId, viewer));
	if (!visible) return null;
	const object = await storage.get(variant.key);
	if (!object) return null;
	return { data: object.data, contentType: `image/${variant.format}`, public: isPublic };
}

async function isPublished(db: Database, uploadId: string): Promise<boolean> {
	const rows = await queryRows<{ id: number }>(
		db,
		sql`select r.id from ${innovationRevisions} r join ${innovations} i on i.published_revision_id = r.id
			where i.status <> 'archived' and r.content -> 'media' @> ${mediaRef(uploadId)}::jsonb limit 1`
	);
	return rows.length > 0;
}

async function mayViewPrivate(db: Database, ownerId: number | null, uploadId: string, viewer: Actor | null): Promise<boolean> {
	if (!viewer) return false;
	if (ownerId === viewer.id) return true;
	const uses = await db
		.select({ innovationId: innovationMedia.innovationId })
		.from(innovationMedia)
		.where(eq(innovationMedia.uploadId, uploadId));
	for (const use of uses) {
		const found = await loadAccess(db, use.innovationId, viewer);
		if (found && canViewWorkingCopy(found.access)) return true;
	}
	return false;
}

export interface EditableMedia {
	id: number;
	alt: string;
	caption: string;
	thumb: string;
	width: number;
	height: number;
}

/** The entry's images for the media step, in order. */
export async function listMedia(db: Database, innovationId: number): Promise<EditableMedia[]> {
	const rows = await db
		.select({ id: innovationMedia.id, alt: innovationMedia.alt, caption: innovationMedia.caption, upload: uploads })
		.from(innovationMedia)
		.innerJoin(uploads, eq(innovationMedia.uploadId, uploads.id))
		.where(eq(innovationMedia.innovationId, innovationId))
		.orderBy(asc(innovationMedia.position), asc(innovationMedia.id));
	return rows.map((r) => {
		const small = r.upload.variants.filter((v) => v.format === 'webp').sort((a, b) => a.width - b.width)[0];
		return {
			id: r.id,
			alt: r.alt,
			caption: r.caption,
			thumb: small ? `/media/${r.upload.id}/${small.width}.webp` : '',
			width: r.upload.width,
			height: r.upload.height
		};
	});
}

/** Whether another image fits on the entry. */
export async function hasRoomForMedia(db: Database, innovationId: number): Promise<boolean> {
	const [row] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(innovationMedia)
		.where(eq(innovationMedia.innovationId, innovationId));
	return Number(row?.n ?? 0) < LIMITS.media;
}
