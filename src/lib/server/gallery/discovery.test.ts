/**
 * Discovery behaviour of the gallery search beyond search.test.ts: stemming from the affixed form,
 * typo correction of a common word, facet counts under several filters at once (checked against a
 * direct count over the fixtures), and paging through ties without losing or repeating an entry.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KINDS } from '../db/testing';
import type { DatabaseHandle } from '../db/client';
import { parseGalleryQuery } from '../../gallery/parse';
import { FACETS, type Facet, type GalleryQuery } from '../../gallery/query';
import type { GalleryResult } from '../../gallery/types';
import { insertPublishedEntry, type EntrySpec } from './fixtures';
import { searchGallery } from './search';

const JATENG = { code: '33', name: 'Jawa Tengah' };
const JATIM = { code: '35', name: 'Jawa Timur' };
const BALI = { code: '51', name: 'Bali' };
const pemkab = (name: string) => ({ name, kind: 'pemkab' });
const pemkot = (name: string) => ({ name, kind: 'pemkot' });

// No fixture uses the theme "layanan-publik-digital": theme names are indexed, and its "layanan" would
// blur the stemming test. "inovasi" is in exactly two titles/summaries, "layanan" in exactly one entry.
const VARIED: EntrySpec[] = [
	{ slug: 'layanan-adminduk-keliling', title: 'Layanan Adminduk Keliling', summary: 'Petugas membawa layanan kependudukan ke desa terpencil.', province: JATENG, agency: pemkab('Kabupaten Wonosobo'), governmentLevel: 'kabupaten_kota', stage: 'diterapkan', isDigital: false, themes: ['kependudukan'], sdgs: [16], startedOn: '2023-04-01', appreciations: 3, publishedAt: new Date('2025-01-05T00:00:00Z') },
	{ slug: 'inovasi-rapor-digital', title: 'Inovasi Rapor Digital Sekolah', summary: 'Orang tua membaca rapor anak dari ponsel.', province: JATENG, agency: pemkab('Kabupaten Kendal'), governmentLevel: 'kabupaten_kota', stage: 'uji_coba', isDigital: true, themes: ['pendidikan'], sdgs: [4], startedOn: '2024-01-01', appreciations: 7, publishedAt: new Date('2025-02-05T00:00:00Z') },
	{ slug: 'klinik-gizi-daring', title: 'Klinik Gizi Daring', summary: 'Inovasi konsultasi gizi balita lewat video.', province: JATENG, agency: pemkot('Kota Semarang'), governmentLevel: 'kabupaten_kota', stage: 'diterapkan', isDigital: true, themes: ['kesehatan', 'pendidikan'], sdgs: [2, 3], startedOn: '2024-05-01', appreciations: 2, publishedAt: new Date('2025-03-05T00:00:00Z') },
	{ slug: 'posko-kesehatan-pasar', title: 'Posko Kesehatan Pasar', summary: 'Pemeriksaan tekanan darah bagi pedagang.', province: JATENG, agency: { name: 'Provinsi Jawa Tengah', kind: 'pemprov' }, governmentLevel: 'provinsi', stage: 'dilembagakan', isDigital: false, themes: ['kesehatan'], sdgs: [3], startedOn: '2023-07-01', appreciations: 9, publishedAt: new Date('2025-04-05T00:00:00Z') },
	{ slug: 'resep-elektronik-puskesmas', title: 'Resep Elektronik Puskesmas', summary: 'Apotek menerima resep tanpa kertas.', province: JATIM, agency: pemkot('Kota Malang'), governmentLevel: 'kabupaten_kota', stage: 'diterapkan', isDigital: true, themes: ['kesehatan'], sdgs: [3, 9], startedOn: '2024-02-01', appreciations: 5, publishedAt: new Date('2025-05-05T00:00:00Z') },
	{ slug: 'kebun-sekolah-organik', title: 'Kebun Sekolah Organik', summary: 'Murid menanam sayur untuk kantin.', province: JATIM, agency: pemkab('Kabupaten Malang'), governmentLevel: 'desa', stage: 'gagasan', isDigital: false, themes: ['pendidikan', 'ketahanan-pangan'], sdgs: [2, 4], startedOn: '2025-01-01', appreciations: 0, publishedAt: new Date('2025-06-05T00:00:00Z') },
	{ slug: 'telemedis-pulau-terluar', title: 'Telemedis Pulau Terluar', summary: 'Dokter spesialis memeriksa pasien dari jauh.', province: null, agency: null, governmentLevel: null, stage: 'direplikasi', isDigital: true, themes: ['kesehatan'], sdgs: [3], startedOn: '2022-03-01', appreciations: 1, publishedAt: new Date('2025-07-05T00:00:00Z') }
];

// Seven entries that tie on every sort key: same text (same rank), same publication time, same appreciations.
const TIED: EntrySpec[] = Array.from({ length: 7 }, (_, i) => ({
	slug: `bank-sampah-${i + 1}`,
	title: 'Bank Sampah Kelurahan',
	summary: 'Warga menabung sampah terpilah.',
	province: BALI,
	agency: pemkab('Kabupaten Badung'),
	governmentLevel: 'kabupaten_kota',
	stage: 'diterapkan',
	isDigital: false,
	themes: ['lingkungan'],
	sdgs: [12],
	startedOn: '2024-03-01',
	appreciations: 4,
	publishedAt: new Date('2025-08-01T00:00:00Z')
}));

const ALL = [...VARIED, ...TIED];

function q(params: string): GalleryQuery {
	return parseGalleryQuery(new URLSearchParams(params));
}

/** An entry's values in one facet, as the facet lists them (strings; none when the field is empty). */
function valuesOf(spec: EntrySpec, facet: Facet): string[] {
	switch (facet) {
		case 'provinsi': return spec.province ? [spec.province.code] : [];
		case 'tema': return spec.themes ?? [];
		case 'tahap': return [spec.stage ?? 'diterapkan'];
		case 'sdg': return (spec.sdgs ?? []).map(String);
		case 'instansi': return spec.agency ? [spec.agency.kind] : [];
		case 'tingkat': return spec.governmentLevel ? [spec.governmentLevel] : [];
		case 'digital': return [spec.isDigital ? 'ya' : 'tidak'];
		case 'tahun': return [spec.startedOn!.slice(0, 4)];
	}
}

/** The reference model: OR within a facet, AND across facets, skipping one facet (disjunctive counting). */
function passes(spec: EntrySpec, query: GalleryQuery, skip: Facet | null): boolean {
	return FACETS.every((f) => {
		const selected = (query[f] as (string | number)[]).map(String);
		return f === skip || !selected.length || valuesOf(spec, f).some((v) => selected.includes(v));
	});
}

/** Expected `{ value: count }` for one facet, counted directly over the fixtures; selected values with no match count 0. */
function expectedCounts(query: GalleryQuery, facet: Facet): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const spec of ALL.filter((s) => passes(s, query, facet))) {
		for (const v of valuesOf(spec, facet)) counts[v] = (counts[v] ?? 0) + 1;
	}
	for (const v of (query[facet] as (string | number)[]).map(String)) counts[v] ??= 0;
	return counts;
}

const countsOf = (result: GalleryResult, facet: Facet) => Object.fromEntries(result.facets[facet].map((v) => [v.value, v.count]));
const selectedOf = (result: GalleryResult, facet: Facet) => result.facets[facet].filter((v) => v.selected).map((v) => v.value).sort();
const slugsOf = (result: GalleryResult) => result.items.map((i) => i.slug);

describe.each(TEST_DATABASE_KINDS)('gallery discovery (%s)', (kind) => {
	let handle: DatabaseHandle;

	beforeAll(async () => {
		handle = await createTestDatabase(kind);
		// Sequential inserts: ids rise in fixture order, so ties have a well-defined final key.
		for (const spec of ALL) await insertPublishedEntry(handle.db, spec);
	});

	afterAll(async () => {
		await handle?.close();
	});

	it('stems the query: "pelayanan" finds an entry that only says "layanan"', async () => {
		const result = await searchGallery(handle.db, q('q=pelayanan'));
		expect(slugsOf(result)).toEqual(['layanan-adminduk-keliling']);
		// Found by the stemmer, not by the typo fallback rewriting "pelayanan" into "layanan".
		expect(result).toMatchObject({ fuzzy: false, suggestion: null });
	});

	it('corrects the typo "inovsi" to "inovasi" and says so', async () => {
		const result = await searchGallery(handle.db, q('q=inovsi'));
		expect(result).toMatchObject({ fuzzy: true, suggestion: 'inovasi', total: 2 });
		expect(slugsOf(result).sort()).toEqual(['inovasi-rapor-digital', 'klinik-gizi-daring']);
		// The correction finds exactly what the right spelling finds.
		const exact = await searchGallery(handle.db, q('q=inovasi'));
		expect(exact).toMatchObject({ fuzzy: false, suggestion: null });
		expect(slugsOf(result).sort()).toEqual(slugsOf(exact).sort());
	});

	it.each([
		'provinsi=33&tema=kesehatan&digital=ya',
		'provinsi=33&provinsi=35&tahap=diterapkan&tahap=uji_coba&sdg=3&tahun=2024',
		'instansi=pemkab&tingkat=kabupaten_kota&tema=pendidikan&tema=lingkungan&digital=tidak',
		// Nothing matches: every selected value stays listed (count 0) so it can be switched off.
		'provinsi=35&tahap=dilembagakan&tema=lingkungan'
	])('facet counts under combined filters equal a direct count (%s)', async (params) => {
		const query = q(params);
		const result = await searchGallery(handle.db, query);
		expect(result.total).toBe(ALL.filter((s) => passes(s, query, null)).length);
		for (const facet of FACETS) {
			expect.soft(countsOf(result, facet), facet).toEqual(expectedCounts(query, facet));
			expect.soft(selectedOf(result, facet), `${facet} selected`).toEqual((query[facet] as (string | number)[]).map(String).sort());
		}
	});

	it.each([
		['terbaru', '', ALL.length],
		['apresiasi', 'urut=apresiasi', ALL.length],
		['relevan', 'q=sampah', TIED.length]
	])('pages through ties once each, in a repeatable order (%s)', async (_sort, params, expected) => {
		const pageSize = 3;
		const walk = async () => {
			const first = await searchGallery(handle.db, q(params), { pageSize, facets: false });
			const slugs = slugsOf(first);
			for (let page = 2; page <= first.pageCount; page++) {
				slugs.push(...slugsOf(await searchGallery(handle.db, q(`${params}&hal=${page}`), { pageSize, facets: false })));
			}
			return slugs;
		};
		const slugs = await walk();
		expect(slugs).toHaveLength(expected);
		expect(new Set(slugs).size).toBe(expected);
		expect(await walk()).toEqual(slugs);
		// Pages cut one order: their concatenation is the single-page order.
		expect(slugsOf(await searchGallery(handle.db, q(params), { pageSize: 100, facets: false }))).toEqual(slugs);
		// Ties fall back to the newest id first (search.ts orderBy), i.e. reverse insertion order.
		const tied = slugs.filter((s) => s.startsWith('bank-sampah-'));
		expect(tied).toEqual(TIED.map((s) => s.slug).reverse());
	});
});
