import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { createTestDatabase, TEST_DATABASE_KINDS } from '../db/testing';
import type { Database, DatabaseHandle } from '../db/client';
import { MemoryStorage } from '../storage';
import { createTestBoard, createTestUser, type TestUser } from '../realtime/testing';
import { grantBoardAccess } from './boards';
import { readBoardImage, uploadBoardImage } from './images';

const photo = () =>
	sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 200, g: 120, b: 40 } } })
		.jpeg()
		.toBuffer();

describe.each(TEST_DATABASE_KINDS)('board images on %s', (kind) => {
	let handle: DatabaseHandle;
	let db: Database;
	let owner: TestUser, viewer: TestUser, outsider: TestUser;
	const storage = new MemoryStorage();

	beforeAll(async () => {
		handle = await createTestDatabase(kind);
		db = handle.db;
		owner = await createTestUser(db, 'Pemilik');
		viewer = await createTestUser(db, 'Pengamat');
		outsider = await createTestUser(db, 'Orang Luar');
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
});
