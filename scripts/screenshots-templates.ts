/**
 * Screenshots of every method template for a look by eye: for each method, a new board started from
 * its template through the board list (as the demo participant, so the template is written in the
 * creator's language), zoomed to fit at 1366 × 768, in Indonesian and English; and the method's
 * public page /metode/<id> at 360 px wide, whole and its template section alone. Needs a running
 * server with the demo data; writes PNGs into the git-ignored `screenshots/` (each run adds one
 * board per method and language to the participant's list).
 *
 *   npm run serve … then: npx tsx scripts/screenshots-templates.ts [baseUrl] [method-id …]
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { METHODS } from '../src/lib/methods/index';

const BASE = process.argv[2] ?? 'http://localhost:3000';
const ONLY = process.argv.slice(3);
const OUT = path.resolve('screenshots');
const USER = { email: 'peserta@ruangpijar.id', password: 'PijarDemo2026!' };
const LOCALES = ['id', 'en'] as const;

async function signIn(browser: Browser, viewport: { width: number; height: number }): Promise<Page> {
	const context = await browser.newContext({ viewport, locale: 'id-ID', baseURL: BASE });
	const page = await context.newPage();
	await page.goto('/masuk', { waitUntil: 'networkidle' });
	await page.locator('main input[name="email"]').fill(USER.email);
	await page.locator('main input[name="password"]').fill(USER.password);
	await Promise.all([page.waitForURL((url) => !url.pathname.endsWith('/masuk')), page.locator('main form button[type="submit"]').click()]);
	return page;
}

/** Opens a page in a language through the language switch, which also stores the choice (a cookie the app then follows). */
async function gotoIn(page: Page, locale: string, path: string): Promise<void> {
	await page.goto(`/bahasa/${locale}?ke=${encodeURIComponent(path)}`, { waitUntil: 'networkidle' });
}

/** Starts a personal board from a template through the board list's create form, in the creator's language. */
async function boardFromTemplate(page: Page, locale: string, methodId: string, title: string): Promise<void> {
	await gotoIn(page, locale, '/papan');
	await page.locator('#board-title').fill(title);
	await page.locator('#board-template').selectOption(methodId);
	await Promise.all([
		page.waitForURL(/\/papan\/[a-z2-7]{24}$/),
		page.locator('form[action="?/create"] button[type="submit"]').click()
	]);
	await page.locator('[data-shape-id]').first().waitFor({ timeout: 60_000 });
	// Let the sync settle, then zoom to fit (Shift+1) and wait for the detailed rendering.
	await page.waitForTimeout(800);
	await page.getByRole('application').focus();
	await page.keyboard.press('Shift+1');
	await page.mouse.move(2, 400);
	await page.waitForTimeout(700);
}

async function main(): Promise<void> {
	mkdirSync(OUT, { recursive: true });
	const methods = METHODS.filter((m) => ONLY.length === 0 || ONLY.includes(m.id));
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--no-first-run']
	});
	try {
		const desk = await signIn(browser, { width: 1366, height: 768 });
		const phone = await signIn(browser, { width: 360, height: 740 });
		for (const method of methods) {
			for (const locale of LOCALES) {
				await boardFromTemplate(desk, locale, method.id, `${method.text[locale].name} (${locale})`);
				const board = path.join(OUT, `template-${method.id}-${locale}.png`);
				await desk.screenshot({ path: board });
				console.log(board);
				await gotoIn(phone, locale, `/metode/${method.id}`);
				const detail = path.join(OUT, `metode-${method.id}-${locale}-360.png`);
				await phone.screenshot({ path: detail, fullPage: true });
				console.log(detail);
				// The template section alone, readable at full size (the whole page is long).
				const section = path.join(OUT, `metode-${method.id}-${locale}-360-template.png`);
				// A clip of the full page, so the sticky header does not cover the section as it would when scrolled to.
				const box = await phone.locator('section[aria-labelledby="template"]').evaluate((el) => {
					const r = el.getBoundingClientRect();
					return { x: r.x + window.scrollX, y: r.y + window.scrollY, width: r.width, height: r.height };
				});
				await phone.screenshot({ path: section, fullPage: true, clip: box });
				console.log(section);
			}
		}
	} finally {
		await browser.close();
	}
}

await main();
