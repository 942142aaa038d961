import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import sharp from 'sharp';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '../db/testing';
import type { Database } from '../db/client';
import { boardAccess, boardImages, boards, users, type Role } from '../db/schema';
import { MemoryStorage } from '../storage';
import { DatabaseBoardStore, type BoardStore } from '../realtime/persistence';
import { createLocalOrigin, createShapes, readBoard, readFacilitation, readMeta, updateFacilitation, updateMeta } from '../../canvas/sync';
import { createShape } from '../../canvas/model';
import { getMethod } from '../../methods';
import { createWorkshop } from '../workshops/workshops';
import { joinWorkshop } from '../workshops/members';
import { createTeam, moveParticipant } from '../workshops/teams';
import type { BoardActor } from './access';
import { BoardError, createBoard, deleteBoard } from './boards';
import { readBoardImage, uploadBoardImage } from './images';
import { boardTemplates, createBoardWithContent, duplicateBoard } from './manage';

let seq = 0;
async function makeUser(db: Database, role: Role = 'participant'): Promise<BoardActor> {
	seq++;
	const [row] = await db
		.insert(users)
		.values({ email: `kelola${seq}@contoh.go.id`, name: `Kelola ${seq}`, handle: `kelola-${seq}`, passwordHash: 'x', role })
		.returning({ id: users.id });
	return { id: row!.id, role };
}

async function loadDoc(db: Database, boardId: string): Promise<Y.Doc> {
	const doc = new Y.Doc();
	for (const update of (await new DatabaseBoardStore(db).load(boardId)).updates) Y.applyUpdate(doc, update);
	return doc;
}

function code(error: unknown): string | null {
	return error instanceof BoardError ? error.code : null;
}

describe('boardTemplates', () => {
	it('offers every template of the registry by name in the requested language', () => {
		const id = boardTemplates('id');
		expect(id.length).toBeGreaterThan(0);
		const empathy = id.find((t) => t.id === 'empathy-map');
		expect(empathy).toMatchObject({ stage: getMethod('empathy-map')!.stage, name: getMethod('empathy-map')!.text.id.name });
		expect(boardTemplates('en').find((t) => t.id === 'empathy-map')?.name).toBe(getMethod('empathy-map')!.text.en.name);
	});
});

describe.each(TEST_DATABASE_KINDS)('creating and duplicating boards on %s', (kind) => {
	let db: Database;
	let close: () => Promise<void>;
	beforeAll(async () => {
		const handle = await createTestDatabase(kind);
		db = handle.db;
		close = handle.close;
	});
	afterAll(() => close());

	it('creates a blank board and a board from a template with its first state written', async () => {
		const owner = await makeUser(db);
		const blank = await createBoardWithContent(db, owner, { title: 'Kosong', templateId: null, locale: 'id' });
		const blankDoc = await loadDoc(db, blank);
		expect(readBoard(blankDoc).shapes).toEqual([]);
		expect(readMeta(blankDoc)).toMatchObject({ title: 'Kosong', template: null });

		const fromTemplate = await createBoardWithContent(db, owner, { title: 'Peta empati', templateId: 'empathy-map', locale: 'en' });
		const [row] = await db.select().from(boards).where(eq(boards.id, fromTemplate));
		expect(row).toMatchObject({ ownerId: owner.id, template: 'empathy-map', teamId: null });
		const doc = await loadDoc(db, fromTemplate);
		const expected = getMethod('empathy-map')!.template({ locale: 'en', author: String(owner.id), now: 0 });
		expect(readBoard(doc).shapes.map((s) => s.type)).toEqual(expected.map((s) => s.type));
		const names = readBoard(doc).shapes.flatMap((s) => (s.type === 'frame' ? [s.props.name] : []));
		expect(names).toEqual(expected.flatMap((s) => (s.type === 'frame' ? [s.props.name] : [])));
	});

	it('refuses an unknown template before storing anything', async () => {
		const owner = await makeUser(db);
		const before = (await db.select().from(boards)).length;
		const error = await createBoardWithContent(db, owner, { title: 'X', templateId: 'tidak-ada', locale: 'id' }).catch((e: unknown) => e);
		expect(code(error)).toBe('not_found');
		expect(await db.select().from(boards)).toHaveLength(before);
	});

	it('leaves no board behind when its first state cannot be written', async () => {
		const owner = await makeUser(db);
		const broken: BoardStore = {
			load: async () => ({ updates: [], lastSeq: 0, logRows: 0, snapshotGate: null }),
			append: async () => {
				throw new Error('disk full');
			},
			flush: async () => {},
			compact: async () => null,
			lastSeqs: async () => new Map()
		};
		const before = (await db.select().from(boards)).length;
		await expect(createBoardWithContent(db, owner, { title: 'Gagal', templateId: null, locale: 'id' }, broken)).rejects.toThrow('disk full');
		expect(await db.select().from(boards)).toHaveLength(before);
	});

	it('duplicates the content, not the facilitation, into a board the copier owns', async () => {
		const owner = await makeUser(db);
		const editor = await makeUser(db);
		const viewer = await makeUser(db);
		const source = await createBoardWithContent(db, owner, { title: 'Asli', templateId: 'empathy-map', locale: 'id' });
		// Someone edits the board; the edit is committed to the log.
		const doc = await loadDoc(db, source);
		const before = Y.encodeStateVector(doc);
		const origin = createLocalOrigin(String(owner.id));
		createShapes(doc, [createShape('sticky', { x: 5000, y: 5000, props: { text: 'Tambahan baru' } }, { author: String(owner.id), now: 1, order: 'z0' })], origin);
		updateFacilitation(doc, { privateMode: true, voting: { id: 'v1', open: true, budget: 3, multiplePerShape: false, anonymous: false, revealed: false, startedAt: 1 } }, origin);
		const store = new DatabaseBoardStore(db);
		await store.append(source, Y.encodeStateAsUpdate(doc, before));
		await store.flush();
		await db.insert(boardAccess).values([
			{ boardId: source, userId: editor.id, role: 'edit' },
			{ boardId: source, userId: viewer.id, role: 'view' }
		]);

		const copy = await duplicateBoard(db, editor, source, { title: 'Salinan Asli' });
		const [row] = await db.select().from(boards).where(eq(boards.id, copy));
		expect(row).toMatchObject({ ownerId: editor.id, title: 'Salinan Asli', template: 'empathy-map', teamId: null });
		const copied = await loadDoc(db, copy);
		const texts = (d: Y.Doc) => readBoard(d).shapes.map((s) => [s.id, s.type, (s.props as { text?: string }).text ?? ''] as const);
		expect(texts(copied)).toEqual(texts(doc));
		expect(texts(copied).some(([, , text]) => text === 'Tambahan baru')).toBe(true);
		expect(readMeta(copied)).toMatchObject({ title: 'Salinan Asli', template: 'empathy-map' });
		expect(readFacilitation(copied)).toMatchObject({ privateMode: false, voting: null });

		expect(code(await duplicateBoard(db, viewer, source, { title: 'X' }).catch((e: unknown) => e))).toBe('forbidden');
		const stranger = await makeUser(db);
		expect(code(await duplicateBoard(db, stranger, source, { title: 'X' }).catch((e: unknown) => e))).toBe('not_found');
		expect(code(await duplicateBoard(db, owner, 'bukan-id', { title: 'X' }).catch((e: unknown) => e))).toBe('not_found');
	});

	it('copies a board open in memory from its live room, including edits not yet in the log', async () => {
		const owner = await makeUser(db);
		const source = await createBoard(db, owner, { title: 'Terbuka' });
		const live = new Y.Doc();
		updateMeta(live, { title: 'Terbuka' }, 'test');
		createShapes(live, [createShape('sticky', { props: { text: 'Belum tersimpan' } }, { author: String(owner.id), now: 1, order: 'a0' })], 'test');
		const copy = await duplicateBoard(db, owner, source, {
			title: 'Salinan',
			live: async (id) => (id === source ? Y.encodeStateAsUpdate(live) : null)
		});
		const copied = await loadDoc(db, copy);
		expect(readBoard(copied).shapes.map((s) => s.type === 'sticky' && s.props.text)).toEqual(['Belum tersimpan']);
	});

	it('shows the source’s pictures in the copy, and either board keeps them when the other is deleted', async () => {
		const storage = new MemoryStorage();
		const owner = await makeUser(db);
		const editor = await makeUser(db);
		const source = await createBoard(db, owner, { title: 'Bergambar' });
		await db.insert(boardAccess).values({ boardId: source, userId: editor.id, role: 'edit' });
		const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 30, g: 90, b: 160 } } }).png().toBuffer();
		const uploaded = await uploadBoardImage(db, storage, owner, source, photo);
		if (!uploaded.ok) throw new Error(uploaded.error);
		const asset = uploaded.image.assetId;
		const live = new Y.Doc();
		createShapes(live, [createShape('image', { props: { assetId: asset, alt: 'Peta desa', naturalW: 640, naturalH: 480 } }, { author: String(owner.id), now: 1, order: 'a0' })], 'test');
		const withImage = async (id: string) => (id === source ? Y.encodeStateAsUpdate(live) : null);

		const copy = await duplicateBoard(db, editor, source, { title: 'Salinan bergambar', live: withImage });
		expect(readBoard(await loadDoc(db, copy)).shapes.map((s) => s.type === 'image' && s.props.assetId)).toEqual([asset]);
		const fromCopy = await readBoardImage(db, storage, editor, copy, asset, null);
		expect(fromCopy?.contentType).toBe('image/webp');

		// The files are shared, not copied: deleting the source leaves the copy's picture in place.
		const stored = storage.size;
		await deleteBoard(db, owner, source);
		expect(storage.size).toBe(stored);
		expect((await readBoardImage(db, storage, editor, copy, asset, null))?.data.equals(fromCopy!.data)).toBe(true);
		// And the other way round: a copy of the copy outlives the copy.
		const second = await duplicateBoard(db, editor, copy, { title: 'Salinan kedua' });
		await deleteBoard(db, editor, copy);
		expect(await readBoardImage(db, storage, editor, second, asset, null)).not.toBeNull();
	});

	it('leaves no picture links behind when a copy’s first state cannot be written', async () => {
		const storage = new MemoryStorage();
		const owner = await makeUser(db);
		const source = await createBoard(db, owner, { title: 'Gagal disalin' });
		const photo = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#ccc' } }).png().toBuffer();
		const uploaded = await uploadBoardImage(db, storage, owner, source, photo);
		if (!uploaded.ok) throw new Error(uploaded.error);
		const broken: BoardStore = {
			load: async () => ({ updates: [], lastSeq: 0, logRows: 0, snapshotGate: null }),
			append: async () => {
				throw new Error('disk full');
			},
			flush: async () => {},
			compact: async () => null,
			lastSeqs: async () => new Map()
		};
		await expect(duplicateBoard(db, owner, source, { title: 'Salinan', store: broken })).rejects.toThrow('disk full');
		expect(await db.select().from(boardImages).where(eq(boardImages.uploadId, uploaded.image.assetId))).toEqual([
			expect.objectContaining({ boardId: source })
		]);
	});

	it('keeps a team board copy with the team when the copier may create team boards', async () => {
		const facilitator = await makeUser(db, 'facilitator');
		const member = await makeUser(db);
		const { id, joinCode } = await createWorkshop(db, facilitator, {
			title: 'Kelas Salin',
			description: '',
			startsOn: null,
			endsOn: null,
			partnerAgencyId: null,
			capacity: 10
		});
		await joinWorkshop(db, member, joinCode);
		const team = await createTeam(db, facilitator, id, 'Tim Salin');
		await moveParticipant(db, facilitator, id, member.id, team);
		const source = await createBoardWithContent(db, member, { title: 'Papan tim', teamId: team, templateId: null, locale: 'id' });
		const copy = await duplicateBoard(db, member, source, { title: 'Salinan papan tim' });
		expect((await db.select().from(boards).where(eq(boards.id, copy)))[0]).toMatchObject({ teamId: team, workshopId: id, ownerId: member.id });
		const admin = await makeUser(db, 'admin');
		const adminCopy = await duplicateBoard(db, admin, source, { title: 'Salinan admin' });
		expect((await db.select().from(boards).where(eq(boards.id, adminCopy)))[0]).toMatchObject({ teamId: team, ownerId: admin.id });
	});
});
