/**
 * Screenshots of the board list and sharing pages at phone and desktop widths in both languages,
 * for design review. Needs a running server with the demo data; writes PNGs into the git-ignored
 * `screenshots/` folder. Creates a few boards as the demo participant the first time.
 *
 *   npx tsx scripts/screenshots-boards.ts [--base http://localhost:3000]
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';

const args = process.argv.slice(2);
const i = args.indexOf('--base');
const BASE = i === -1 ? 'http://localhost:3000' : (args[i + 1] as string);
const OUT = path.resolve('screenshots');
const USER = { email: 'peserta@ruangpijar.id', password: 'PijarDemo2026!' };

async function signIn(context: BrowserContext): Promise<Page> {
	const page = await context.newPage();
	await page.goto(`${BASE}/masuk`, { waitUntil: 'networkidle' });
	await page.locator('main input[name="email"]').fill(USER.email);
	await page.locator('main input[name="password"]').fill(USER.password);
	await Promise.all([page.waitForURL((url) => !url.pathname.endsWith('/masuk')), page.locator('main form button[type="submit"]').click()]);
	return page;
}

/** Makes sure the list has something to show: a personal board from a template, shared by link. */
async function seed(page: Page): Promise<string> {
	await page.goto(`${BASE}/papan`, { waitUntil: 'networkidle' });
	const existing = page.locator('main li.row h3 a', { hasText: 'Peta empati layanan NIB' });
	if ((await existing.count()) === 0) {
		await page.locator('#board-title').fill('Peta empati layanan NIB');
		await page.locator('#board-template').selectOption('empathy-map');
		await Promise.all([page.waitForURL(/\/papan\/[a-z2-7]{24}/), page.getByRole('button', { name: 'Buat papan' }).click()]);
		await page.goto(`${BASE}/papan`, { waitUntil: 'networkidle' });
	}
	const href = await page.locator('main li.row h3 a', { hasText: 'Peta empati layanan NIB' }).first().getAttribute('href');
	const id = href!.split('/').pop()!;
	await page.goto(`${BASE}/papan/${id}/bagikan`, { waitUntil: 'networkidle' });
	if ((await page.locator('#view-link').count()) === 0) {
		await page.getByRole('button', { name: 'Buat tautan' }).click();
		await page.locator('#view-link').waitFor();
	}
	if ((await page.locator('.people li').count()) === 0) {
		await page.locator('#share-email').fill('mentor@ruangpijar.id');
		await page.locator('#share-role').selectOption('comment');
		await page.getByRole('button', { name: 'Bagikan', exact: true }).click();
		await page.locator('.people li').first().waitFor();
	}
	return id;
}

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--no-first-run']
});
try {
	await mkdir(OUT, { recursive: true });
	let id = '';
	for (const size of [
		{ name: '360', width: 360, height: 740 },
		{ name: '1280', width: 1280, height: 800 }
	]) {
		for (const locale of [
			{ name: 'id', prefix: '' },
			{ name: 'en', prefix: '/en' }
		]) {
			const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
			const page = await signIn(context);
			if (!id) id = await seed(page);
			for (const [name, url] of [
				['papan', '/papan'],
				['papan-bagikan', `/papan/${id}/bagikan`]
			] as const) {
				await page.goto(`${BASE}${locale.prefix}${url}`, { waitUntil: 'networkidle' });
				const file = path.join(OUT, `${name}-${locale.name}-${size.name}.png`);
				await page.screenshot({ path: file, fullPage: true });
				console.log(file);
			}
			// The export menu, open in the editor's top bar.
			await page.goto(`${BASE}${locale.prefix}/papan/${id}`, { waitUntil: 'networkidle' });
			await page.locator('.export button[aria-haspopup="menu"]').click();
			await page.getByRole('menu').waitFor();
			const file = path.join(OUT, `papan-ekspor-${locale.name}-${size.name}.png`);
			await page.screenshot({ path: file });
			console.log(file);
			await context.close();
		}
	}
} finally {
	await browser.close();
}
