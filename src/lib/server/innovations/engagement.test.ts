import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { createTestDatabase, TEST_DATABASE_KINDS } from '../db/testing';
import type { DatabaseHandle } from '../db/client';
import { innovations, outbox, uploads } from '../db/schema';
import { MemoryStorage } from '../storage';
import { applyAction } from './moderation';
import { getPublicEntry } from './publication';
import {
	addComment,
	COMMENT_LIMIT,
	flagComment,
	hasAppreciated,
	isBotUserAgent,
	listComments,
	recordView,
	setCommentStatus,
	toggleAppreciation
} from './engagement';
import { advanceReplicationRequest, createReplicationRequest, listReplicationRequests } from './replication';
import { listNotifications, markNotificationsRead, unreadNotificationCount } from './notifications';
import { addMedia, readMedia, removeMedia, storeUpload } from './media';
import { createCompleteDraft, createPerson, type Person } from './testing';

const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36';

describe.each(TEST_DATABASE_KINDS)('engagement on %s', (kind) => {
	let handle: DatabaseHandle;
	let lead: Person;
	let reader: Person;
	let curator: Person;
	let id: number;

	beforeAll(async () => {
		handle = await createTestDatabase(kind);
		const db = handle.db;
		lead = await createPerson(db, 'participant', 'Tim Inovator');
		reader = await createPerson(db, 'participant', 'Pembaca Dinas');
		curator = await createPerson(db, 'curator', 'Kurator Satu');
		id = await createCompleteDraft(db, lead, 'Pasar Digital Desa');
		await applyAction(db, { innovationId: id, actor: lead, action: 'submit' });
		await applyAction(db, { innovationId: id, actor: curator, action: 'publish' });
	});
	afterAll(async () => handle?.close());

	const viewCount = async () =>
		(await handle.db.select({ n: innovations.viewCount }).from(innovations).where(eq(innovations.id, id)))[0]!.n;

	it('counts a view once per visitor per day, and never for bots', async () => {
		const db = handle.db;
		const day1 = new Date('2026-03-02T08:00:00Z');
		const visit = (address: string, userAgent = CHROME, now = day1, userId: number | null = null) =>
			recordView(db, { innovationId: id, address, userAgent, userId, now });
		expect(await visit('10.0.0.1')).toBe(true);
		expect(await visit('10.0.0.1')).toBe(false);
		expect(await visit('10.0.0.1', CHROME, new Date('2026-03-02T22:00:00Z'))).toBe(false);
		expect(await visit('10.0.0.2')).toBe(true);
		expect(await visit('10.0.0.9', 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)')).toBe(false);
		expect(await visit('10.0.0.9', 'curl/8.5.0')).toBe(false);
		expect(await visit('10.0.0.9', '')).toBe(false);
		// A signed-in reader is one visitor whatever the network.
		expect(await visit('10.0.0.3', CHROME, day1, reader.id)).toBe(true);
		expect(await visit('10.0.0.4', CHROME, day1, reader.id)).toBe(false);
		expect(await visit('10.0.0.1', CHROME, new Date('2026-03-03T08:00:00Z'))).toBe(true);
		expect(await viewCount()).toBe(4);
		expect(isBotUserAgent('WhatsApp/2.23.20.0')).toBe(true);
		expect(isBotUserAgent(CHROME)).toBe(false);
	});

	it('keeps one appreciation per person however often it is sent', async () => {
		const db = handle.db;
		expect((await toggleAppreciation(db, id, reader.id, true)).ok).toBe(true);
		expect((await toggleAppreciation(db, id, reader.id, true)).ok).toBe(true);
		expect(await hasAppreciated(db, id, reader.id)).toBe(true);
		expect((await getPublicEntry(db, 'pasar-digital-desa'))?.counts.appreciations).toBe(1);
		await toggleAppreciation(db, id, reader.id, false);
		await toggleAppreciation(db, id, reader.id, false);
		expect((await getPublicEntry(db, 'pasar-digital-desa'))?.counts.appreciations).toBe(0);
	});

	it('rate-limits comments and hides a comment after enough flags', async () => {
		const db = handle.db;
		const chatty = await createPerson(db, 'participant', 'Komentator');
		const post = (body: string) =>
			addComment(db, { innovationId: id, author: chatty, kind: 'public', body, title: 'Pasar Digital Desa', link: '/inovasi/pasar-digital-desa' });
		for (let i = 0; i < COMMENT_LIMIT.limit; i++) expect(await post(`Komentar ${i}`)).toEqual({ ok: true });
		expect(await post('satu lagi')).toEqual({ ok: false, error: 'rate_limited' });
		const visible = await listComments(db, id, 'public', null);
		expect(visible).toHaveLength(COMMENT_LIMIT.limit);
		const target = visible[0]!;
		expect(await flagComment(db, { innovationId: id, commentId: target.id, userId: chatty.id, reason: '' })).toEqual({ ok: false, error: 'forbidden' });
		const flaggers = [reader, await createPerson(db, 'participant'), await createPerson(db, 'participant')];
		expect(await flagComment(db, { innovationId: id, commentId: target.id, userId: reader.id, reason: 'spam' })).toEqual({ ok: true });
		expect(await flagComment(db, { innovationId: id, commentId: target.id, userId: reader.id, reason: 'spam' })).toEqual({ ok: false, error: 'already' });
		for (const f of flaggers.slice(1)) await flagComment(db, { innovationId: id, commentId: target.id, userId: f.id, reason: '' });
		expect((await listComments(db, id, 'public', null)).map((c) => c.id)).not.toContain(target.id);
		expect((await listComments(db, id, 'public', { id: curator.id, curator: true })).find((c) => c.id === target.id)?.status).toBe('hidden');
		expect((await getPublicEntry(db, 'pasar-digital-desa'))?.counts.comments).toBe(COMMENT_LIMIT.limit - 1);
		expect(await setCommentStatus(db, target.id, 'visible', curator.id)).toBe(true);
		expect((await getPublicEntry(db, 'pasar-digital-desa'))?.counts.comments).toBe(COMMENT_LIMIT.limit);
		// Mentor feedback never shows among public comments.
		await addComment(db, { innovationId: id, author: curator, kind: 'mentor_feedback', body: 'Masukan privat', title: 'x', link: '/' });
		expect((await listComments(db, id, 'public', null)).map((c) => c.body)).not.toContain('Masukan privat');
		expect((await listComments(db, id, 'mentor_feedback', null)).map((c) => c.body)).toEqual(['Masukan privat']);
	});

	it('delivers a replication request to the team and curators, in-app and by email', async () => {
		const db = handle.db;
		const before = await unreadNotificationCount(db, lead.id);
		const mailsBefore = (await db.select().from(outbox).where(eq(outbox.to, lead.email))).length;
		const result = await createReplicationRequest(db, {
			innovationId: id,
			requester: reader,
			agencyName: 'Pemerintah Kabupaten Sikka',
			provinceCode: '53',
			message: 'Kami ingin mempelajari cara melibatkan BUMDes dalam pasar digital ini.'
		});
		expect(result.ok).toBe(true);
		expect(await unreadNotificationCount(db, lead.id)).toBe(before + 1);
		expect((await listNotifications(db, lead.id))[0]?.text).toContain('Pemerintah Kabupaten Sikka');
		expect((await listNotifications(db, curator.id))[0]?.link).toBe(`/kurasi/${id}`);
		expect((await db.select().from(outbox).where(eq(outbox.to, lead.email))).length).toBe(mailsBefore + 1);
		const [mail] = await db.select().from(outbox).where(eq(outbox.to, curator.email));
		expect(mail?.text).toContain('BUMDes');

		const [request] = await listReplicationRequests(db, id);
		expect(request).toMatchObject({ status: 'new', agencyName: 'Pemerintah Kabupaten Sikka', province: 'Nusa Tenggara Timur', requesterEmail: reader.email });
		const advance = (status: 'contacted' | 'in_progress' | 'done' | 'new') =>
			advanceReplicationRequest(db, { innovationId: id, requestId: request!.id, actorId: lead.id, status, note: '' });
		expect(await advance('contacted')).toBe(true);
		expect(await advance('new')).toBe(false);
		expect(await advance('contacted')).toBe(false);
		expect(await advance('done')).toBe(true);
		expect((await listReplicationRequests(db, id))[0]?.history.map((h) => h.status)).toEqual(['new', 'contacted', 'done']);
		expect(await unreadNotificationCount(db, reader.id)).toBeGreaterThanOrEqual(2);
		// A request for another entry's id is refused even with a valid request id.
		expect(await advanceReplicationRequest(db, { innovationId: id + 1000, requestId: request!.id, actorId: lead.id, status: 'done', note: '' })).toBe(false);
		expect(await createReplicationRequest(db, { innovationId: id, requester: lead, agencyName: 'Sendiri', provinceCode: '33', message: 'x'.repeat(30) })).toEqual({ ok: false, error: 'own_entry' });
		expect(await createReplicationRequest(db, { innovationId: id, requester: reader, agencyName: 'X', provinceCode: '00', message: 'x'.repeat(30) })).toEqual({ ok: false, error: 'bad_province' });

		await markNotificationsRead(db, lead.id);
		expect(await unreadNotificationCount(db, lead.id)).toBe(0);
	});

	it('serves draft media only to the team, and published media to everyone', async () => {
		const db = handle.db;
		const storage = new MemoryStorage();
		const draftId = await createCompleteDraft(db, lead, 'Galeri Foto Posyandu');
		const png = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#2a7' } }).png().toBuffer();
		const upload = await storeUpload(db, storage, lead.id, png);
		expect(upload.ok).toBe(true);
		if (!upload.ok) return;
		expect(storage.size).toBe(4);
		expect(await addMedia(db, draftId, lead.id, { uploadId: upload.uploadId, alt: 'Kader menimbang balita', caption: '' })).toBe(true);
		expect(await readMedia(db, storage, upload.uploadId, '640.webp', null)).toBeNull();
		expect(await readMedia(db, storage, upload.uploadId, '640.webp', reader)).toBeNull();
		expect((await readMedia(db, storage, upload.uploadId, '640.webp', lead))?.public).toBe(false);
		await applyAction(db, { innovationId: draftId, actor: lead, action: 'submit' });
		await applyAction(db, { innovationId: draftId, actor: curator, action: 'publish' });
		const served = await readMedia(db, storage, upload.uploadId, '640.avif', null);
		expect(served).toMatchObject({ contentType: 'image/avif', public: true });
		expect(await readMedia(db, storage, upload.uploadId, '641.webp', null)).toBeNull();
		expect(await readMedia(db, storage, '../../etc/passwd', '640.webp', null)).toBeNull();
		const entry = await getPublicEntry(db, 'galeri-foto-posyandu');
		expect(entry?.media[0]).toMatchObject({ alt: 'Kader menimbang balita', src: `/media/${upload.uploadId}/640.webp` });
		// Removing the image from the working copy keeps the files the published revision still shows.
		const [row] = await db.select().from(uploads).where(eq(uploads.id, upload.uploadId));
		expect(row).toBeDefined();
		const mediaId = (await db.query.innovationMedia.findFirst({ where: (m, { eq: e }) => e(m.uploadId, upload.uploadId) }))!.id;
		await removeMedia(db, storage, draftId, lead.id, mediaId);
		expect(storage.size).toBe(4);
		expect(await readMedia(db, storage, upload.uploadId, '640.webp', null)).not.toBeNull();
	});
});
