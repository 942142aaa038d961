import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createTestDatabase, TEST_DATABASE_KINDS } from '../db/testing';
import type { DatabaseHandle } from '../db/client';
import { createBoard } from '../boards/boards';
import { DatabaseBoardStore } from '../realtime/persistence';
import { createLocalOrigin, createShapes } from '../../canvas/sync';
import { restoreShapes } from '../../canvas/model/restore';
import { boardOutline, createDraftFromBoard, suggestUse } from './from-board';
import { demoBoardShapes } from './seed-demo';
import { loadContent } from './content';
import { getPreview } from './publication';
import { createPerson, type Person } from './testing';

describe.each(TEST_DATABASE_KINDS)('drafts from a board on %s', (kind) => {
	let handle: DatabaseHandle;
	let owner: Person;
	let stranger: Person;
	let boardId: string;

	beforeAll(async () => {
		handle = await createTestDatabase(kind);
		owner = await createPerson(handle.db, 'participant', 'Pemilik Papan');
		stranger = await createPerson(handle.db, 'participant', 'Orang Lain');
		boardId = await createBoard(handle.db, owner, { title: 'Papan antrean puskesmas' });
		const raw = demoBoardShapes([
			{ name: 'Rumusan masalah', color: 'red', notes: ['Antrean mengular sejak subuh', '<script>alert(1)</script>'] },
			{ name: 'Bagaimana jika kita…', color: 'blue', notes: ['…antre dari rumah?'] },
			{ name: 'Ide terpilih', color: 'green', notes: ['Nomor antrean lewat WhatsApp'] },
			{ name: 'Catatan lain', color: 'orange', notes: ['Tidak dipakai'] }
		]);
		const doc = new Y.Doc();
		createShapes(doc, restoreShapes(raw).shapes, createLocalOrigin(String(owner.id)));
		const store = new DatabaseBoardStore(handle.db);
		await store.append(boardId, Y.encodeStateAsUpdate(doc));
		await store.flush();
	});
	afterAll(async () => handle?.close());

	it('guesses what a frame holds from its name', () => {
		expect(['Rumusan masalah', 'How might we', 'Ide terpilih', 'Hasil uji coba', 'Parkir'].map(suggestUse)).toEqual(['problem', 'hmw', 'idea', 'test', null]);
	});

	it('offers frames with their notes to someone who may view the board, and nothing to others', async () => {
		const outline = await boardOutline(handle.db, owner, boardId);
		expect(outline?.picks.map((p) => [p.label, p.suggested, p.notes.length])).toEqual([
			['Rumusan masalah', 'problem', 2],
			['Bagaimana jika kita…', 'hmw', 1],
			['Ide terpilih', 'idea', 1],
			['Catatan lain', null, 1]
		]);
		expect(await boardOutline(handle.db, stranger, boardId)).toBeNull();
		expect(await boardOutline(handle.db, owner, 'not-a-board-id')).toBeNull();
		expect(await createDraftFromBoard(handle.db, stranger, boardId, { title: 'x', uses: {}, snapshot: [] })).toBeNull();
	});

	it('prefills the draft and keeps the chosen frames as a snapshot', async () => {
		const id = await createDraftFromBoard(handle.db, owner, boardId, {
			title: 'Antrean dari rumah',
			uses: { 'frame-0': 'problem', 'frame-1': 'hmw', 'frame-2': 'idea', 'no-such-shape': 'test' },
			snapshot: ['frame-0', 'frame-2', 'note-1-0']
		});
		expect(id).not.toBeNull();
		const content = await loadContent(handle.db, id!);
		expect(content?.title).toBe('Antrean dari rumah');
		expect(content?.background).toContain('- Antrean mengular sejak subuh');
		expect(content?.background).toContain('- …antre dari rumah?');
		expect(content?.solution).toBe('- Nomor antrean lewat WhatsApp');
		expect(content?.results).toBe('');
		const preview = await getPreview(handle.db, id!);
		// Two frames with their three notes, plus one loose note lifted out of its frame.
		expect(preview?.board?.shapeCount).toBe(6);
		expect(preview?.sections.find((s) => s.key === 'background')?.html).not.toContain('<script>');
	});
});
