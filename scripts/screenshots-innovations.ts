/**
 * Screenshots of the innovation pages (public entry, drafting form, curator queue and review,
 * notifications) at phone and desktop widths in both languages, signed in as the demo accounts that
 * use them. Needs a running server with the demo seed; writes PNGs into `screenshots/`.
 *
 *   npx tsx scripts/screenshots-innovations.ts [--base http://localhost:3000] [--only entry,kurasi]
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';

const args = process.argv.slice(2);
const option = (name: string) => {
	const i = args.indexOf(`--${name}`);
	return i === -1 ? undefined : args[i + 1];
};
const BASE = option('base') ?? 'http://localhost:3000';
const ONLY = option('only')?.split(',');
const OUT = path.resolve('screenshots');
const PASSWORD = 'PijarDemo2026!';

const SIZES = [
	{ name: '360', width: 360, height: 740 },
	{ name: '1280', width: 1280, height: 800 }
];
const LOCALES = [
	{ name: 'id', prefix: '' },
	{ name: 'en', prefix: '/en' }
];

type Who = 'anonymous' | 'peserta@ruangpijar.id' | 'kurator@ruangpijar.id' | 'peserta3@ruangpijar.id';
interface Shot {
	name: string;
	who: Who;
	/** A path, or a function that finds it from a page already open (ids differ per database). */
	path: string | ((page: Page) => Promise<string>);
}

async function entryLink(page: Page, list: string, title: string): Promise<string> {
	await gotoSettled(page, `${BASE}${list}`);
	const href = await page.getByRole('link', { name: title }).first().getAttribute('href');
	if (!href) throw new Error(`no link to ${title} on ${list}`);
	return href.replace(/^\/en(?=\/)/, '');
}

const DRAFT = 'Rapor Layanan Kelurahan';
const SUBMITTED = 'Konseling Remaja Daring Puskesmas';

const SHOTS: Shot[] = [
	{ name: 'entry', who: 'anonymous', path: '/inovasi/sipandu-antrean-puskesmas-lewat-whatsapp' },
	{ name: 'entry-signed-in', who: 'peserta3@ruangpijar.id', path: '/inovasi/dashat-dapur-sehat-atasi-stunting-di-posyandu' },
	{ name: 'replikasi', who: 'peserta@ruangpijar.id', path: '/inovasi/pasar-tani-daring-bumdes/replikasi' },
	{ name: 'inovasi-saya', who: 'peserta@ruangpijar.id', path: '/inovasi-saya' },
	{ name: 'form-ringkasan', who: 'peserta@ruangpijar.id', path: async (p) => `${await entryLink(p, '/inovasi-saya', DRAFT)}/ringkasan` },
	{ name: 'form-dampak', who: 'peserta@ruangpijar.id', path: async (p) => `${await entryLink(p, '/inovasi-saya', DRAFT)}/dampak` },
	{ name: 'form-klasifikasi', who: 'peserta@ruangpijar.id', path: async (p) => `${await entryLink(p, '/inovasi-saya', DRAFT)}/klasifikasi` },
	{ name: 'form-kirim', who: 'peserta@ruangpijar.id', path: async (p) => `${await entryLink(p, '/inovasi-saya', DRAFT)}/kirim` },
	{ name: 'form-tim', who: 'peserta@ruangpijar.id', path: async (p) => `${await entryLink(p, '/inovasi-saya', DRAFT)}/tim` },
	{ name: 'form-media', who: 'peserta@ruangpijar.id', path: async (p) => `${await entryLink(p, '/inovasi-saya', DRAFT)}/media` },
	{ name: 'notifikasi', who: 'peserta@ruangpijar.id', path: '/notifikasi' },
	{ name: 'team-replikasi', who: 'peserta3@ruangpijar.id', path: async (p) => `${await entryLink(p, '/inovasi-saya', 'Pasar Tani Daring BUMDes')}/replikasi` },
	{ name: 'kurasi', who: 'kurator@ruangpijar.id', path: '/kurasi' },
	{ name: 'kurasi-tinjau', who: 'kurator@ruangpijar.id', path: async (p) => entryLink(p, '/kurasi', SUBMITTED) },
	{ name: 'kurasi-koleksi', who: 'kurator@ruangpijar.id', path: '/kurasi/koleksi' }
];

// One sign-in per account for the whole run (sign-in is rate-limited); only the session cookie is reused.
const sessions = new Map<string, { name: string; value: string; domain: string; path: string }>();

async function signIn(context: BrowserContext, email: string): Promise<void> {
	const known = sessions.get(email);
	if (known) return context.addCookies([known]);
	const page = await context.newPage();
	await page.goto(`${BASE}/masuk`);
	await page.locator('main input[name="email"]').fill(email);
	await page.locator('main input[name="password"]').fill(PASSWORD);
	await Promise.all([page.waitForURL((url) => !url.pathname.endsWith('/masuk')), page.locator('main form button[type="submit"]').click()]);
	const cookie = (await context.cookies()).find((c) => c.name === 'rp_session');
	if (cookie) sessions.set(email, { name: cookie.name, value: cookie.value, domain: cookie.domain, path: cookie.path });
	await page.close();
}

/** Opens a page and waits for the network to settle; retries twice (a dev server may be reloading). */
async function gotoSettled(page: Page, url: string): Promise<void> {
	for (let attempt = 1; ; attempt++) {
		try {
			await page.goto(url, { waitUntil: 'networkidle', timeout: 60_000 });
			return;
		} catch (error) {
			if (attempt >= 3) throw error;
		}
	}
}

async function run(browser: Browser): Promise<void> {
	await mkdir(OUT, { recursive: true });
	const people = [...new Set(SHOTS.map((s) => s.who))];
	for (const size of SIZES) {
		for (const locale of LOCALES) {
			for (const who of people) {
				const shots = SHOTS.filter((s) => s.who === who && (!ONLY || ONLY.includes(s.name)));
				if (shots.length === 0) continue;
				const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
				if (who !== 'anonymous') await signIn(context, who);
				const page = await context.newPage();
				for (const shot of shots) {
					const target = typeof shot.path === 'string' ? shot.path : await shot.path(page);
					await gotoSettled(page, `${BASE}${locale.prefix}${target}`);
					const file = path.join(OUT, `inovasi-${shot.name}-${locale.name}-${size.name}.png`);
					await page.screenshot({ path: file, fullPage: true });
					console.log(file);
				}
				await context.close();
			}
		}
	}
}

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu']
});
try {
	await run(browser);
} finally {
	await browser.close();
}
