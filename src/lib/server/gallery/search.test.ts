import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '../db/testing';
import type { DatabaseHandle } from '../db/client';
import { innovations } from '../db/schema';
import { parseGalleryQuery } from '../../gallery/parse';
import { insertPublishedEntry } from './fixtures';
import { searchGallery } from './search';

const JATENG = { code: '33', name: 'Jawa Tengah' };
const JATIM = { code: '35', name: 'Jawa Timur' };

function q(params: string) {
	return parseGalleryQuery(new URLSearchParams(params));
}

describe.each(TEST_DATABASE_KINDS)('gallery search (%s)', (kind) => {
	let handle: DatabaseHandle;
	const ids: Record<string, number> = {};

	beforeAll(async () => {
		handle = await createTestDatabase(kind);
		const db = handle.db;
		ids.title = await insertPublishedEntry(db, {
			slug: 'pelayanan-kesehatan-keliling',
			title: 'Pelayanan Kesehatan Keliling',
			summary: 'Puskesmas datang ke dusun terpencil.',
			province: JATENG,
			agency: { name: 'Pemerintah Kabupaten Temanggung', kind: 'pemkab' },
			governmentLevel: 'kabupaten_kota',
			stage: 'diterapkan',
			isDigital: false,
			themes: ['kesehatan'],
			sdgs: [3],
			startedOn: '2023-02-01',
			appreciations: 5,
			publishedAt: new Date('2025-01-10T00:00:00Z')
		});
		ids.body = await insertPublishedEntry(db, {
			slug: 'aplikasi-antrean-puskesmas',
			title: 'Aplikasi Antrean Puskesmas',
			summary: 'Warga mengambil nomor antrean dari rumah.',
			body: 'Pelayanan kesehatan menjadi lebih cepat karena antrean pindah ke ponsel.',
			province: JATIM,
			agency: { name: 'Pemerintah Kota Surabaya', kind: 'pemkot' },
			governmentLevel: 'kabupaten_kota',
			stage: 'uji_coba',
			isDigital: true,
			themes: ['kesehatan', 'layanan-publik-digital'],
			sdgs: [3, 16],
			startedOn: '2024-06-01',
			appreciations: 20,
			publishedAt: new Date('2025-03-10T00:00:00Z')
		});
		ids.other = await insertPublishedEntry(db, {
			slug: 'sekolah-lapang-iklim',
			title: 'Sekolah Lapang Iklim untuk Petani',
			summary: 'Petani belajar membaca prakiraan cuaca.',
			province: JATENG,
			agency: { name: 'Pemerintah Provinsi Jawa Tengah', kind: 'pemprov' },
			governmentLevel: 'provinsi',
			stage: 'dilembagakan',
			isDigital: false,
			themes: ['ketahanan-pangan'],
			sdgs: [2, 13],
			startedOn: '2024-01-01',
			appreciations: 1,
			publishedAt: new Date('2025-05-10T00:00:00Z')
		});
		ids.archived = await insertPublishedEntry(db, {
			slug: 'layanan-yang-diarsipkan',
			title: 'Pelayanan Arsip Lama',
			province: JATENG,
			status: 'archived'
		});
	});

	afterAll(async () => {
		await handle?.close();
	});

	it('lists only published entries, newest first without a query', async () => {
		const result = await searchGallery(handle.db, q(''));
		expect(result.items.map((i) => i.slug)).toEqual(['sekolah-lapang-iklim', 'aplikasi-antrean-puskesmas', 'pelayanan-kesehatan-keliling']);
		expect(result.total).toBe(3);
		expect(result.sort).toBe('terbaru');
	});

	it('ranks a title match above a body match and stems Indonesian ("layanan" finds "pelayanan")', async () => {
		const result = await searchGallery(handle.db, q('q=pelayanan+kesehatan'));
		expect(result.items.map((i) => i.slug)).toEqual(['pelayanan-kesehatan-keliling', 'aplikasi-antrean-puskesmas']);
		const stemmed = await searchGallery(handle.db, q('q=layanan'));
		expect(stemmed.items.map((i) => i.slug)).toContain('pelayanan-kesehatan-keliling');
		expect(stemmed.fuzzy).toBe(false);
	});

	it('tolerates typos by correcting words against the gallery vocabulary', async () => {
		const result = await searchGallery(handle.db, q('q=pelayann'));
		expect(result).toMatchObject({ fuzzy: true, suggestion: 'pelayanan' });
		// The corrected word is stemmed like any search: the title match ranks above the body match.
		expect(result.items.map((i) => i.slug)).toEqual(['pelayanan-kesehatan-keliling', 'aplikasi-antrean-puskesmas']);
		const twoTypos = await searchGallery(handle.db, q('q=antraen+puskesmass'));
		expect(twoTypos).toMatchObject({ fuzzy: true, suggestion: 'antrean puskesmas' });
		expect(twoTypos.items[0]?.slug).toBe('aplikasi-antrean-puskesmas');
		const missing = await searchGallery(handle.db, q('q=zzqqxx'));
		expect(missing).toMatchObject({ total: 0, fuzzy: false, suggestion: null });
		const exact = await searchGallery(handle.db, q('q=pelayanan+kesehatan'));
		expect(exact).toMatchObject({ fuzzy: false, suggestion: null });
	});

	it('corrects words in place, keeping the query\'s operators, and never invents a match', async () => {
		// "-ptani" stays an exclusion once corrected to "-petani", so the one match is still excluded.
		const excluded = await searchGallery(handle.db, q('q=sekolahh+-ptani'));
		expect(excluded).toMatchObject({ total: 0, fuzzy: false, suggestion: null });
		const kept = await searchGallery(handle.db, q('q=sekolahh+-pelayann'));
		expect(kept).toMatchObject({ total: 1, suggestion: 'sekolah -pelayanan' });
		// Every word is right but they never occur together: nothing is corrected, nothing is found.
		expect(await searchGallery(handle.db, q('q=petani+puskesmas'))).toMatchObject({ total: 0, fuzzy: false, suggestion: null });
	});

	it('never suggests a word that only a withdrawn entry uses', async () => {
		// "arsip" is only in the archived entry's title.
		const archived = await searchGallery(handle.db, q('q=arsipp'));
		expect(archived).toMatchObject({ total: 0, suggestion: null });
		await handle.db.update(innovations).set({ status: 'archived' }).where(eq(innovations.id, ids.other!));
		expect(await searchGallery(handle.db, q('q=ptani'))).toMatchObject({ total: 0, suggestion: null });
		await handle.db.update(innovations).set({ status: 'published' }).where(eq(innovations.id, ids.other!));
		expect(await searchGallery(handle.db, q('q=ptani'))).toMatchObject({ total: 1, suggestion: 'petani' });
	});

	it('filters, counts and pages the corrected results like exact ones', async () => {
		const filtered = await searchGallery(handle.db, q('q=pelayann&provinsi=33'));
		expect(filtered.fuzzy).toBe(true);
		expect(filtered.items.map((i) => i.slug)).toEqual(['pelayanan-kesehatan-keliling']);
		expect(filtered.facets.provinsi.find((v) => v.value === '33')).toMatchObject({ count: 1, selected: true });
		expect(filtered.facets.provinsi.find((v) => v.value === '35')).toMatchObject({ count: 1, selected: false });
		expect(filtered.facets.tahap.find((v) => v.value === 'diterapkan')?.count).toBe(1);
		const beyond = await searchGallery(handle.db, q('q=pelayann&hal=2'));
		expect(beyond).toMatchObject({ fuzzy: true, total: 2, items: [] });
	});

	it('counts each facet under the other filters', async () => {
		const all = await searchGallery(handle.db, q(''));
		const count = (facet: keyof typeof all.facets, value: string) => all.facets[facet].find((v) => v.value === value)?.count;
		expect(count('provinsi', '33')).toBe(2);
		expect(count('provinsi', '35')).toBe(1);
		expect(count('tema', 'kesehatan')).toBe(2);
		expect(count('tahap', 'uji_coba')).toBe(1);
		expect(count('sdg', '3')).toBe(2);
		expect(count('sdg', '13')).toBe(1);
		expect(count('instansi', 'pemkab')).toBe(1);
		expect(count('tingkat', 'kabupaten_kota')).toBe(2);
		expect(count('digital', 'ya')).toBe(1);
		expect(count('digital', 'tidak')).toBe(2);
		expect(count('tahun', '2024')).toBe(2);
		expect(all.facets.provinsi.find((v) => v.value === '33')?.names?.id).toBe('Jawa Tengah');

		const filtered = await searchGallery(handle.db, q('provinsi=33'));
		expect(filtered.total).toBe(2);
		// The province facet itself still counts the other province (disjunctive facets).
		expect(filtered.facets.provinsi.find((v) => v.value === '35')?.count).toBe(1);
		expect(filtered.facets.tema.find((v) => v.value === 'kesehatan')?.count).toBe(1);
		expect(filtered.facets.provinsi.find((v) => v.value === '33')?.selected).toBe(true);
	});

	it('combines filters: OR within a facet, AND across facets, and with text', async () => {
		expect((await searchGallery(handle.db, q('provinsi=33&provinsi=35'))).total).toBe(3);
		expect((await searchGallery(handle.db, q('provinsi=33&tema=kesehatan'))).items.map((i) => i.slug)).toEqual(['pelayanan-kesehatan-keliling']);
		expect((await searchGallery(handle.db, q('digital=ya&tahun=2024&sdg=16&instansi=pemkot&tingkat=kabupaten_kota&tahap=uji_coba'))).total).toBe(1);
		expect((await searchGallery(handle.db, q('q=petani&provinsi=35'))).total).toBe(0);
		const none = await searchGallery(handle.db, q('provinsi=35&tahap=dilembagakan'));
		expect(none.total).toBe(0);
		expect(none.facets.tahap.find((v) => v.value === 'dilembagakan')).toMatchObject({ selected: true });
	});

	it('sorts by appreciation and pages stably', async () => {
		const result = await searchGallery(handle.db, q('urut=apresiasi'));
		expect(result.items.map((i) => i.appreciations)).toEqual([20, 5, 1]);
		const page1 = await searchGallery(handle.db, q(''), { pageSize: 2 });
		const page2 = await searchGallery(handle.db, q('hal=2'), { pageSize: 2 });
		expect(page1.pageCount).toBe(2);
		expect([...page1.items, ...page2.items].map((i) => i.slug)).toEqual(['sekolah-lapang-iklim', 'aplikasi-antrean-puskesmas', 'pelayanan-kesehatan-keliling']);
		const beyond = await searchGallery(handle.db, q('hal=9'), { pageSize: 2 });
		expect(beyond.items).toEqual([]);
		expect(beyond.total).toBe(3);
	});

	it('never errors on hostile query strings', async () => {
		const hostile = ['"', "'", '\\', '&|!', '!!!', '(', ')', ':*', '<->', "' or 1=1 --", '"unterminated', 'a & | b', '%_', 'x'.repeat(10_240), '\u0000', '😀'];
		for (const text of hostile) {
			const params = new URLSearchParams({ q: text });
			const result = await searchGallery(handle.db, parseGalleryQuery(params));
			expect(result.total).toBeGreaterThanOrEqual(0);
		}
	});

	it('follows the published revision: archiving removes, a pending edit does not leak', async () => {
		await handle.db.update(innovations).set({ title: 'Judul Rahasia Belum Ditinjau' }).where(eq(innovations.id, ids.other!));
		expect((await searchGallery(handle.db, q('q=rahasia'))).total).toBe(0);
		await handle.db.update(innovations).set({ status: 'archived' }).where(eq(innovations.id, ids.other!));
		expect((await searchGallery(handle.db, q(''))).total).toBe(2);
		await handle.db.update(innovations).set({ status: 'published' }).where(eq(innovations.id, ids.other!));
		expect((await searchGallery(handle.db, q(''))).total).toBe(3);
	});
});
