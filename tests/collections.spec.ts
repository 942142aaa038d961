/**
 * Curated collections end to end, on the production build with the seeded demo. The demo seeds
 * collections of its own, so a curator builds one with a unique title through /kurasi first (adding
 * two published entries in an order the gallery would not use) and every step finds it by that title;
 * a visitor then follows it from the home page to its public page.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeSerious, signedIn } from './support';

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

/** The entry addresses a page's gallery cards link to, in page order. */
async function cardHrefs(page: Page): Promise<string[]> {
	return page.locator('.g-title a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

test.describe.configure({ mode: 'serial' });

test('a curator collection: from the home page to its page, in the curator order, without JavaScript too', async ({ browser, page, request }) => {
	test.setTimeout(120_000);
	const title = `Koleksi Uji ${unique()}`;
	const description = 'Dua inovasi pilihan kurator untuk diuji.';

	// The two newest published entries; added oldest first, so the collection reverses the gallery's order.
	await page.goto('/inovasi?urut=terbaru');
	const [newer, older] = (await cardHrefs(page)).slice(0, 2);
	expect(newer).toMatch(/^\/inovasi\/[a-z0-9-]+$/);
	expect(older).toMatch(/^\/inovasi\/[a-z0-9-]+$/);

	const curator = await signedIn(browser, 'kurator@ruangpijar.id');
	const c = curator.page;
	let curatorLink = '';
	await test.step('the curator creates the collection and adds two entries', async () => {
		await c.goto('/kurasi/koleksi');
		await c.locator('main input[name="title"]').fill(title);
		await c.locator('main textarea[name="description"]').fill(description);
		await Promise.all([c.waitForURL(/\/kurasi\/koleksi\/\d+$/), c.locator('main').getByRole('button', { name: 'Buat koleksi' }).click()]);
		const editPage = c.url();
		// Empty, it has no public page yet: a note instead of a link that would be a 404.
		await expect(c.locator('main')).toContainText('Belum ada halaman publik');
		await expect(c.locator('main').getByRole('link', { name: 'Lihat halaman publik' })).toHaveCount(0);
		for (const href of [older!, newer!]) {
			await c.goto(href);
			await Promise.all([c.waitForURL(/\/kurasi\/\d+$/), c.locator('main').getByRole('link', { name: 'Buka di kurasi' }).click()]);
			const row = c.locator('ul.collections li', { hasText: title });
			await row.getByRole('button', { name: 'Tambahkan' }).click();
			await expect(row.getByRole('button', { name: 'Keluarkan' })).toBeVisible();
		}
		await c.goto(editPage);
		curatorLink = (await c.locator('main').getByRole('link', { name: 'Lihat halaman publik' }).getAttribute('href')) ?? '';
	});
	await curator.context.close();

	let slug = '';
	await test.step('the home page links the collection title and the whole collection', async () => {
		await page.goto('/');
		const card = page.locator('ul.collections > li', { hasText: title });
		await expect(card.getByRole('link', { name: 'Lihat seluruh koleksi (2)' })).toBeVisible();
		await Promise.all([page.waitForURL(/\/koleksi\/[a-z0-9-]+$/), card.getByRole('link', { name: title, exact: true }).click()]);
		slug = new URL(page.url()).pathname.split('/').pop()!;
		// The curator's page linked the same public page.
		expect(curatorLink).toBe(`/koleksi/${slug}`);
	});

	await test.step('the collection page shows its entries in the curator order, with its head tags', async () => {
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
		await expect(page.locator('main')).toContainText(description);
		expect(await cardHrefs(page)).toEqual([older, newer]);
		await expect(page).toHaveTitle(`${title} · Ruang Pijar`);
		expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(new RegExp(`/koleksi/${slug}$`));
		expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(title);
		expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe(description);
		expect(await axeSerious(page)).toEqual([]);
		// An entry card leads to the entry.
		await Promise.all([page.waitForURL((url) => url.pathname === older), page.locator('.g-title a').first().click()]);
	});

	await test.step('the page is server-rendered, cacheable and in the sitemap', async () => {
		const noJs = await browser.newContext({ javaScriptEnabled: false });
		const p = await noJs.newPage();
		const response = await p.goto(`/koleksi/${slug}`);
		expect(response?.status()).toBe(200);
		expect(response?.headers()['cache-control']).toBe('public, max-age=30');
		expect(await cardHrefs(p)).toEqual([older, newer]);
		await noJs.close();
		expect(await (await request.get('/sitemap.xml')).text()).toContain(`/koleksi/${slug}</loc>`);
	});
});

test('an unknown collection is a 404', async ({ page, request }) => {
	expect((await request.get('/koleksi/tidak-ada-koleksi-ini')).status()).toBe(404);
	const response = await page.goto('/koleksi/tidak-ada-koleksi-ini');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Halaman tidak ditemukan');
});
