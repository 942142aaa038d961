import { expect, test, type Page } from '@playwright/test';
import { axeSerious, signInOn } from './support';

const heading = (page: Page) => page.locator('#gallery-results-heading');
const countOf = async (page: Page) => Number((await heading(page).textContent())?.match(/\d+/)?.[0]);

test.describe('gallery without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('search and filter with the plain GET form', async ({ page }) => {
		await page.goto('/inovasi');
		const all = await countOf(page);
		expect(all).toBeGreaterThan(1);
		await page.getByLabel('Cari inovasi').fill('puskesmas');
		await page.getByRole('button', { name: 'Cari', exact: true }).click();
		await expect(page).toHaveURL(/q=puskesmas/);
		expect(await countOf(page)).toBeGreaterThan(0);
		expect(await countOf(page)).toBeLessThan(all);

		await page.goto('/inovasi');
		await page.locator('summary', { hasText: 'Digital' }).click();
		await page.locator('input[name="digital"][value="ya"]').check();
		await page.getByRole('button', { name: 'Terapkan saringan' }).click();
		await expect(page).toHaveURL(/digital=ya/);
		const digital = await countOf(page);
		expect(digital).toBeLessThan(all);
		await expect(page.locator('input[name="digital"][value="ya"]')).toBeChecked();
	});

	test('a link past the last page says so and leads to the last page', async ({ page }) => {
		await page.goto('/inovasi?hal=999');
		await expect(page.getByText('Halaman ini sudah lewat dari hasil terakhir')).toBeVisible();
		await expect(page.getByText('Belum ada inovasi yang diterbitkan')).toHaveCount(0);
		await expect(page.getByRole('navigation', { name: /halaman/i })).toHaveCount(0);
		await page.getByRole('link', { name: 'Ke halaman terakhir' }).click();
		await expect(page.locator('.card-grid li').first()).toBeVisible();
	});
});

test.describe('gallery with JavaScript', () => {
	test('a filter applies at once, counts update, URL survives reload and back', async ({ page }) => {
		await page.goto('/inovasi');
		const all = await countOf(page);
		await page.locator('summary', { hasText: 'Tahap' }).click();
		const option = page.locator('input[name="tahap"]').first();
		const value = await option.getAttribute('value');
		const facetCount = Number(await option.locator('xpath=..').locator('.facet-count').textContent());
		await option.check();
		await expect(page).toHaveURL(new RegExp(`tahap=${value}`));
		await expect(heading(page)).toContainText(String(facetCount));
		expect(facetCount).toBeLessThan(all);

		// Another facet's counts now follow the stage filter.
		const digitalCounts = await page.locator('input[name="digital"]').count();
		expect(digitalCounts).toBeGreaterThan(0);

		await page.reload();
		await expect(page.locator(`input[name="tahap"][value="${value}"]`)).toBeChecked();
		await expect(heading(page)).toContainText(String(facetCount));

		await page.goBack();
		await expect(page).not.toHaveURL(/tahap=/);
		await expect(heading(page)).toContainText(String(all));
	});

	test('typo tolerance and a helpful empty state', async ({ page }) => {
		await page.goto('/inovasi?q=posyandu');
		const exact = await countOf(page);
		expect(exact).toBeGreaterThan(0);
		await page.goto('/inovasi?q=posyanduu');
		// The misspelt word is corrected against the gallery's own words, and the page says so.
		expect(await countOf(page)).toBe(exact);
		await expect(page.locator('.notice[role="status"]')).toContainText('menampilkan hasil untuk "posyandu"');
		await page.goto('/inovasi?q=zzqqxxyy');
		await expect(page.locator('.empty')).toContainText('Coba kata lain');
		await expect(page.locator('.empty a', { hasText: 'Hapus semua saringan' })).toBeVisible();
	});

	test('open data endpoints answer with the filters', async ({ request }) => {
		const api = await request.get('/api/inovasi?digital=ya&per=2');
		expect(api.ok()).toBe(true);
		const body = await api.json();
		expect(body.meta.perPage).toBe(2);
		expect(body.data.every((item: { digital: boolean }) => item.digital)).toBe(true);
		const csv = await request.get('/inovasi.csv?digital=ya');
		expect(csv.headers()['content-type']).toContain('text/csv');
		expect((await request.get('/feed.xml')).headers()['content-type']).toContain('atom');
		expect(await (await request.get('/robots.txt')).text()).toMatch(/Sitemap: http.*\/sitemap\.xml/);
	});

	test('dashboard has a table behind every chart; gallery and dashboard pass axe', async ({ page }) => {
		await page.goto('/dampak');
		expect(await page.locator('figure.chart table.table').count()).toBeGreaterThanOrEqual(4);
		await expect(page.locator('figure.chart table.table').first().locator('tbody tr').first()).toBeAttached();
		expect(await axeSerious(page)).toEqual([]);
		await page.goto('/inovasi');
		expect(await axeSerious(page)).toEqual([]);
		await page.goto('/');
		await expect(page.locator('#discover-title')).toBeVisible();
	});

	test('shared caches may keep the gallery and dashboard for visitors, never a signed-in page', async ({ page }) => {
		for (const path of ['/inovasi', '/dampak']) {
			expect((await page.goto(path))?.headers()['cache-control']).toMatch(/^public, max-age=\d+$/);
		}
		await signInOn(page, 'peserta@ruangpijar.id');
		for (const path of ['/inovasi', '/dampak']) {
			expect((await page.goto(path))?.headers()['cache-control']).toBe('private, no-cache');
		}
	});

	test('an entry page points Open Graph at its generated share image', async ({ page, request }) => {
		await page.goto('/inovasi');
		const href = await page.locator('.g-title a').first().getAttribute('href');
		await page.goto(href!);
		const og = await page.locator('meta[property="og:image"]').getAttribute('content');
		expect(og).toMatch(/\/og\.png$/);
		const png = await request.get(new URL(og!).pathname);
		expect(png.headers()['content-type']).toBe('image/png');
		expect((await request.get('/inovasi/tidak-ada/og.png')).status()).toBe(404);
	});
});
