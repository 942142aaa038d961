import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '../db/testing';
import type { DatabaseHandle } from '../db/client';
import { innovations, moderationEvents, outbox } from '../db/schema';
import { createDraft, listMyEntries, saveStep } from './drafts';
import { addCuratorNote, applyAction, auditTrail, changesSinceReview, curatorQueue, setFeatured } from './moderation';
import { getPreview, getPublicEntry } from './publication';
import { canEditContent, canViewWorkingCopy, loadAccess } from './permissions';
import { addMentor, inviteMember, setMemberPublic } from './team';
import { listNotifications, unreadNotificationCount } from './notifications';
import { createCompleteDraft, createPerson, type Person } from './testing';

describe.each(TEST_DATABASE_KINDS)('innovation workflow on %s', (kind) => {
	let handle: DatabaseHandle;
	let lead: Person;
	let teammate: Person;
	let stranger: Person;
	let mentor: Person;
	let curator: Person;
	let admin: Person;

	beforeAll(async () => {
		handle = await createTestDatabase(kind);
		const db = handle.db;
		lead = await createPerson(db, 'participant', 'Putri Lead');
		teammate = await createPerson(db, 'participant', 'Bima Rekan');
		stranger = await createPerson(db, 'participant', 'Sari Lain');
		mentor = await createPerson(db, 'mentor', 'Made Mentor');
		curator = await createPerson(db, 'curator', 'Kurnia Kurator');
		admin = await createPerson(db, 'admin', 'Ayu Admin');
	});
	afterAll(async () => handle?.close());

	it('runs draft → submit → revision → resubmit → publish, keeping the published version live during an edit', async () => {
		const db = handle.db;
		const id = await createCompleteDraft(db, lead, 'Layanan KTP Keliling');
		expect(await getPublicEntry(db, 'layanan-ktp-keliling')).toBeNull();

		expect(await applyAction(db, { innovationId: id, actor: lead, action: 'submit' })).toMatchObject({ ok: true, status: 'submitted' });
		const revision = await applyAction(db, { innovationId: id, actor: curator, action: 'request_revision', note: 'Tambahkan data pembanding.' });
		expect(revision).toMatchObject({ ok: true, status: 'needs_revision' });
		expect((await listNotifications(db, lead.id))[0]?.text).toContain('Layanan KTP Keliling');

		await saveStep(db, id, lead.id, { step: 'cerita', data: { background: 'Latar belakang yang diperbaiki dengan data pembanding tahun 2023 dan 2024.', solution: 'Solusi: mobil layanan keliling yang datang ke desa setiap pekan.', novelty: 'Kebaruan: jadwal dipublikasikan melalui kanal desa dan pesan singkat.' } });
		expect((await changesSinceReview(db, id)).fields.map((f) => f.key)).toEqual(['background', 'solution', 'novelty']);
		expect(await applyAction(db, { innovationId: id, actor: lead, action: 'submit' })).toMatchObject({ ok: true });
		const published = await applyAction(db, { innovationId: id, actor: curator, action: 'publish' });
		expect(published).toMatchObject({ ok: true, status: 'published', slug: 'layanan-ktp-keliling' });

		const live = await getPublicEntry(db, 'layanan-ktp-keliling');
		expect(live?.title).toBe('Layanan KTP Keliling');
		expect(live?.sections.find((s) => s.key === 'background')?.html).toContain('data pembanding');
		expect(live?.indicators[0]).toMatchObject({ name: 'Waktu layanan', baseline: '14', value: '2', unit: 'hari' });

		// An edit moves the working copy to draft; the public still sees the published revision.
		await saveStep(db, id, lead.id, { step: 'ringkasan', data: { title: 'Layanan KTP Keliling 2.0', summary: 'x'.repeat(120), stage: 'dilembagakan', form: 'pelayanan_publik', isDigital: true, stillRunning: true, startedOn: '2024-03-01', endedOn: null } });
		const [row] = await db.select({ status: innovations.status }).from(innovations).where(eq(innovations.id, id));
		expect(row?.status).toBe('draft');
		expect((await getPublicEntry(db, 'layanan-ktp-keliling'))?.title).toBe('Layanan KTP Keliling');
		expect((await getPreview(db, id))?.title).toBe('Layanan KTP Keliling 2.0');

		expect(await applyAction(db, { innovationId: id, actor: lead, action: 'submit' })).toMatchObject({ ok: true });
		// While the edit waits in review the old version stays public, and reject is not offered.
		expect((await getPublicEntry(db, 'layanan-ktp-keliling'))?.title).toBe('Layanan KTP Keliling');
		expect(await applyAction(db, { innovationId: id, actor: curator, action: 'reject' })).toEqual({ ok: false, error: 'invalid_transition' });
		expect(await applyAction(db, { innovationId: id, actor: admin, action: 'publish' })).toMatchObject({ ok: true, slug: 'layanan-ktp-keliling' });
		const updated = await getPublicEntry(db, 'layanan-ktp-keliling');
		expect(updated?.title).toBe('Layanan KTP Keliling 2.0');
		expect(updated?.stage).toBe('dilembagakan');

		expect(await setFeatured(db, id, curator, true)).toBe(true);
		expect(await applyAction(db, { innovationId: id, actor: curator, action: 'archive' })).toMatchObject({ ok: true, status: 'archived' });
		expect(await getPublicEntry(db, 'layanan-ktp-keliling')).toBeNull();
		expect(await applyAction(db, { innovationId: id, actor: curator, action: 'restore' })).toMatchObject({ ok: true, status: 'published' });
		expect((await getPublicEntry(db, 'layanan-ktp-keliling'))?.featured).toBe(false);

		const trail = await auditTrail(db, id);
		expect(trail.map((e) => e.action)).toEqual([
			'create', 'submit', 'request_revision', 'submit', 'publish', 'edit', 'submit', 'publish', 'feature', 'archive', 'restore'
		]);
		expect(trail[2]).toMatchObject({ fromStatus: 'submitted', toStatus: 'needs_revision', note: 'Tambahkan data pembanding.', actorName: 'Kurnia Kurator' });
	});

	it('refuses to submit an incomplete draft and names what is missing', async () => {
		const id = await createDraft(handle.db, lead.id, { title: 'Baru' });
		const result = await applyAction(handle.db, { innovationId: id, actor: lead, action: 'submit' });
		expect(result.ok).toBe(false);
		if (!result.ok && result.error === 'incomplete') expect(result.missing).toEqual(expect.arrayContaining(['title', 'summary', 'background', 'themes']));
		else throw new Error(`expected incomplete, got ${JSON.stringify(result)}`);
	});

	it('refuses forged transitions and actions by the wrong people', async () => {
		const db = handle.db;
		const id = await createCompleteDraft(db, lead, 'Sistem Antrean Puskesmas');
		expect(await applyAction(db, { innovationId: id, actor: lead, action: 'publish' })).toEqual({ ok: false, error: 'forbidden' });
		expect(await applyAction(db, { innovationId: id, actor: stranger, action: 'submit' })).toEqual({ ok: false, error: 'forbidden' });
		expect(await applyAction(db, { innovationId: id, actor: mentor, action: 'submit' })).toEqual({ ok: false, error: 'forbidden' });
		// A draft never submitted is not the curators' business yet; a submitted one refuses out-of-turn moves.
		expect(await applyAction(db, { innovationId: id, actor: curator, action: 'publish' })).toEqual({ ok: false, error: 'forbidden' });
		expect(await applyAction(db, { innovationId: id, actor: curator, action: 'submit' })).toEqual({ ok: false, error: 'forbidden' });
		expect(await applyAction(db, { innovationId: id, actor: lead, action: 'published' })).toEqual({ ok: false, error: 'invalid_transition' });
		expect(await applyAction(db, { innovationId: 999_999, actor: lead, action: 'submit' })).toEqual({ ok: false, error: 'not_found' });
		expect(await setFeatured(db, id, curator, true)).toBe(false);
		expect(await setFeatured(db, id, lead, true)).toBe(false);
		const events = await db.select().from(moderationEvents).where(eq(moderationEvents.innovationId, id));
		expect(events.map((e) => e.action)).toEqual(['create']);
		expect(await applyAction(db, { innovationId: id, actor: lead, action: 'submit' })).toMatchObject({ ok: true });
		expect(await applyAction(db, { innovationId: id, actor: curator, action: 'archive' })).toEqual({ ok: false, error: 'invalid_transition' });
		expect(await applyAction(db, { innovationId: id, actor: curator, action: 'restore' })).toEqual({ ok: false, error: 'invalid_transition' });
		expect(await applyAction(db, { innovationId: id, actor: lead, action: 'submit' })).toEqual({ ok: false, error: 'invalid_transition' });
	});

	it('keeps a draft away from other teams, lets mentors read but not edit', async () => {
		const db = handle.db;
		const id = await createCompleteDraft(db, lead, 'Dasbor Stunting Desa');
		const access = async (p: Person) => (await loadAccess(db, id, p))!;
		expect(canViewWorkingCopy((await access(stranger)).access)).toBe(false);
		expect(canViewWorkingCopy((await access(mentor)).access)).toBe(false);
		expect(await addMentor(db, id, stranger.email)).toEqual({ ok: false, error: 'not_a_mentor' });
		expect(await addMentor(db, id, mentor.email)).toEqual({ ok: true });
		const m = await access(mentor);
		expect(canViewWorkingCopy(m.access)).toBe(true);
		expect(canEditContent(m.access, m.status)).toBe(false);
		expect(await inviteMember(db, id, teammate.email, { id: lead.id, name: lead.name })).toEqual({ ok: true });
		expect(await inviteMember(db, id, teammate.email, { id: lead.id, name: lead.name })).toEqual({ ok: false, error: 'already_member' });
		expect(await inviteMember(db, id, 'tidak-ada@example.go.id', { id: lead.id, name: lead.name })).toEqual({ ok: false, error: 'no_such_user' });
		const t = await access(teammate);
		expect(canEditContent(t.access, t.status)).toBe(true);
		expect((await listMyEntries(db, teammate.id)).map((e) => e.title)).toContain('Dasbor Stunting Desa');
		expect((await listMyEntries(db, stranger.id)).map((e) => e.title)).not.toContain('Dasbor Stunting Desa');
		expect((await listMyEntries(db, mentor.id)).find((e) => e.id === id)?.relation).toBe('mentor');
		// The invitation reached the teammate in-app and by email.
		expect(await unreadNotificationCount(db, teammate.id)).toBeGreaterThan(0);
		const mails = await db.select().from(outbox).where(eq(outbox.to, teammate.email));
		expect(mails.length).toBe(1);
	});

	it('lists only members who chose to be public, live', async () => {
		const db = handle.db;
		const id = await createCompleteDraft(db, lead, 'Pojok Literasi Digital');
		await inviteMember(db, id, teammate.email, { id: lead.id, name: lead.name });
		await setMemberPublic(db, id, teammate.id, false);
		await applyAction(db, { innovationId: id, actor: lead, action: 'submit' });
		await applyAction(db, { innovationId: id, actor: curator, action: 'publish' });
		expect((await getPublicEntry(db, 'pojok-literasi-digital'))?.team.map((t) => t.name)).toEqual(['Putri Lead']);
		await setMemberPublic(db, id, teammate.id, true);
		expect((await getPublicEntry(db, 'pojok-literasi-digital'))?.team.map((t) => t.name)).toEqual(['Putri Lead', 'Bima Rekan']);
	});

	it('gives curators a filtered queue and notes that reach the team', async () => {
		const db = handle.db;
		const id = await createCompleteDraft(db, lead, 'Aplikasi Pengaduan Jalan Rusak');
		const hidden = await createCompleteDraft(db, lead, 'Draf Rahasia');
		await applyAction(db, { innovationId: id, actor: lead, action: 'submit' });
		const queue = await curatorQueue(db, {});
		expect(queue.map((q) => q.title)).toContain('Aplikasi Pengaduan Jalan Rusak');
		expect((await curatorQueue(db, { status: 'draft' })).map((q) => q.id)).not.toContain(hidden);
		expect((await curatorQueue(db, { status: 'all' })).map((q) => q.id)).not.toContain(hidden);
		expect((await curatorQueue(db, { provinceCode: '33', themeSlug: 'administrasi-kependudukan' })).map((q) => q.id)).toContain(id);
		expect((await curatorQueue(db, { provinceCode: '11' })).map((q) => q.id)).not.toContain(id);
		expect((await curatorQueue(db, { themeSlug: 'kesehatan' })).map((q) => q.id)).not.toContain(id);
		const before = await unreadNotificationCount(db, lead.id);
		expect(await addCuratorNote(db, id, curator, 'Mohon lengkapi sumber data indikator.')).toBe(true);
		expect(await addCuratorNote(db, id, lead, 'Saya kurator')).toBe(false);
		expect(await unreadNotificationCount(db, lead.id)).toBe(before + 1);
	});
});
