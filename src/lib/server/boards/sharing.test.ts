import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '../db/testing';
import type { Database } from '../db/client';
import { users, type Role } from '../db/schema';
import { authorizeBoard, type BoardActor } from './access';
import { BoardError, createBoard, deleteBoard, getBoard, listBoards } from './boards';
import { boardSharing, setViewLink, shareBoardByEmail, unshareBoard, viewLinkPath } from './sharing';
import { authorIdsSchema, boardAuthorNames, MAX_AUTHOR_IDS } from './authors';

let seq = 0;
async function makeUser(db: Database, role: Role = 'participant', disabled = false): Promise<BoardActor & { email: string }> {
	seq++;
	const email = `bagi${seq}@contoh.go.id`;
	const [row] = await db
		.insert(users)
		.values({ email, name: `Bagi ${seq}`, handle: `bagi-${seq}`, passwordHash: 'x', role, disabled })
		.returning({ id: users.id });
	return { id: row!.id, role, email };
}

async function refusal(run: Promise<unknown>): Promise<string | null> {
	const error = await run.then(() => null, (e: unknown) => e);
	return error instanceof BoardError ? error.code : error === null ? null : String(error);
}

describe.each(TEST_DATABASE_KINDS)('board sharing on %s', (kind) => {
	let db: Database;
	let close: () => Promise<void>;
	beforeAll(async () => {
		const handle = await createTestDatabase(kind);
		db = handle.db;
		close = handle.close;
	});
	afterAll(() => close());

	it('shares by email with a role, changes and removes it, and lists the shares to the owner', async () => {
		const owner = await makeUser(db);
		const friend = await makeUser(db);
		const boardId = await createBoard(db, owner, { title: 'Dibagikan' });

		expect(await shareBoardByEmail(db, owner, boardId, `  ${friend.email.toUpperCase()} `, 'view')).toEqual({ ok: true, name: await getName(db, friend.id) });
		expect((await authorizeBoard(db, boardId, friend)).exists && (await getBoard(db, friend, boardId)).role).toBe('view');
		expect((await listBoards(db, friend)).shared.map((b) => [b.id, b.role, b.canManage])).toEqual([[boardId, 'view', false]]);

		await shareBoardByEmail(db, owner, boardId, friend.email, 'comment');
		const sharing = await boardSharing(db, owner, boardId);
		expect(sharing.shares).toEqual([{ userId: friend.id, name: await getName(db, friend.id), email: friend.email, role: 'comment' }]);
		expect(sharing.linkToken).toBeNull();

		expect(await unshareBoard(db, owner, boardId, friend.id)).toBe(await getName(db, friend.id));
		expect(await unshareBoard(db, owner, boardId, friend.id)).toBeNull();
		expect(await refusal(getBoard(db, friend, boardId))).toBe('not_found');
	});

	it('refuses unknown, disabled and owner emails without granting anything', async () => {
		const owner = await makeUser(db);
		const disabled = await makeUser(db, 'participant', true);
		const boardId = await createBoard(db, owner, { title: 'Tertutup' });
		expect(await shareBoardByEmail(db, owner, boardId, 'tidak.ada@contoh.go.id', 'edit')).toEqual({ ok: false, reason: 'user_not_found' });
		expect(await shareBoardByEmail(db, owner, boardId, disabled.email, 'edit')).toEqual({ ok: false, reason: 'user_not_found' });
		expect(await shareBoardByEmail(db, owner, boardId, owner.email, 'view')).toEqual({ ok: false, reason: 'owner' });
		expect((await boardSharing(db, owner, boardId)).shares).toEqual([]);
	});

	it('lets only the owner and admins share, unshare, make links or delete — editors and outsiders are refused', async () => {
		const owner = await makeUser(db);
		const editor = await makeUser(db);
		const outsider = await makeUser(db);
		const admin = await makeUser(db, 'admin');
		const boardId = await createBoard(db, owner, { title: 'Hak kelola' });
		await shareBoardByEmail(db, owner, boardId, editor.email, 'edit');

		expect(await refusal(shareBoardByEmail(db, editor, boardId, outsider.email, 'edit'))).toBe('forbidden');
		expect(await refusal(unshareBoard(db, editor, boardId, editor.id))).toBe('forbidden');
		expect(await refusal(setViewLink(db, editor, boardId, true))).toBe('forbidden');
		expect(await refusal(boardSharing(db, editor, boardId))).toBe('forbidden');
		expect(await refusal(deleteBoard(db, editor, boardId))).toBe('forbidden');
		expect(await refusal(shareBoardByEmail(db, outsider, boardId, outsider.email, 'edit'))).toBe('not_found');
		expect(await refusal(boardSharing(db, outsider, boardId))).toBe('not_found');
		expect(await refusal(getBoard(db, outsider, boardId))).toBe('not_found');

		expect(await shareBoardByEmail(db, admin, boardId, outsider.email, 'view')).toMatchObject({ ok: true });
		expect((await boardSharing(db, admin, boardId)).shares.map((s) => s.userId).sort()).toEqual([editor.id, outsider.id].sort());
		await deleteBoard(db, owner, boardId);
		expect(await refusal(boardSharing(db, owner, boardId))).toBe('not_found');
	});

	it('gives view access through the link token, and a new link or turning it off revokes the old one', async () => {
		const owner = await makeUser(db);
		const visitor = await makeUser(db);
		const boardId = await createBoard(db, owner, { title: 'Tautan' });
		const token = (await setViewLink(db, owner, boardId, true))!;
		expect(token).toMatch(/^[a-z2-7]{32}$/);
		expect((await boardSharing(db, owner, boardId)).linkToken).toBe(token);
		expect(viewLinkPath(boardId, token)).toBe(`/papan/${boardId}?token=${token}`);

		expect((await getBoard(db, visitor, boardId, token)).role).toBe('view');
		expect(await refusal(getBoard(db, visitor, boardId))).toBe('not_found');
		expect(await refusal(getBoard(db, visitor, boardId, token.slice(0, -1) + (token.endsWith('a') ? 'b' : 'a')))).toBe('not_found');
		// The owner keeps edit whatever the link says.
		expect((await getBoard(db, owner, boardId, token)).role).toBe('edit');

		const fresh = (await setViewLink(db, owner, boardId, true))!;
		expect(fresh).not.toBe(token);
		expect(await refusal(getBoard(db, visitor, boardId, token))).toBe('not_found');
		expect((await getBoard(db, visitor, boardId, fresh)).role).toBe('view');

		expect(await setViewLink(db, owner, boardId, false)).toBeNull();
		expect((await boardSharing(db, owner, boardId)).linkToken).toBeNull();
		expect(await refusal(getBoard(db, visitor, boardId, fresh))).toBe('not_found');
	});
});

describe('authorIdsSchema', () => {
	it('reads comma-separated positive ids and refuses anything else', () => {
		expect(authorIdsSchema.parse('3,1,22')).toEqual([3, 1, 22]);
		expect(authorIdsSchema.parse('')).toEqual([]);
		for (const bad of ['1,a', '0', '-1', '1.5', '99999999999', Array.from({ length: MAX_AUTHOR_IDS + 1 }, (_, i) => i + 1).join(',')]) {
			expect(authorIdsSchema.safeParse(bad).success).toBe(false);
		}
	});
});

describe.each(TEST_DATABASE_KINDS)('board author names on %s', (kind) => {
	let db: Database;
	let close: () => Promise<void>;
	beforeAll(async () => {
		const handle = await createTestDatabase(kind);
		db = handle.db;
		close = handle.close;
	});
	afterAll(() => close());

	it('names the ids asked for, to anyone who may view the board (also by link), and no one else', async () => {
		const owner = await makeUser(db);
		const writer = await makeUser(db);
		const outsider = await makeUser(db);
		const boardId = await createBoard(db, owner, { title: 'Penulis' });
		const names = await boardAuthorNames(db, owner, boardId, [owner.id, writer.id, 999_999]);
		expect(names).toEqual({ [String(owner.id)]: await getName(db, owner.id), [String(writer.id)]: await getName(db, writer.id) });
		expect(JSON.stringify(names)).not.toContain('@');
		expect(await refusal(boardAuthorNames(db, outsider, boardId, [owner.id]))).toBe('not_found');
		const token = (await setViewLink(db, owner, boardId, true))!;
		expect(await boardAuthorNames(db, outsider, boardId, [writer.id], token)).toEqual({ [String(writer.id)]: await getName(db, writer.id) });
	});
});

async function getName(db: Database, id: number): Promise<string> {
	const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, id));
	return row!.name;
}
