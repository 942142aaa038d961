/**
 * Screenshots of facilitation on a team board for a look by eye: private mode as a participant sees
 * it (own private notes, the banner) and as the facilitator sees it (panel with the hidden count),
 * a spotlight message, and revealed dot-voting results — at 1366 × 768 and 360 × 740, in Indonesian
 * and English, into the git-ignored `screenshots/`.
 *
 *   node server.js (or npm run serve) on a fresh demo database … then:
 *   npx tsx scripts/screenshots-facilitation.ts [baseUrl]
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from '@playwright/test';

const BASE = process.argv[2] ?? 'http://localhost:3000';
const OUT = 'screenshots';
const PASSWORD = 'PijarDemo2026!';

async function signIn(browser: Browser, email: string, viewport: { width: number; height: number }, locale: 'id' | 'en'): Promise<Page> {
	const context = await browser.newContext({ viewport, locale: locale === 'id' ? 'id-ID' : 'en-US', baseURL: BASE });
	const page = await context.newPage();
	await page.goto('/masuk');
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Kata sandi', { exact: true }).fill(PASSWORD);
	await page.locator('main').getByRole('button', { name: 'Masuk' }).click();
	await page.waitForURL((url) => url.pathname === '/');
	return page;
}

async function open(page: Page, path: string, locale: 'id' | 'en'): Promise<void> {
	await page.goto(locale === 'en' ? `/en${path}` : path);
	await page.locator('.sync').waitFor();
	await page.waitForTimeout(1_500);
}

async function note(page: Page, text: string): Promise<void> {
	await page.getByRole('application').focus();
	await page.keyboard.press('Control+Enter');
	await page.keyboard.type(text);
	await page.keyboard.press('Escape');
}

async function run(): Promise<void> {
	mkdirSync(OUT, { recursive: true });
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
	});
	const desk = { width: 1366, height: 768 };
	const ani = await signIn(browser, 'peserta@ruangpijar.id', desk, 'id');
	const tari = await signIn(browser, 'peserta2@ruangpijar.id', desk, 'id');
	const fac = await signIn(browser, 'fasilitator@ruangpijar.id', desk, 'id');

	await ani.goto('/papan');
	await ani.getByRole('textbox', { name: 'Judul papan', exact: true }).fill('Ideasi: antrean layanan KTP');
	const team = ani.getByLabel('Untuk tim');
	await team.selectOption((await team.locator('option', { hasText: 'Tim Melati' }).first().getAttribute('value')) as string);
	await ani.getByRole('button', { name: 'Buat papan' }).click();
	await ani.waitForURL(/\/papan\/[a-z2-7]{24}$/);
	const path = new URL(ani.url()).pathname;
	for (const page of [tari, fac]) await open(page, path, 'id');
	await open(ani, path, 'id');
	await note(ani, 'Antrean daring lewat WhatsApp');
	await note(ani, 'Loket keliling di pasar');
	await note(ani, 'SMS pengingat jadwal');

	// Private mode with a spotlight; Ani and Tari write private notes.
	await fac.getByRole('button', { name: 'Kontrol fasilitator' }).click();
	await fac.getByRole('button', { name: 'Aktifkan mode senyap' }).click();
	await fac.getByLabel('Pesan sorotan untuk semua').fill('Tulis ide Anda sendiri dulu — 5 menit, lalu kita buka bersama.');
	await fac.getByRole('button', { name: 'Tampilkan pesan' }).click();
	await ani.waitForTimeout(800);
	await note(ani, 'Ide pribadi: jemput bola ke kelurahan');
	await note(tari, 'Ide pribadi Tari: kios mandiri');
	await ani.waitForTimeout(6_000);
	await ani.screenshot({ path: `${OUT}/facilitation-private-participant-id.png` });
	await fac.screenshot({ path: `${OUT}/facilitation-private-facilitator-id.png` });

	for (const locale of ['id', 'en'] as const) {
		const phone = await signIn(browser, 'peserta@ruangpijar.id', { width: 360, height: 740 }, locale);
		await open(phone, path, locale);
		await phone.waitForTimeout(1_500);
		await phone.screenshot({ path: `${OUT}/facilitation-private-phone-${locale}.png` });
		await phone.context().close();
	}

	// Reveal, then a vote with results.
	await fac.getByRole('button', { name: 'Tampilkan semua dan akhiri mode senyap' }).click();
	await fac.getByLabel('Suara per orang').fill('2');
	await fac.getByLabel('Anonim').uncheck();
	await fac.getByRole('button', { name: 'Mulai pemungutan suara' }).click();
	for (const [page, text] of [[ani, 'Loket keliling'], [tari, 'Loket keliling'], [tari, 'SMS pengingat']] as const) {
		const box = await page.locator('.shape-sticky', { hasText: text }).boundingBox();
		if (box) await page.mouse.click(box.x + 12, box.y + 12);
		await page.getByRole('button', { name: 'Beri suara pada yang dipilih' }).click();
		await page.waitForTimeout(300);
	}
	await fac.waitForTimeout(3_500);
	await fac.screenshot({ path: `${OUT}/facilitation-standings-facilitator-id.png` });
	await fac.getByRole('button', { name: 'Tampilkan hasil' }).click();
	await ani.waitForTimeout(1_500);
	await ani.screenshot({ path: `${OUT}/facilitation-results-participant-id.png` });
	const en = await signIn(browser, 'peserta2@ruangpijar.id', desk, 'en');
	await open(en, path, 'en');
	await en.screenshot({ path: `${OUT}/facilitation-results-participant-en.png` });
	const enFac = await signIn(browser, 'fasilitator@ruangpijar.id', desk, 'en');
	await open(enFac, path, 'en');
	await enFac.getByRole('button', { name: 'Facilitator controls' }).click();
	await enFac.waitForTimeout(500);
	await enFac.screenshot({ path: `${OUT}/facilitation-panel-facilitator-en.png` });
	await browser.close();
	console.log(`screenshots in ${OUT}/`);
}

await run();
