/**
 * Screenshots of the innovator profile, the profile section of the account page and the talent
 * pool, at phone and desktop widths in both languages. Needs a running server with the demo seed;
 * first gives the demo participant a generated portrait so the profile shows a photo.
 *
 *   npx tsx scripts/screenshots-profiles.ts [--base http://localhost:3000] [--out screenshots]
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';

const args = process.argv.slice(2);
const option = (name: string) => {
	const i = args.indexOf(`--${name}`);
	return i === -1 ? undefined : args[i + 1];
};
const BASE = option('base') ?? 'http://localhost:3000';
const OUT = path.resolve(option('out') ?? 'screenshots');
const PASSWORD = 'PijarDemo2026!';
const SIZES = [
	{ name: '360', width: 360, height: 740 },
	{ name: '1280', width: 1280, height: 800 }
];
const LOCALES = [
	{ name: 'id', prefix: '' },
	{ name: 'en', prefix: '/en' }
];

async function signIn(context: BrowserContext, email: string): Promise<void> {
	const page = await context.newPage();
	await page.goto(`${BASE}/masuk`);
	await page.locator('main input[name="email"]').fill(email);
	await page.locator('main input[name="password"]').fill(PASSWORD);
	await Promise.all([page.waitForURL((url) => !url.pathname.endsWith('/masuk')), page.locator('main form button[type="submit"]').click()]);
	await page.close();
}

/** A soft gradient "portrait" (no real person's face), uploaded through the account page. */
async function givePhoto(browser: Browser): Promise<void> {
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#f4a63a"/><stop offset="1" stop-color="#b4451f"/></linearGradient></defs><rect width="600" height="600" fill="url(#g)"/><circle cx="300" cy="240" r="110" fill="#fbe9df"/><ellipse cx="300" cy="560" rx="210" ry="170" fill="#fbe9df"/></svg>`;
	const png = await sharp(Buffer.from(svg)).png().toBuffer();
	const context = await browser.newContext();
	await signIn(context, 'peserta@ruangpijar.id');
	const page = await context.newPage();
	await page.goto(`${BASE}/akun`);
	await page.locator('input[name="photo"]').setInputFiles({ name: 'foto.png', mimeType: 'image/png', buffer: png });
	await page.locator('form[action="?/photo"]').getByRole('button', { name: 'Unggah foto' }).click();
	await page.locator('form[action="?/photo"] .notice:not(:empty)').waitFor();
	await page.locator('input[name="showPhoto"]').check();
	await page.locator('form[action="?/publicProfile"] button[type="submit"]').click();
	await page.locator('form[action="?/publicProfile"] .notice:not(:empty)').waitFor();
	await context.close();
}

const SHOTS = [
	{ name: 'profil', path: '/profil/putri', as: null },
	{ name: 'akun', path: '/akun', as: 'peserta@ruangpijar.id' },
	{ name: 'talenta', path: '/talenta', as: 'fasilitator@ruangpijar.id' },
	{ name: 'talenta-cari', path: '/talenta?keahlian=fasilitasi', as: 'fasilitator@ruangpijar.id' }
];

async function run(browser: Browser): Promise<void> {
	await mkdir(OUT, { recursive: true });
	await givePhoto(browser);
	for (const size of SIZES) {
		for (const locale of LOCALES) {
			for (const shot of SHOTS) {
				const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
				if (shot.as) await signIn(context, shot.as);
				const page = await context.newPage();
				await page.goto(`${BASE}${locale.prefix}${shot.path}`, { waitUntil: 'networkidle' });
				const file = path.join(OUT, `${shot.name}-${locale.name}-${size.name}.png`);
				await page.screenshot({ path: file, fullPage: true });
				console.log(file);
				await context.close();
			}
		}
	}
}

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--no-first-run']
});
try {
	await run(browser);
} finally {
	await browser.close();
}
