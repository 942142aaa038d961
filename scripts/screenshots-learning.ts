/**
 * Screenshots of the learning pages (record, attendance, verification, admin JP) at phone and
 * desktop widths in both languages, for design review. Needs a running server with the demo
 * data; writes PNGs into the git-ignored `screenshots/` folder.
 *
 *   npx tsx scripts/screenshots-learning.ts [--base http://localhost:3000]
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';

const args = process.argv.slice(2);
const i = args.indexOf('--base');
const BASE = i === -1 ? 'http://localhost:3000' : (args[i + 1] as string);
const OUT = path.resolve('screenshots');
const PASSWORD = 'PijarDemo2026!';
const WIDTHS = [
	['phone', 360, 780],
	['desktop', 1280, 900]
] as const;

async function signedIn(browser: Browser, email: string, width: number, height: number): Promise<Page> {
	const context = await browser.newContext({ viewport: { width, height } });
	const page = await context.newPage();
	await page.goto(`${BASE}/masuk`, { waitUntil: 'networkidle' });
	await page.locator('main input[name="email"]').fill(email);
	await page.locator('main input[name="password"]').fill(PASSWORD);
	await Promise.all([page.waitForURL((url) => !url.pathname.endsWith('/masuk')), page.locator('main form button[type="submit"]').click()]);
	return page;
}

async function shot(page: Page, url: string, name: string) {
	await page.goto(`${BASE}${url}`, { waitUntil: 'networkidle' });
	await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: true });
	console.log(`${name}.png`);
}

async function main() {
	await mkdir(OUT, { recursive: true });
	const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
	try {
		for (const [label, width, height] of WIDTHS) {
			const participant = await signedIn(browser, 'peserta@ruangpijar.id', width, height);
			const facilitator = await signedIn(browser, 'fasilitator@ruangpijar.id', width, height);
			const admin = await signedIn(browser, 'admin@ruangpijar.id', width, height);
			await participant.goto(`${BASE}/belajar`, { waitUntil: 'networkidle' });
			const number = (await participant.locator('[data-testid="my-certificates"] a[href*="/sertifikat/"]').first().textContent())!.trim();
			await facilitator.goto(`${BASE}/lokakarya`, { waitUntil: 'networkidle' });
			const workshop = await facilitator.locator('main a[href*="/lokakarya/"]').evaluateAll((links) =>
				links.map((a) => (a as HTMLAnchorElement).pathname.match(/^\/(?:en\/)?lokakarya\/(\d+)/)?.[1]).find(Boolean)
			);
			for (const [lang, prefix] of [
				['id', ''],
				['en', '/en']
			] as const) {
				// Signing in stores the account's language; the language switch stores this one instead.
				for (const page of [participant, facilitator, admin]) await page.goto(`${BASE}/bahasa/${lang}?ke=/`, { waitUntil: 'networkidle' });
				await shot(participant, `${prefix}/belajar`, `learning-record-${lang}-${label}`);
				await shot(participant, `${prefix}/belajar/jalur/dasar-design-thinking`, `learning-path-${lang}-${label}`);
				await shot(facilitator, `${prefix}/lokakarya/${workshop}/kehadiran`, `learning-attendance-${lang}-${label}`);
				await shot(admin, `${prefix}/sertifikat/${number}`, `learning-verify-${lang}-${label}`);
				await shot(admin, `${prefix}/admin/jp`, `learning-admin-jp-${lang}-${label}`);
			}
			for (const page of [participant, facilitator, admin]) await page.context().close();
		}
	} finally {
		await browser.close();
	}
}

await main();
