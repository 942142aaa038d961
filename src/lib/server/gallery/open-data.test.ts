import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { DOMParser } from '@xmldom/xmldom';
import { createTestDatabase, TEST_DATABASE_KINDS } from '../db/testing';
import type { DatabaseHandle } from '../db/client';
import { parseGalleryQuery } from '../../gallery/parse';
import { insertPublishedEntry } from './fixtures';
import { csvCell, galleryCsv, galleryFeed, sitemap, toOpenDataItem, xmlEscape } from './open-data';
import { searchGallery } from './search';

const ORIGIN = 'https://ruangpijar.example';

function parseXml(text: string) {
	const errors: string[] = [];
	const doc = new DOMParser({ onError: (level, message) => void (level !== 'warning' && errors.push(message)) }).parseFromString(text, 'text/xml');
	expect(errors).toEqual([]);
	return doc;
}

describe('csv and xml escaping', () => {
	it('neutralizes formulas and quotes every cell', () => {
		expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
		for (const lead of ['+', '-', '@', '\t', '\r']) expect(csvCell(`${lead}1`)).toBe(`"'${lead}1"`);
		expect(csvCell(null)).toBe('""');
		expect(csvCell(42)).toBe('"42"');
	});

	it('escapes markup and drops characters XML forbids', () => {
		expect(xmlEscape(`<a href="x">&'\u0000\u0008`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
	});
});

describe.each(TEST_DATABASE_KINDS)('open data (%s)', (kind) => {
	let handle: DatabaseHandle;

	beforeAll(async () => {
		handle = await createTestDatabase(kind);
		await insertPublishedEntry(handle.db, {
			slug: 'formula-di-judul',
			title: '=cmd|"/c calc"!A1 <script>alert(1)</script>',
			summary: 'Ringkasan, dengan koma; "kutip" dan\nbaris baru & ampersand.',
			province: { code: '33', name: 'Jawa Tengah' },
			agency: { name: '@Dinas <Uji>', kind: 'pemkab' },
			themes: ['kesehatan'],
			sdgs: [3, 16],
			isDigital: true,
			startedOn: '2024-01-01'
		});
		await insertPublishedEntry(handle.db, {
			slug: 'sekolah-lapang',
			title: 'Sekolah Lapang Iklim',
			province: { code: '35', name: 'Jawa Timur' }
		});
		await insertPublishedEntry(handle.db, { slug: 'arsip', title: 'Diarsipkan', status: 'archived' });
	});

	afterAll(async () => {
		await handle?.close();
	});

	it('CSV parses with a CSV library, keeps filters and defuses formulas', async () => {
		const text = await galleryCsv(handle.db, parseGalleryQuery(new URLSearchParams()), ORIGIN);
		const rows = parse(text.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
		expect(rows).toHaveLength(2);
		const risky = rows.find((r) => r.slug === 'formula-di-judul')!;
		expect(String(risky.title).startsWith("'=")).toBe(true);
		expect(risky.agency).toBe("'@Dinas <Uji>");
		expect(risky.summary).toContain('\n');
		expect(risky.sdgs).toBe('3;16');
		const filtered = parse((await galleryCsv(handle.db, parseGalleryQuery(new URLSearchParams('provinsi=35')), ORIGIN)).replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
		expect(filtered.map((r) => r.slug)).toEqual(['sekolah-lapang']);
	});

	it('Atom feed is well-formed XML with one entry per match', async () => {
		const xml = await galleryFeed(handle.db, parseGalleryQuery(new URLSearchParams()), ORIGIN, '/feed.xml', 'Galeri');
		const doc = parseXml(xml);
		expect(doc.getElementsByTagName('entry').length).toBe(2);
		expect(xml).not.toContain('<script>');
		const perFilter = parseXml(await galleryFeed(handle.db, parseGalleryQuery(new URLSearchParams('provinsi=33')), ORIGIN, '/feed.xml?provinsi=33', 'Galeri'));
		expect(perFilter.getElementsByTagName('entry').length).toBe(1);
	});

	it('sitemap is well-formed XML listing published entries only', async () => {
		const doc = parseXml(await sitemap(handle.db, ORIGIN));
		const locs = Array.from({ length: doc.getElementsByTagName('loc').length }, (_, i) => doc.getElementsByTagName('loc')[i]!.textContent);
		expect(locs).toContain(`${ORIGIN}/inovasi/sekolah-lapang`);
		expect(locs).toContain(`${ORIGIN}/inovasi`);
		expect(locs).not.toContain(`${ORIGIN}/inovasi/arsip`);
	});

	it('JSON items carry the documented fields', async () => {
		const result = await searchGallery(handle.db, parseGalleryQuery(new URLSearchParams('q=sekolah')), { facets: false });
		const item = toOpenDataItem(result.items[0]!, ORIGIN);
		expect(Object.keys(item).sort()).toEqual(
			['agency', 'agencyKind', 'appreciations', 'digital', 'governmentLevel', 'province', 'publishedAt', 'regency', 'sdgs', 'slug', 'stage', 'startYear', 'summary', 'themes', 'title', 'updatedAt', 'url'].sort()
		);
		expect(item.url).toBe(`${ORIGIN}/inovasi/sekolah-lapang`);
	});
});
