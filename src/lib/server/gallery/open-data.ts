/**
 * Open data from the gallery: the JSON API's item shape, CSV (safe to open in a spreadsheet), the
 * Atom feed and the sitemap. Everything here reads `gallery_entries`, i.e. published revisions only
 * (the sitemap adds public collections and innovator profiles, chosen by their own services).
 */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client';
import { queryRows } from '../db/client';
import type { GalleryCard } from '../../gallery/types';
import type { GalleryQuery } from '../../gallery/query';
import { searchGallery } from './search';
import { sitemapProfileHandles } from '../profiles/profiles';
import { sitemapCollections } from './collections';

/** Largest page the JSON API serves, and the most rows one CSV download holds. */
export const API_MAX_PAGE_SIZE = 100;
export const CSV_MAX_ROWS = 10_000;
export const FEED_SIZE = 50;

/** `per` (page size) for the JSON API: 1–100, default 20. */
export const apiPageSize = z.coerce.number().int().min(1).max(API_MAX_PAGE_SIZE).catch(20);

/** One innovation in the JSON API (stable, documented field names; no internal ids). */
export interface OpenDataItem {
	slug: string;
	url: string;
	title: string;
	summary: string;
	agency: string | null;
	agencyKind: string | null;
	province: { code: string; name: string } | null;
	regency: string;
	stage: string;
	governmentLevel: string | null;
	digital: boolean;
	startYear: number;
	themes: string[];
	sdgs: number[];
	appreciations: number;
	publishedAt: string;
	updatedAt: string;
}

/** Maps a gallery card to the open-data item. */
export function toOpenDataItem(card: GalleryCard, origin: string): OpenDataItem {
	return {
		slug: card.slug,
		url: `${origin}/inovasi/${card.slug}`,
		title: card.title,
		summary: card.summary,
		agency: card.agency,
		agencyKind: card.agencyKind,
		province: card.province,
		regency: card.regency,
		stage: card.stage,
		governmentLevel: card.governmentLevel,
		digital: card.isDigital,
		startYear: card.year,
		themes: card.themes.map((t) => t.slug),
		sdgs: card.sdgs,
		appreciations: card.appreciations,
		publishedAt: card.publishedAt,
		updatedAt: card.updatedAt
	};
}

/**
 * One CSV cell: always quoted, quotes doubled, and text a spreadsheet would run as a formula
 * (=, +, -, @, tab, carriage return at the start) prefixed with an apostrophe (OWASP CSV injection).
 */
export function csvCell(value: string | number | boolean | null): string {
	let text = value === null ? '' : String(value);
	if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return `"${text.replace(/"/g, '""')}"`;
}

const CSV_COLUMNS = [
	'slug', 'url', 'title', 'summary', 'agency', 'agency_kind', 'province_code', 'province', 'regency', 'stage',
	'government_level', 'digital', 'start_year', 'themes', 'sdgs', 'appreciations', 'published_at', 'updated_at'
] as const;

/** The matching entries as CSV (header row, CRLF line ends, UTF-8 with BOM so spreadsheets read it right). */
export async function galleryCsv(db: Database, query: GalleryQuery, origin: string): Promise<string> {
	const result = await searchGallery(db, { ...query, hal: 1 }, { pageSize: CSV_MAX_ROWS, facets: false });
	const lines = [CSV_COLUMNS.join(',')];
	for (const card of result.items) {
		const i = toOpenDataItem(card, origin);
		lines.push(
			[
				i.slug, i.url, i.title, i.summary, i.agency, i.agencyKind, i.province?.code ?? null, i.province?.name ?? null, i.regency,
				i.stage, i.governmentLevel, i.digital, i.startYear, i.themes.join(';'), i.sdgs.join(';'), i.appreciations, i.publishedAt, i.updatedAt
			]
				.map(csvCell)
				.join(',')
		);
	}
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Escapes text for XML content and attributes, dropping characters XML 1.0 forbids. */
export function xmlEscape(value: string): string {
	return value
		.replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

/** Atom feed of the newest matching entries; `selfPath` carries the filter so each filter has its own feed. */
export async function galleryFeed(db: Database, query: GalleryQuery, origin: string, selfPath: string, title: string): Promise<string> {
	const result = await searchGallery(db, { ...query, urut: 'terbaru', hal: 1 }, { pageSize: FEED_SIZE, facets: false });
	const updated = result.items.reduce((max, c) => (c.updatedAt > max ? c.updatedAt : max), '1970-01-01T00:00:00.000Z');
	const entries = result.items.map((card) => {
		const url = `${origin}/inovasi/${card.slug}`;
		const where = [card.agency, card.province?.name].filter(Boolean).join(' · ');
		return `  <entry>
    <id>${xmlEscape(url)}</id>
    <title>${xmlEscape(card.title)}</title>
    <link rel="alternate" type="text/html" href="${xmlEscape(url)}"/>
    <published>${card.publishedAt}</published>
    <updated>${card.updatedAt}</updated>
    <author><name>${xmlEscape(card.agency ?? 'Ruang Pijar')}</name></author>
    <summary>${xmlEscape(where ? `${card.summary} (${where})` : card.summary)}</summary>
${card.themes.map((t) => `    <category term="${xmlEscape(t.slug)}" label="${xmlEscape(t.nameId)}"/>`).join('\n')}
  </entry>`;
	});
	return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="id">
  <id>${xmlEscape(`${origin}${selfPath}`)}</id>
  <title>${xmlEscape(title)}</title>
  <link rel="self" type="application/atom+xml" href="${xmlEscape(`${origin}${selfPath}`)}"/>
  <link rel="alternate" type="text/html" href="${xmlEscape(`${origin}${selfPath.replace(/^\/feed\.xml/, '/inovasi')}`)}"/>
  <updated>${updated}</updated>
${entries.join('\n')}
</feed>
`;
}

/** Public pages that always exist, for the sitemap. */
const STATIC_PATHS = ['/', '/inovasi', '/metode', '/dampak'];

/** sitemap.xml: the standing public pages, every published entry with its last revision date, public collections and public innovator profiles. */
export async function sitemap(db: Database, origin: string): Promise<string> {
	const rows = await queryRows<{ slug: string; revised_at: Date | string }>(
		db,
		sql`select slug, revised_at from gallery_entries order by first_published_at desc limit 44000`
	);
	// 44,000 entries + 1,000 collections + 5,000 profiles stays under the protocol's 50,000 URLs per sitemap.
	const [curated, people] = await Promise.all([sitemapCollections(db, 1000), sitemapProfileHandles(db, 5000)]);
	const urls = [
		...STATIC_PATHS.map((p) => `  <url><loc>${xmlEscape(origin + p)}</loc></url>`),
		...rows.map((r) => {
			const lastmod = (r.revised_at instanceof Date ? r.revised_at : new Date(r.revised_at)).toISOString();
			return `  <url><loc>${xmlEscape(`${origin}/inovasi/${r.slug}`)}</loc><lastmod>${lastmod}</lastmod></url>`;
		}),
		...curated.map(
			(c) => `  <url><loc>${xmlEscape(`${origin}/koleksi/${c.slug}`)}</loc><lastmod>${c.updatedAt.toISOString()}</lastmod></url>`
		),
		...people.map(
			(p) => `  <url><loc>${xmlEscape(`${origin}/profil/${p.handle}`)}</loc><lastmod>${p.updatedAt.toISOString()}</lastmod></url>`
		)
	];
	return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.join('\n')}
</urlset>
`;
}
