import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { createTestDatabase, TEST_DATABASE_KINDS } from '../db/testing';
import type { DatabaseHandle } from '../db/client';
import { agencies, uploads, users, workshopMembers, workshops } from '../db/schema';
import { MemoryStorage } from '../storage';
import { applyAction } from '../innovations/moderation';
import { getPublicEntry } from '../innovations/publication';
import { inviteMember, setMemberPublic } from '../innovations/team';
import { readMedia } from '../innovations/media';
import { createCompleteDraft, createPerson, type Person } from '../innovations/testing';
import { parseGalleryQuery } from '../../gallery/parse';
import { searchGallery } from '../gallery/search';
import { sitemap, toOpenDataItem } from '../gallery/open-data';
import { DEFAULT_VISIBILITY } from '../../profiles/fields';
import {
	getProfileSettings,
	getPublicProfile,
	removeProfilePhoto,
	saveProfileDetails,
	setProfilePhoto,
	toPublicProfile,
	type ProfileRecord
} from './profiles';
import { searchTalent, TALENT_PAGE_SIZE } from './talent-pool';
import { seedDemoProfiles } from './seed-demo';
import { parseTalentQuery, profileDetailsSchema, type ProfileDetailsInput } from './validation';
import { parseInput } from '../validation/form';

// Values distinctive enough that finding them anywhere in serialized output means a leak.
const NIP = '198703152010121003';
const POSITION = 'Penata Rahasia Ahli Muda';
const AGENCY = 'Dinas Tersembunyi Kabupaten Uji';

const record = (overrides: Partial<ProfileRecord> = {}): ProfileRecord => ({
	userId: 1,
	handle: 'rina',
	name: 'Rina Wijaya',
	email: 'rina.private@example.go.id',
	nip: NIP,
	disabled: false,
	agency: AGENCY,
	position: POSITION,
	province: { code: '33', name: 'Jawa Tengah' },
	bio: 'Perencana.',
	skills: ['analisis data'],
	interests: ['desa digital'],
	photo: { uploadId: 'a'.repeat(24), variants: [{ key: 'k', format: 'webp', width: 480, height: 480, bytes: 10 }] },
	visibility: { ...DEFAULT_VISIBILITY },
	...overrides
});

const noWork = { innovations: [], workshops: [] };

describe('toPublicProfile', () => {
	it('shows only the name, bio and innovations by default; never email or NIP', () => {
		const out = toPublicProfile(record(), noWork);
		expect(out).toMatchObject({ name: 'Rina Wijaya', agency: null, position: null, province: null, photo: null, skills: [], interests: [], workshops: null });
		const json = JSON.stringify(out);
		for (const secret of [NIP, 'rina.private', POSITION, AGENCY, 'Jawa Tengah', 'analisis data']) expect(json).not.toContain(secret);
	});

	it('copies each field its owner switched on, and still never email or NIP', () => {
		const all = { isPublic: true, showAgency: true, showPosition: true, showProvince: true, showPhoto: true, showSkills: true, showWorkshops: true };
		const out = toPublicProfile(record({ visibility: all }), { innovations: [], workshops: [{ title: 'Kelas DT', role: 'participant', startsOn: null }] });
		expect(out.agency).toBe(AGENCY);
		expect(out.position).toBe(POSITION);
		expect(out.province?.name).toBe('Jawa Tengah');
		expect(out.photo).toMatchObject({ alt: 'Rina Wijaya', src: `/media/${'a'.repeat(24)}/480.webp` });
		expect(out.skills).toEqual(['analisis data']);
		expect(out.workshops).toHaveLength(1);
		const json = JSON.stringify(out);
		expect(json).not.toContain(NIP);
		expect(json).not.toContain('rina.private');
		expect(Object.keys(out).sort()).toEqual(
			['agency', 'bio', 'handle', 'innovations', 'interests', 'name', 'photo', 'position', 'province', 'skills', 'workshops'].sort()
		);
	});

	it('hides one field without touching the others', () => {
		const out = toPublicProfile(record({ visibility: { ...DEFAULT_VISIBILITY, showAgency: true, showProvince: true } }), noWork);
		expect(out.agency).toBe(AGENCY);
		expect(out.position).toBeNull();
		expect(JSON.stringify(out)).not.toContain(POSITION);
	});
});

describe('profile form validation', () => {
	const form = (fields: Record<string, string>) => parseInput(profileDetailsSchema, fields);

	it('normalizes and de-duplicates tags, reads checkboxes, drops unknown fields', () => {
		const result = form({ bio: ' Halo \r\n dunia ', skills: 'Analisis  Data, analisis data, C++, UI/UX', interests: '', showAgency: 'on', role: 'admin', nip: '1' });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.data.bio).toBe('Halo \n dunia');
		expect(result.data.skills).toEqual(['analisis data', 'c++', 'ui/ux']);
		expect(result.data.interests).toEqual([]);
		expect(result.data.showAgency).toBe(true);
		expect(result.data.isPublic).toBe(false);
		expect(result.data).not.toHaveProperty('role');
		expect(result.data).not.toHaveProperty('nip');
	});

	it('refuses markup in the bio and in tags, oversized input and too many tags, with localized messages', () => {
		const bad = form({ bio: 'Halo <script>alert(1)</script>', skills: 'data, <img src=x onerror=alert(1)>', interests: Array.from({ length: 13 }, (_, i) => `topik ${i}`).join(',') });
		expect(bad.ok).toBe(false);
		if (bad.ok) return;
		expect(bad.errors.bio).toBe('Tulis teks biasa, tanpa tag HTML.');
		expect(bad.errors.skills).toMatch(/tidak diizinkan/);
		expect(bad.errors.interests).toBe('Maksimal 12 keahlian atau minat per daftar.');
		const long = form({ bio: 'x'.repeat(501), skills: 'y'.repeat(41) });
		expect(!long.ok && long.errors).toMatchObject({ bio: 'Maksimal 500 karakter.', skills: 'Setiap keahlian atau minat maksimal 40 karakter.' });
		expect(form({ bio: 'a < b dan c > d' }).ok).toBe(true);
	});

	it('reads talent-pool URLs leniently', () => {
		expect(parseTalentQuery(new URLSearchParams('q=%20Rina%20&keahlian=Analisis%20%20Data&instansi=abc&provinsi=333&hal=-4'))).toEqual({
			q: 'Rina',
			keahlian: 'analisis data',
			instansi: undefined,
			provinsi: undefined,
			hal: 1
		});
		expect(parseTalentQuery(new URLSearchParams('instansi=7&provinsi=33&hal=3'))).toMatchObject({ instansi: 7, provinsi: '33', hal: 3 });
	});
});

const details = (overrides: Partial<ProfileDetailsInput> = {}): ProfileDetailsInput => ({
	bio: 'Saya merancang layanan.',
	skills: ['analisis data', 'desain layanan'],
	interests: ['desa digital'],
	isPublic: true,
	showAgency: false,
	showPosition: false,
	showProvince: false,
	showPhoto: false,
	showSkills: true,
	showWorkshops: false,
	...overrides
});

async function portrait(): Promise<Buffer> {
	return sharp({ create: { width: 300, height: 300, channels: 3, background: '#c96' } }).png().toBuffer();
}

describe.each(TEST_DATABASE_KINDS)('profiles on %s', (kind) => {
	let handle: DatabaseHandle;
	let lead: Person;
	let hidden: Person;
	let curator: Person;
	let leadHandle: string;
	let hiddenHandle: string;
	let agencyId: number;
	let slug: string;

	beforeAll(async () => {
		handle = await createTestDatabase(kind);
		const db = handle.db;
		lead = await createPerson(db, 'participant', 'Rina Wijaya');
		hidden = await createPerson(db, 'participant', 'Anggota Tersembunyi');
		curator = await createPerson(db, 'curator', 'Kurator Uji');
		const [agency] = await db.insert(agencies).values({ name: AGENCY, kind: 'pemkab', provinceCode: '33' }).returning({ id: agencies.id });
		agencyId = agency!.id;
		await db.update(users).set({ nip: NIP, position: POSITION, agencyId, provinceCode: '33' }).where(eq(users.id, lead.id));
		const id = await createCompleteDraft(db, lead, 'Antrean Puskesmas Daring');
		await inviteMember(db, id, hidden.email, lead);
		await setMemberPublic(db, id, hidden.id, false);
		await applyAction(db, { innovationId: id, actor: lead, action: 'submit' });
		await applyAction(db, { innovationId: id, actor: curator, action: 'publish' });
		const rows = await db.select({ id: users.id, handle: users.handle }).from(users);
		leadHandle = rows.find((r) => r.id === lead.id)!.handle;
		hiddenHandle = rows.find((r) => r.id === hidden.id)!.handle;
		const [w] = await db.insert(workshops).values({ title: 'Kelas Design Thinking Uji', joinCode: 'PROF01', startsOn: new Date('2026-02-01T00:00:00Z') }).returning();
		await db.insert(workshopMembers).values({ workshopId: w!.id, userId: lead.id, role: 'participant' });
		slug = (await getPublicEntry(db, (await searchGallery(db, parseGalleryQuery(new URLSearchParams()))).items[0]!.slug))!.slug;
	});
	afterAll(async () => handle?.close());

	it('gives a person who never edited anything a public page with name and published innovations only', async () => {
		const profile = await getPublicProfile(handle.db, leadHandle);
		expect(profile?.name).toBe('Rina Wijaya');
		expect(profile?.innovations.map((i) => i.slug)).toEqual([slug]);
		expect(profile?.innovations[0]?.role).toBe('lead');
		expect(profile).toMatchObject({ position: null, agency: null, province: null, workshops: null, skills: [] });
	});

	it('lists an innovation only where the person is a visible team member', async () => {
		const profile = await getPublicProfile(handle.db, hiddenHandle);
		expect(profile?.innovations).toEqual([]);
	});

	it('keeps private fields out of the page, the innovation page, the talent pool, the sitemap and the open data', async () => {
		const db = handle.db;
		await saveProfileDetails(db, lead.id, details({ showAgency: true, showWorkshops: true }));
		const page = await getPublicProfile(db, leadHandle);
		expect(page?.agency).toBe(AGENCY);
		expect(page?.workshops).toEqual([{ title: 'Kelas Design Thinking Uji', role: 'participant', startsOn: '2026-02-01' }]);
		const entry = await getPublicEntry(db, slug);
		expect(entry?.team.map((t) => t.name)).toEqual(['Rina Wijaya']);
		expect(entry?.team[0]).toMatchObject({ position: '', profileHref: expect.stringMatching(/^\/profil\//) });
		const pool = await searchTalent(db, parseTalentQuery(new URLSearchParams('keahlian=analisis')));
		expect(pool.items.map((p) => p.handle)).toEqual([leadHandle]);
		const map = await sitemap(db, 'https://rp.example');
		expect(map).toContain(`https://rp.example/profil/${leadHandle}</loc>`);
		const api = (await searchGallery(db, parseGalleryQuery(new URLSearchParams()))).items.map((c) => toOpenDataItem(c, 'https://rp.example'));
		for (const [where, output] of Object.entries({ page, entry, pool, map, api })) {
			const json = JSON.stringify(output);
			for (const secret of [NIP, lead.email, POSITION]) expect(json, `${where} leaks ${secret}`).not.toContain(secret);
		}

		// Once shown, the position appears on the profile and beside the name on the innovation page.
		await saveProfileDetails(db, lead.id, details({ showPosition: true }));
		expect((await getPublicProfile(db, leadHandle))?.position).toBe(POSITION);
		expect((await getPublicEntry(db, slug))?.team[0]?.position).toBe(POSITION);
	});

	it('answers an unknown, a private and a disabled profile alike, and drops them from the pool, sitemap and team links', async () => {
		const db = handle.db;
		expect(await getPublicProfile(db, 'tidak-ada')).toBeNull();
		expect(await getPublicProfile(db, '../etc')).toBeNull();
		await saveProfileDetails(db, lead.id, details({ isPublic: false, showAgency: true }));
		expect(await getPublicProfile(db, leadHandle)).toBeNull();
		expect((await searchTalent(db, parseTalentQuery(new URLSearchParams('keahlian=analisis')))).total).toBe(0);
		expect(await sitemap(db, 'https://rp.example')).not.toContain(`/profil/${leadHandle}<`);
		expect((await getPublicEntry(db, slug))?.team[0]).toMatchObject({ name: 'Rina Wijaya', profileHref: null, position: '' });
		await saveProfileDetails(db, lead.id, details());
		await db.update(users).set({ disabled: true }).where(eq(users.id, lead.id));
		expect(await getPublicProfile(db, leadHandle)).toBeNull();
		await db.update(users).set({ disabled: false }).where(eq(users.id, lead.id));
		expect(await getPublicProfile(db, leadHandle)).not.toBeNull();
	});

	it('matches talent-pool filters only on fields their owner shows', async () => {
		const db = handle.db;
		const search = (qs: string) => searchTalent(db, parseTalentQuery(new URLSearchParams(qs)));
		await saveProfileDetails(db, lead.id, details({ showAgency: false, showProvince: false, showSkills: false }));
		expect((await search(`instansi=${agencyId}`)).total).toBe(0);
		expect((await search('provinsi=33')).total).toBe(0);
		expect((await search('keahlian=analisis')).total).toBe(0);
		expect((await search('q=rina')).items.map((p) => p.handle)).toEqual([leadHandle]);
		await saveProfileDetails(db, lead.id, details({ showAgency: true, showProvince: true, showSkills: true }));
		expect((await search(`instansi=${agencyId}`)).items.map((p) => p.handle)).toEqual([leadHandle]);
		const hit = (await search('provinsi=33&keahlian=desa')).items[0];
		expect(hit).toMatchObject({ handle: leadHandle, agency: AGENCY, position: null, province: { code: '33' }, innovationCount: 1 });
		expect((await search('q=%25')).total).toBe(0);
	});

	it('stores the photo through the image pipeline and serves it publicly only while shown', async () => {
		const db = handle.db;
		const storage = new MemoryStorage();
		const first = await setProfilePhoto(db, storage, lead.id, await portrait());
		expect(first.ok).toBe(true);
		if (!first.ok) return;
		const file = `300.webp`;
		expect(await readMedia(db, storage, first.uploadId, file, null)).toBeNull();
		await saveProfileDetails(db, lead.id, details({ showPhoto: true }));
		const served = await readMedia(db, storage, first.uploadId, file, null);
		expect(served?.contentType).toBe('image/webp');
		// Never cached as public: the owner may hide it again at any time.
		expect(served?.public).toBe(false);
		expect((await getPublicProfile(db, leadHandle))?.photo?.alt).toBe('Rina Wijaya');

		// A refused file (SVG) leaves the current photo in place.
		const svg = await setProfilePhoto(db, storage, lead.id, Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'));
		expect(svg).toEqual({ ok: false, error: 'svg' });
		expect((await getProfileSettings(db, lead.id))?.photo?.src).toContain(first.uploadId);

		// Replacing deletes the old upload and its files.
		const second = await setProfilePhoto(db, storage, lead.id, await portrait());
		expect(second.ok).toBe(true);
		expect(await db.select().from(uploads).where(eq(uploads.id, first.uploadId))).toEqual([]);
		expect(storage.size).toBe(2);

		await removeProfilePhoto(db, storage, lead.id);
		expect(storage.size).toBe(0);
		expect((await getPublicProfile(db, leadHandle))?.photo).toBeNull();
	});

	it('seeds demo profiles that show skills, and keeps a demo position private', async () => {
		const db = handle.db;
		const demo = [
			{ email: 'peserta@ruangpijar.id', handle: 'demo-putri', position: 'Pranata Komputer' },
			{ email: 'peserta3@ruangpijar.id', handle: 'demo-sari', position: 'Perencana Ahli Pertama' }
		];
		for (const d of demo) await db.insert(users).values({ email: d.email, name: d.handle, handle: d.handle, position: d.position, passwordHash: 'x' });
		await seedDemoProfiles(db);
		await seedDemoProfiles(db);
		const putri = await getPublicProfile(db, 'demo-putri');
		expect(putri?.skills).toEqual(['analisis data', 'desain layanan', 'python']);
		expect(putri?.bio).not.toBe('');
		expect(putri?.position).toBe('Pranata Komputer');
		const sari = await getPublicProfile(db, 'demo-sari');
		expect(sari?.skills.length).toBeGreaterThan(0);
		expect(sari?.position).toBeNull();
	});

	it('pages through the pool by name, clamping a page past the end', async () => {
		const db = handle.db;
		for (let i = 0; i < TALENT_PAGE_SIZE + 1; i++) await createPerson(db, 'participant', `Talenta Halaman ${String(i).padStart(2, '0')}`);
		const search = (qs: string) => searchTalent(db, parseTalentQuery(new URLSearchParams(qs)));
		const first = await search('q=talenta%20halaman');
		expect(first).toMatchObject({ total: TALENT_PAGE_SIZE + 1, page: 1, pageCount: 2 });
		expect(first.items).toHaveLength(TALENT_PAGE_SIZE);
		expect(first.items[0]?.name).toBe('Talenta Halaman 00');
		const last = await search('q=talenta%20halaman&hal=99');
		expect(last.page).toBe(2);
		expect(last.items.map((p) => p.name)).toEqual([`Talenta Halaman ${TALENT_PAGE_SIZE}`]);
	});
});
