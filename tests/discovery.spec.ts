/**
 * Discovery over HTTP on the production build with the seeded demo: the JSON API's whole envelope
 * against a strict schema (an added, renamed or mistyped field fails), its paging links, and axe on
 * an entry page.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { axeSerious } from './support';
import { z } from 'zod';
import { GOVERNMENT_LEVELS, STAGES } from '../src/lib/innovations/fields';
import { GALLERY_SORTS } from '../src/lib/gallery/query';

const isoDate = z.iso.datetime();

// Strict objects: a field the API starts leaking (an internal id, say) is a failure, not a surprise.
const item = z.strictObject({
	slug: z.string().regex(/^[a-z0-9-]+$/),
	url: z.url(),
	title: z.string().min(1),
	summary: z.string(),
	agency: z.string().nullable(),
	agencyKind: z.string().nullable(),
	province: z.strictObject({ code: z.string().regex(/^\d{2}$/), name: z.string().min(1) }).nullable(),
	regency: z.string(),
	stage: z.enum(STAGES),
	governmentLevel: z.enum(GOVERNMENT_LEVELS).nullable(),
	digital: z.boolean(),
	startYear: z.number().int().min(1945).max(2100),
	themes: z.array(z.string().min(1)),
	sdgs: z.array(z.number().int().min(1).max(17)),
	appreciations: z.number().int().min(0),
	publishedAt: isoDate,
	updatedAt: isoDate
});

const envelope = z.strictObject({
	data: z.array(item),
	meta: z.strictObject({
		total: z.number().int().min(0),
		page: z.number().int().min(1),
		perPage: z.number().int().min(1).max(100),
		pageCount: z.number().int().min(1),
		sort: z.enum(GALLERY_SORTS),
		fuzzy: z.boolean(),
		suggestion: z.string().min(1).nullable()
	}),
	links: z.strictObject({ self: z.url(), next: z.url().nullable(), prev: z.url().nullable() })
});

/** Fetches an API URL and checks the envelope; returns it parsed (the error names every bad path). */
async function getPage(request: APIRequestContext, url: string) {
	const response = await request.get(url);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toContain('application/json');
	expect(response.headers()['access-control-allow-origin']).toBe('*');
	const parsed = envelope.safeParse(await response.json());
	expect(parsed.error?.issues ?? []).toEqual([]);
	return parsed.data!;
}

test('JSON API: every page matches the schema, and the links walk all entries once', async ({ request, baseURL }) => {
	// galleryParams writes `hal` before the API's own `per`; page 1 carries no `hal`.
	const pageUrl = (page: number) => `${baseURL}/api/inovasi?${page > 1 ? `hal=${page}&` : ''}per=7`;
	const first = await getPage(request, '/api/inovasi?per=7');
	const { total, pageCount } = first.meta;
	expect(total).toBeGreaterThan(7); // the demo publishes more than a page, so there are links to follow
	expect(first.meta).toMatchObject({ page: 1, perPage: 7, sort: 'terbaru', fuzzy: false, suggestion: null });
	expect(pageCount).toBe(Math.ceil(total / 7));

	const slugs: string[] = [];
	let body = first;
	for (let page = 1; ; page++) {
		expect(body.meta.page).toBe(page);
		expect(body.links.self).toBe(pageUrl(page));
		expect(body.links.prev).toBe(page > 1 ? pageUrl(page - 1) : null);
		expect(body.links.next).toBe(page < pageCount ? pageUrl(page + 1) : null);
		expect(body.data.length).toBe(page < pageCount ? 7 : total - 7 * (pageCount - 1));
		for (const entry of body.data) {
			expect(entry.url).toBe(`${baseURL}/inovasi/${entry.slug}`);
			slugs.push(entry.slug);
		}
		if (!body.links.next) break;
		body = await getPage(request, body.links.next);
	}
	expect(body.meta.page).toBe(pageCount);
	expect(slugs).toHaveLength(total);
	expect(new Set(slugs).size).toBe(total);
});

test('JSON API: filters, sort and a corrected query keep the schema and report themselves', async ({ request }) => {
	const digital = await getPage(request, '/api/inovasi?digital=ya&urut=apresiasi&per=100');
	expect(digital.meta).toMatchObject({ sort: 'apresiasi', pageCount: 1 });
	expect(digital.data.length).toBe(digital.meta.total);
	expect(digital.data.every((e) => e.digital)).toBe(true);
	expect(digital.links).toMatchObject({ next: null, prev: null });
	const appreciations = digital.data.map((e) => e.appreciations);
	expect(appreciations).toEqual([...appreciations].sort((a, b) => b - a));

	// The typo branch fills `suggestion` (a string), which the plain listing never does.
	const typo = await getPage(request, '/api/inovasi?q=posyanduu');
	expect(typo.meta).toMatchObject({ fuzzy: true, suggestion: 'posyandu', sort: 'relevan' });
	expect(typo.meta.total).toBeGreaterThan(0);
	expect(typo.links.self).toContain('q=posyanduu');
});

test('an entry page of the demo has no serious or critical axe violations', async ({ page, request }) => {
	// The richest demo entry (indicators, a board snapshot), found by name rather than a hard-coded slug.
	const found = await getPage(request, '/api/inovasi?q=sipandu');
	const entry = found.data.find((e) => e.title.startsWith('SIPANDU'));
	expect(entry).toBeDefined();
	await page.goto(new URL(entry!.url).pathname);
	await expect(page.locator('h1')).toContainText('SIPANDU');
	expect(await axeSerious(page)).toEqual([]);
});
