import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { createTestDatabase, TEST_DATABASE_KINDS } from '../db/testing';
import type { Database, DatabaseHandle } from '../db/client';
import { MemoryStorage } from '../storage';
import { createTestBoard, createTestUser, type TestUser } from '../realtime/testing';
import { grantBoardAccess, setBoardLink } from './boards';
import { adoptBoardImages, adoptImagesInputSchema, readBoardImage, uploadBoardImage } from './images';

const photo = () =>
	sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 200, g: 120, b: 40 } } })
		.jpeg()
		.toBuffer();

describe.each(TEST_DATABASE_KINDS)('board images on %s', (kind) => {
	let handle: DatabaseHandle;
	let db: Database;
	let owner: TestUser, viewer: TestUser, outsider: TestUser, paster: TestUser;
	const storage = new MemoryStorage();

	beforeAll(async () => {
		handle = await createTestDatabase(kind);
		db = handle.db;
		owner = await createTestUser(db, 'Pemilik');
		viewer = await createTestUser(db, 'Pengamat');
		outsider = await createTestUser(db, 'Orang Luar');
		paster = await createTestUser(db, 'Penempel');
	});
	afterAll(() => handle?.close());

	it('re-encodes an editor’s upload and serves it to the board’s members only', async () => {
		const board = await createTestBoard(db, owner);
		const other = await createTestBoard(db, owner);
		await grantBoardAccess(db, owner, board, viewer.id, 'view');
		const result = await uploadBoardImage(db, storage, owner, board, await photo());
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.image).toMatchObject({ width: 1200, height: 800 });
		const served = await readBoardImage(db, storage, viewer, board, result.image.assetId, null);
		expect(served?.contentType).toBe('image/webp');
		expect((await sharp(served!.data).metadata()).width).toBe(960);
		// Not for people without a role, and not through another board the uploader also owns.
		expect(await readBoardImage(db, storage, outsider, board, result.image.assetId, null)).toBeNull();
		expect(await readBoardImage(db, storage, owner, other, result.image.assetId, null)).toBeNull();
		expect(await readBoardImage(db, storage, owner, board, '../../etc/passwd', null)).toBeNull();
	});

	it('refuses uploads from viewers and files that are not images', async () => {
		const board = await createTestBoard(db, owner);
		await grantBoardAccess(db, owner, board, viewer.id, 'view');
		await expect(uploadBoardImage(db, storage, viewer, board, await photo())).rejects.toMatchObject({ code: 'forbidden' });
		await expect(uploadBoardImage(db, storage, outsider, board, await photo())).rejects.toMatchObject({ code: 'not_found' });
		const text = await uploadBoardImage(db, storage, owner, board, Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'));
		expect(text).toEqual({ ok: false, error: 'svg' });
	});

	it('links pictures pasted from a board the paster can see, sharing the files', async () => {
		const source = await createTestBoard(db, owner);
		const target = await createTestBoard(db, paster);
		await grantBoardAccess(db, owner, source, paster.id, 'view');
		await grantBoardAccess(db, paster, target, viewer.id, 'view');
		const uploaded = await uploadBoardImage(db, storage, owner, source, await photo());
		if (!uploaded.ok) throw new Error(uploaded.error);
		const asset = uploaded.image.assetId;
		expect(await readBoardImage(db, storage, viewer, target, asset, null)).toBeNull();

		// Twice, as when the same picture is pasted again: still one link, still served.
		expect(await adoptBoardImages(db, paster, target, source, [asset, asset])).toEqual([asset]);
		expect(await adoptBoardImages(db, paster, target, source, [asset])).toEqual([asset]);
		const served = await readBoardImage(db, storage, viewer, target, asset, null);
		const original = await readBoardImage(db, storage, owner, source, asset, null);
		expect(served?.data.equals(original!.data)).toBe(true);
	});

	it('links nothing the paster cannot see on the source board', async () => {
		const source = await createTestBoard(db, owner);
		const elsewhere = await createTestBoard(db, owner);
		const target = await createTestBoard(db, paster);
		const onSource = await uploadBoardImage(db, storage, owner, source, await photo());
		const onElsewhere = await uploadBoardImage(db, storage, owner, elsewhere, await photo());
		if (!onSource.ok || !onElsewhere.ok) throw new Error('upload failed');

		// No role on the source: nothing linked, and the answer does not say whether the picture exists.
		expect(await adoptBoardImages(db, paster, target, source, [onSource.image.assetId])).toEqual([]);
		// A view link is not enough: the clipboard never carries the token.
		const token = await setBoardLink(db, owner, source, true);
		expect(await readBoardImage(db, storage, paster, source, onSource.image.assetId, token)).not.toBeNull();
		expect(await adoptBoardImages(db, paster, target, source, [onSource.image.assetId])).toEqual([]);
		// A role on the source reaches only the source's own pictures, not another board's named alongside.
		await grantBoardAccess(db, owner, source, paster.id, 'comment');
		expect(await adoptBoardImages(db, paster, target, source, [onElsewhere.image.assetId, onSource.image.assetId])).toEqual([
			onSource.image.assetId
		]);
		expect(await readBoardImage(db, storage, paster, target, onElsewhere.image.assetId, null)).toBeNull();
		expect(await readBoardImage(db, storage, paster, target, onSource.image.assetId, null)).not.toBeNull();
	});

	it('lets only editors of the target board link pictures into it', async () => {
		const source = await createTestBoard(db, owner);
		const target = await createTestBoard(db, owner);
		await grantBoardAccess(db, owner, target, viewer.id, 'view');
		const uploaded = await uploadBoardImage(db, storage, owner, source, await photo());
		if (!uploaded.ok) throw new Error(uploaded.error);
		const assets = [uploaded.image.assetId];
		await expect(adoptBoardImages(db, viewer, target, source, assets)).rejects.toMatchObject({ code: 'forbidden' });
		await expect(adoptBoardImages(db, outsider, target, source, assets)).rejects.toMatchObject({ code: 'not_found' });
		await expect(adoptBoardImages(db, owner, 'bukan-papan', source, assets)).rejects.toMatchObject({ code: 'not_found' });
		expect(await adoptBoardImages(db, owner, target, source, ['../../etc/passwd'])).toEqual([]);
		expect(await readBoardImage(db, storage, viewer, target, uploaded.image.assetId, null)).toBeNull();
	});
});

describe('the paste link request', () => {
	it('takes a board id and 1 to 100 asset ids, nothing else', () => {
		const from = 'a'.repeat(24);
		const asset = 'f'.repeat(24);
		expect(adoptImagesInputSchema.safeParse({ from, assets: [asset] }).success).toBe(true);
		expect(adoptImagesInputSchema.safeParse({ from, assets: [] }).success).toBe(false);
		expect(adoptImagesInputSchema.safeParse({ from, assets: Array(101).fill(asset) }).success).toBe(false);
		expect(adoptImagesInputSchema.safeParse({ from: 'x', assets: [asset] }).success).toBe(false);
		expect(adoptImagesInputSchema.safeParse({ from, assets: ['G'.repeat(24)] }).success).toBe(false);
	});
});
