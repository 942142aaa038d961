/**
 * Full-page screenshots of the main pages at phone and desktop widths in both languages, for design
 * review. Needs a running server (e.g. `npm run serve`); writes PNGs into the git-ignored
 * `screenshots/` folder.
 *
 *   npx tsx scripts/screenshots.ts [--base http://localhost:3000] [--only home,404]
 *
 * Admin pages are taken signed in as the demo admin.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';

const args = process.argv.slice(2);
const option = (name: string) => {
	const i = args.indexOf(`--${name}`);
	return i === -1 ? undefined : args[i + 1];
};
const BASE = option('base') ?? 'http://localhost:3000';
const ONLY = option('only')?.split(',');
const OUT = path.resolve('screenshots');
const ADMIN = { email: 'admin@ruangpijar.id', password: 'PijarDemo2026!' };

const SIZES = [
	{ name: '360', width: 360, height: 740 },
	{ name: '1280', width: 1280, height: 800 }
];
const LOCALES = [
	{ name: 'id', prefix: '' },
	{ name: 'en', prefix: '/en' }
];
interface Shot {
	name: string;
	path: string;
	signedIn?: boolean;
	/** Open the narrow-screen menu before the screenshot. */
	menu?: boolean;
}
const SHOTS: Shot[] = [
	{ name: 'home', path: '/' },
	{ name: 'home-menu', path: '/', menu: true },
	{ name: 'home-signed-in', path: '/', signedIn: true },
	{ name: '404', path: '/halaman-yang-tidak-ada' },
	{ name: 'masuk', path: '/masuk' },
	{ name: 'daftar', path: '/daftar' },
	{ name: 'admin', path: '/admin', signedIn: true }
];

async function signIn(context: BrowserContext): Promise<void> {
	const page = await context.newPage();
	await page.goto(`${BASE}/masuk`);
	await page.locator('main input[name="email"]').fill(ADMIN.email);
	await page.locator('main input[name="password"]').fill(ADMIN.password);
	await Promise.all([page.waitForURL((url) => !url.pathname.endsWith('/masuk')), page.locator('main form button[type="submit"]').click()]);
	await page.close();
}

async function run(browser: Browser): Promise<void> {
	await mkdir(OUT, { recursive: true });
	for (const size of SIZES) {
		// A fresh context per language: the saved-language cookie would otherwise carry over.
		for (const locale of LOCALES) {
			for (const signedIn of [false, true]) {
				const shots = SHOTS.filter(
					(s) => !!s.signedIn === signedIn && (!ONLY || ONLY.includes(s.name)) && !(s.menu && size.width >= 960)
				);
				if (shots.length === 0) continue;
				const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
				if (signedIn) await signIn(context);
				const page = await context.newPage();
				for (const shot of shots) {
					const url = `${BASE}${locale.prefix}${shot.path === '/' && locale.prefix ? '' : shot.path}`;
					await page.goto(url, { waitUntil: 'networkidle' });
					if (shot.menu) await page.locator('summary.menu-toggle').click();
					const file = path.join(OUT, `${shot.name}-${locale.name}-${size.name}.png`);
					await page.screenshot({ path: file, fullPage: !shot.menu });
					console.log(file);
				}
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
