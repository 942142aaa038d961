/**
 * Screenshots of the board editor for a look by eye: a team board with a few dozen shapes (frame,
 * notes in several colors, shapes, text, a drawing, connectors), a second person's cursor, at
 * 1366 × 768 and 360 × 740, in Indonesian and English, into the git-ignored `screenshots/`.
 *
 *   node server.js (or npm run serve) … then: npx tsx scripts/screenshots-canvas.ts [baseUrl]
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from '@playwright/test';

const BASE = process.argv[2] ?? 'http://localhost:3000';
const OUT = 'screenshots';
const PASSWORD = 'PijarDemo2026!';

async function signIn(browser: Browser, email: string, viewport: { width: number; height: number }): Promise<Page> {
	const context = await browser.newContext({ viewport, locale: 'id-ID', baseURL: BASE });
	const page = await context.newPage();
	await page.goto('/masuk');
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Kata sandi', { exact: true }).fill(PASSWORD);
	await page.locator('main').getByRole('button', { name: 'Masuk' }).click();
	await page.waitForURL((url) => url.pathname === '/');
	return page;
}

async function paste(page: Page, text: string): Promise<void> {
	await page.getByRole('application').focus();
	await page.evaluate((value) => {
		const data = new DataTransfer();
		data.setData('text/plain', value);
		document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
	}, text);
}

async function drag(page: Page, from: [number, number], to: [number, number]): Promise<void> {
	await page.mouse.move(from[0], from[1]);
	await page.mouse.down();
	await page.mouse.move(to[0], to[1], { steps: 10 });
	await page.mouse.up();
}

async function tool(page: Page, name: string): Promise<void> {
	await page.getByRole('button', { name, exact: true }).click();
}

async function buildBoard(page: Page): Promise<string> {
	await page.goto('/papan');
	await page.getByRole('textbox', { name: 'Judul papan', exact: true }).fill('Empati: layanan KTP elektronik');
	const team = page.getByLabel('Untuk tim');
	const value = await team.locator('option', { hasText: 'Tim Melati' }).first().getAttribute('value');
	await team.selectOption(value as string);
	await page.getByRole('button', { name: 'Buat papan' }).click();
	await page.waitForURL(/\/papan\/[a-z2-7]{24}$/);
	await page.locator('.sync').filter({ hasText: 'Tersimpan' }).waitFor();
	const path = new URL(page.url()).pathname;

	await paste(
		page,
		[
			'Antrean sejak subuh',
			'Formulir sulit dipahami',
			'Petugas ramah tapi sibuk',
			'Blangko sering habis',
			'Warga lansia kesulitan daring',
			'Informasi syarat tidak jelas',
			'Jam layanan terbatas',
			'Sistem sering gangguan',
			'Perlu bolak-balik 3 kali',
			'Tidak ada ruang tunggu',
			'Warga ingin notifikasi SMS',
			'Petugas kelurahan membantu'
		].join('\n')
	);
	await page.keyboard.press('Shift+1');
	await page.waitForTimeout(300);
	// Recolor a few notes: pick one, click a swatch.
	const notes = page.locator('.shape-sticky');
	const colors = ['Merah muda', 'biru', 'hijau', 'oranye', 'ungu'];
	for (let i = 0; i < 5; i++) {
		const box = await notes.nth(i * 2 + 1).boundingBox();
		if (!box) continue;
		await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
		await page.getByRole('button', { name: new RegExp(`^${colors[i]}$`, 'i') }).first().click();
	}
	await page.keyboard.press('Escape');
	await page.getByRole('application').focus();
	await page.keyboard.press('Control+a');
	await page.keyboard.press('Control+g');
	await page.keyboard.type('');
	await page.keyboard.press('Escape');
	await page.keyboard.press('Shift+1');
	await page.waitForTimeout(300);
	const size = page.viewportSize() ?? { width: 1366, height: 768 };
	// Shapes to the right: a rectangle, an ellipse, a heading, a drawing, connectors.
	await tool(page, 'Persegi');
	await drag(page, [size.width - 330, 120], [size.width - 170, 200]);
	await page.keyboard.type('Akar masalah');
	await page.keyboard.press('Escape');
	await tool(page, 'Elips');
	await drag(page, [size.width - 330, 300], [size.width - 170, 380]);
	await tool(page, 'Teks');
	await page.mouse.click(size.width - 250, 470);
	await page.keyboard.type('Temuan utama');
	await page.keyboard.press('Escape');
	await tool(page, 'Pena');
	await drag(page, [size.width - 330, 560], [size.width - 180, 600]);
	await tool(page, 'Penghubung');
	const first = await notes.nth(0).boundingBox();
	const rect = await page.locator('.shape-rect').first().boundingBox();
	if (first && rect) await drag(page, [first.x + first.width / 2, first.y + first.height / 2], [rect.x + rect.width / 2, rect.y + rect.height / 2]);
	await tool(page, 'Penghubung');
	const ellipse = await page.locator('.shape-ellipse').first().boundingBox();
	if (rect && ellipse) await drag(page, [rect.x + rect.width / 2, rect.y + rect.height / 2], [ellipse.x + ellipse.width / 2, ellipse.y + ellipse.height / 2]);
	await page.keyboard.press('Escape');
	await page.keyboard.press('Shift+1');
	return path;
}

async function main(): Promise<void> {
	mkdirSync(OUT, { recursive: true });
	const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
	try {
		const owner = await signIn(browser, 'peserta@ruangpijar.id', { width: 1366, height: 768 });
		const path = await buildBoard(owner);
		const peer = await signIn(browser, 'peserta2@ruangpijar.id', { width: 1366, height: 768 });
		await peer.goto(path);
		await peer.locator('.sync').filter({ hasText: 'Tersimpan' }).waitFor();
		await peer.keyboard.press('Shift+1');
		await peer.mouse.move(700, 420, { steps: 5 });
		await owner.waitForTimeout(800);
		const note = owner.locator('.shape-sticky').nth(4);
		const box = await note.boundingBox();
		if (box) await owner.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
		await owner.waitForTimeout(300);
		await owner.screenshot({ path: `${OUT}/canvas-desktop-id.png` });
		for (const [lang, prefix] of [
			['id', ''],
			['en', '/en']
		] as const) {
			if (lang === 'en') {
				await owner.goto(prefix + path);
				await owner.locator('.sync').waitFor();
				await owner.waitForTimeout(1500);
				await owner.keyboard.press('Shift+1');
				await owner.waitForTimeout(500);
				await owner.screenshot({ path: `${OUT}/canvas-desktop-en.png` });
			}
			const phone = await signIn(browser, 'peserta@ruangpijar.id', { width: 360, height: 740 });
			await phone.goto(prefix + path);
			await phone.locator('.sync').waitFor();
			await phone.waitForTimeout(1500);
			await phone.screenshot({ path: `${OUT}/canvas-phone-${lang}.png` });
			const list = phone.getByRole('button', { name: lang === 'id' ? 'Tampilan daftar' : 'List view' });
			await list.click();
			await phone.waitForTimeout(300);
			await phone.screenshot({ path: `${OUT}/canvas-phone-list-${lang}.png` });
			await phone.context().close();
		}
		// Far zoom: simplified rendering.
		await owner.getByRole('application').focus();
		for (let i = 0; i < 4; i++) await owner.keyboard.press('-');
		await owner.waitForTimeout(300);
		await owner.screenshot({ path: `${OUT}/canvas-desktop-far.png` });
	} finally {
		await browser.close();
	}
}

await main();
