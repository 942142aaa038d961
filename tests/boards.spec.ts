import { DOMParser } from '@xmldom/xmldom';
import { expect, test, type Browser, type BrowserContext, type Download, type Page } from '@playwright/test';

// The boards list, sharing and export end to end, on the production build and a fresh seeded
// embedded database. Other suites share the database, so every board here has a unique title.
const PASSWORD = 'PijarDemo2026!';
const OWNER = 'peserta3@ruangpijar.id';
const OTHER = 'peserta4@ruangpijar.id';

async function signIn(browser: Browser, email: string): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'id-ID', acceptDownloads: true });
	const page = await context.newPage();
	await page.goto('/masuk');
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Kata sandi', { exact: true }).fill(PASSWORD);
	await page.locator('main').getByRole('button', { name: 'Masuk' }).click();
	await page.waitForURL((url) => url.pathname === '/');
	return { context, page };
}

const unique = (title: string) => `${title} ${Math.random().toString(36).slice(2, 7)}`;

/** Creates a personal board from the list page (optionally from a template); returns its id. */
async function createBoard(page: Page, title: string, template = ''): Promise<string> {
	await page.goto('/papan');
	await page.getByRole('textbox', { name: 'Judul papan', exact: true }).fill(title);
	if (template) await page.getByLabel('Mulai dari').selectOption(template);
	await page.getByRole('button', { name: 'Buat papan' }).click();
	await page.waitForURL(/\/papan\/[a-z2-7]{24}$/);
	return new URL(page.url()).pathname.split('/').pop()!;
}

function row(page: Page, title: string) {
	return page.locator('main li.row').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
}

async function openBoard(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await expect(page.locator('.sync')).toHaveText(/Tersimpan/, { timeout: 15_000 });
	// Shapes are mounted over a few frames; the canvas is aria-busy until all of them are in.
	await expect(page.getByRole('application')).toHaveAttribute('aria-busy', 'false');
}

/** A form POST made outside the page's forms, as a forger would (same session, same origin). */
async function forge(page: Page, path: string, fields: Record<string, string>): Promise<number> {
	const origin = new URL(page.url()).origin;
	const response = await page.request.post(path, { form: fields, headers: { origin, accept: 'text/html' }, maxRedirects: 0 });
	return response.status();
}

test.describe('boards list', () => {
	test.describe.configure({ timeout: 90_000 });

	test('create from a template, rename, duplicate, and delete only after confirming', async ({ browser }) => {
		const { context, page } = await signIn(browser, OWNER);
		const title = unique('Peta empati layanan SIM');
		const id = await createBoard(page, title, 'empathy-map');
		await openBoard(page, `/papan/${id}`);
		// The template's frames and example notes are on the new board (all mounted: openBoard waits).
		await expect(page.locator('.shape-sticky').first()).toBeVisible();
		const notes = await page.locator('.shape-sticky').count();
		expect(notes).toBeGreaterThan(0);

		await page.goto('/papan');
		const renamed = unique('Peta empati layanan SIM keliling');
		await row(page, title).locator('summary', { hasText: 'Ganti judul' }).click();
		await row(page, title).getByLabel(`Judul baru untuk “${title}”`).fill(renamed);
		await row(page, title).getByRole('button', { name: 'Ganti judul' }).click();
		await expect(page.getByRole('status').filter({ hasText: `Judul papan diganti menjadi “${renamed}”.` })).toBeVisible();
		await expect(row(page, renamed)).toHaveCount(1);

		await row(page, renamed).getByRole('button', { name: `Duplikat papan “${renamed}”` }).click();
		const copyTitle = `Salinan ${renamed}`;
		await expect(page.getByRole('status').filter({ hasText: `Salinan dibuat: “${copyTitle}”.` })).toBeVisible();
		await expect(row(page, copyTitle)).toHaveCount(1);
		await page.getByRole('link', { name: 'Buka salinan' }).click();
		await expect(page.locator('.sync')).toHaveText(/Tersimpan/, { timeout: 15_000 });
		await expect(page.locator('.shape-sticky')).toHaveCount(notes);

		await page.goto('/papan');
		const copy = row(page, copyTitle);
		await copy.locator('summary', { hasText: 'Hapus…' }).click();
		await copy.getByRole('button', { name: 'Hapus papan' }).click();
		await expect(copy.getByText('Centang kotak konfirmasi untuk menghapus papan.')).toBeVisible();
		await expect(row(page, copyTitle)).toHaveCount(1);
		await copy.getByLabel(/Ya, hapus/).check();
		await copy.getByRole('button', { name: 'Hapus papan' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Papan dihapus.' })).toBeVisible();
		await expect(row(page, copyTitle)).toHaveCount(0);
		await expect(row(page, renamed)).toHaveCount(1);
		await context.close();
	});

	test('works without JavaScript: create, rename and delete are plain forms', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, locale: 'id-ID' });
		const page = await context.newPage();
		await page.goto('/masuk');
		await page.getByLabel('Email').fill(OWNER);
		await page.getByLabel('Kata sandi', { exact: true }).fill(PASSWORD);
		await page.locator('main').getByRole('button', { name: 'Masuk' }).click();
		await page.waitForURL((url) => url.pathname === '/');
		await page.goto('/papan');
		// An empty title is refused next to the field and nothing is created.
		await page.getByRole('textbox', { name: 'Judul papan', exact: true }).fill('   ');
		await page.getByRole('button', { name: 'Buat papan' }).click();
		await expect(page.locator('#board-title-error')).toHaveText('Wajib diisi.');
		const first = unique('Papan tanpa JS');
		await createBoard(page, first);
		await page.goto('/papan');
		const title = `${first} diganti`;
		await row(page, first).locator('summary', { hasText: 'Ganti judul' }).click();
		await row(page, first).getByLabel(`Judul baru untuk “${first}”`).fill(title);
		await row(page, first).getByRole('button', { name: 'Ganti judul' }).click();
		await expect(page.getByText(`Judul papan diganti menjadi “${title}”.`)).toBeVisible();
		await row(page, title).locator('summary', { hasText: 'Hapus…' }).click();
		await row(page, title).getByLabel(/Ya, hapus/).check();
		await row(page, title).getByRole('button', { name: 'Hapus papan' }).click();
		await expect(page.getByText('Papan dihapus.')).toBeVisible();
		await expect(row(page, title)).toHaveCount(0);
		await context.close();
	});

	test('share with the view role: the other person sees it read-only, and cannot manage it with forged posts', async ({ browser }) => {
		const owner = await signIn(browser, OWNER);
		const title = unique('Papan dibagikan');
		const id = await createBoard(owner.page, title);
		await owner.page.goto('/papan');
		await row(owner.page, title).getByRole('link', { name: `Bagikan papan “${title}”` }).click();
		await expect(owner.page).toHaveURL(new RegExp(`/papan/${id}/bagikan$`));
		await owner.page.getByLabel('Email').fill('tidak.ada@contoh.go.id');
		await owner.page.getByRole('button', { name: 'Bagikan', exact: true }).click();
		await expect(owner.page.locator('#share-email-error')).toHaveText('Tidak ada akun aktif dengan email ini.');
		await owner.page.getByLabel('Email').fill(OTHER);
		await owner.page.getByLabel('Peran', { exact: true }).selectOption('view');
		await owner.page.getByRole('button', { name: 'Bagikan', exact: true }).click();
		await expect(owner.page.getByRole('status').filter({ hasText: 'Papan dibagikan kepada' })).toBeVisible();
		await expect(owner.page.locator('.people li')).toHaveCount(1);

		const other = await signIn(browser, OTHER);
		await other.page.goto('/papan');
		const shared = other.page.locator('section', { has: other.page.getByRole('heading', { name: 'Dibagikan kepada saya' }) });
		await expect(row(other.page, title)).toHaveCount(1);
		await expect(shared.locator('li.row', { hasText: title }).getByText('Pengamat')).toBeVisible();
		// Viewers get neither duplicate, rename, share nor delete.
		await expect(row(other.page, title).getByRole('button')).toHaveCount(0);
		await expect(row(other.page, title).getByText('Hapus…')).toHaveCount(0);
		await openBoard(other.page, `/papan/${id}`);
		await expect(other.page.getByText('Anda hanya dapat melihat papan ini')).toBeVisible();

		// Forged posts from the viewer: no share, no rename, no delete, no link.
		expect(await forge(other.page, '/papan?/delete', { id, confirm: 'on' })).toBe(403);
		expect(await forge(other.page, '/papan?/rename', { id, title: 'Dibajak' })).toBe(403);
		expect(await forge(other.page, `/papan/${id}/bagikan?/share`, { email: OTHER, role: 'edit' })).toBe(403);
		expect(await forge(other.page, `/papan/${id}/bagikan?/linkOn`, {})).toBe(403);
		expect((await other.page.goto(`/papan/${id}/bagikan`))?.status()).toBe(403);

		// Even as an editor they may not delete or share it: only the owner (or an admin) may.
		await owner.page.getByLabel(/^Peran /).selectOption('edit');
		await owner.page.locator('.people li').getByRole('button', { name: 'Simpan' }).click();
		await expect(owner.page.locator('.people li select')).toHaveValue('edit');
		expect(await forge(other.page, '/papan?/delete', { id, confirm: 'on' })).toBe(403);
		expect(await forge(other.page, `/papan/${id}/bagikan?/share`, { email: 'mentor@ruangpijar.id', role: 'edit' })).toBe(403);
		// A stranger learns nothing: the board does not exist for them.
		const stranger = await signIn(browser, 'mentor@ruangpijar.id');
		expect(await forge(stranger.page, '/papan?/delete', { id, confirm: 'on' })).toBe(404);
		await owner.page.goto('/papan');
		await expect(row(owner.page, title)).toHaveCount(1);

		// Removing access takes the board out of their list.
		await owner.page.goto(`/papan/${id}/bagikan`);
		await owner.page.getByRole('button', { name: /^Cabut akses/ }).click();
		await expect(owner.page.getByText('Belum dibagikan kepada siapa pun.')).toBeVisible();
		await other.page.goto('/papan');
		await expect(row(other.page, title)).toHaveCount(0);
		expect((await other.page.goto(`/papan/${id}`))?.status()).toBe(404);
		for (const c of [owner, other, stranger]) await c.context.close();
	});

	test('a view-only link opens the board read-only for anyone signed in, and stops working when revoked', async ({ browser }) => {
		const owner = await signIn(browser, OWNER);
		const title = unique('Papan bertautan');
		const id = await createBoard(owner.page, title);
		await owner.page.goto(`/papan/${id}/bagikan`);
		await owner.page.getByRole('button', { name: 'Buat tautan' }).click();
		const link = await owner.page.getByLabel('Tautan', { exact: true }).inputValue();
		expect(link).toMatch(new RegExp(`/papan/${id}\\?token=[a-z2-7]{32}$`));

		const visitor = await signIn(browser, 'mentor@ruangpijar.id');
		expect((await visitor.page.goto(`/papan/${id}`))?.status()).toBe(404);
		await openBoard(visitor.page, link);
		await expect(visitor.page.getByText('Anda hanya dapat melihat papan ini')).toBeVisible();

		// A guest is asked to sign in first and comes back to the link.
		const guest = await browser.newContext({ locale: 'id-ID' });
		const guestPage = await guest.newPage();
		await guestPage.goto(link);
		await expect(guestPage).toHaveURL(/\/masuk\?redirectTo=/);
		expect(decodeURIComponent(new URL(guestPage.url()).searchParams.get('redirectTo') ?? '')).toContain(`/papan/${id}?token=`);
		await guest.close();

		// A new link retires the old one; turning it off retires the new one too.
		await owner.page.getByRole('button', { name: 'Buat tautan baru' }).click();
		const field = owner.page.getByLabel('Tautan', { exact: true });
		await expect(field).not.toHaveValue(link);
		const renewed = await field.inputValue();
		expect(renewed).toMatch(new RegExp(`/papan/${id}\\?token=[a-z2-7]{32}$`));
		expect((await visitor.page.goto(link))?.status()).toBe(404);
		await openBoard(visitor.page, renewed);
		await owner.page.getByRole('button', { name: 'Matikan tautan' }).click();
		await expect(owner.page.getByText('Belum ada tautan.')).toBeVisible();
		expect((await visitor.page.goto(renewed))?.status()).toBe(404);
		for (const c of [owner, visitor]) await c.context.close();
	});
});

test.describe('board export', () => {
	test.describe.configure({ timeout: 120_000 });

	async function exportAs(page: Page, format: RegExp, scope?: RegExp): Promise<{ download: Download; bytes: Buffer }> {
		await page.getByRole('button', { name: 'Ekspor' }).click();
		const menu = page.getByRole('menu');
		await expect(menu).toBeVisible();
		if (scope) {
			await menu.getByRole('menuitemradio', { name: scope }).click();
			await expect(menu.getByRole('menuitemradio', { name: scope })).toHaveAttribute('aria-checked', 'true');
		}
		const [download] = await Promise.all([page.waitForEvent('download'), menu.getByRole('menuitem', { name: format }).click()]);
		const path = await download.path();
		const { readFile } = await import('node:fs/promises');
		return { download, bytes: await readFile(path) };
	}

	test('PNG, SVG, PDF and CSV of the board and of one frame are non-empty files of the right type', async ({ browser }) => {
		const { context, page } = await signIn(browser, OWNER);
		const title = unique('Ekspor peta empati');
		const id = await createBoard(page, title, 'empathy-map');
		await openBoard(page, `/papan/${id}`);
		await expect(page.locator('.shape-sticky').first()).toBeVisible();

		const svg = await exportAs(page, /^SVG/);
		expect(svg.download.suggestedFilename()).toMatch(/^ekspor-peta-empati-[a-z0-9]+\.svg$/);
		const doc = new DOMParser({
			onError: (level, message) => {
				if (level !== 'warning') throw new Error(message);
			}
		}).parseFromString(svg.bytes.toString('utf8'), 'image/svg+xml');
		expect(doc.documentElement?.nodeName).toBe('svg');
		const svgText = Array.from(doc.getElementsByTagName('tspan')).map((t) => t.textContent).join(' ');
		expect(svgText).toContain('Mengatakan');
		expect(svgText).toContain('Memikirkan');
		await expect(page.getByRole('status').filter({ hasText: /sudah diunduh/ })).toHaveCount(1);

		const png = await exportAs(page, /^PNG/);
		expect(png.download.suggestedFilename()).toMatch(/\.png$/);
		expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		expect(png.bytes.length).toBeGreaterThan(10_000);

		const pdf = await exportAs(page, /^PDF/);
		expect(pdf.download.suggestedFilename()).toMatch(/\.pdf$/);
		expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		expect(pdf.bytes.length).toBeGreaterThan(10_000);

		const csv = await exportAs(page, /^CSV/);
		expect(csv.download.suggestedFilename()).toMatch(/\.csv$/);
		const text = csv.bytes.toString('utf8');
		expect(text.startsWith('\uFEFFTeks,Warna,Penulis,Bingkai,Suara\r\n')).toBe(true);
		expect(text.split('\r\n').length).toBeGreaterThan(3);

		// One frame: only what it carries.
		const frameSvg = await exportAs(page, /^SVG/, /^Bingkai: Mengatakan$/);
		expect(frameSvg.download.suggestedFilename()).toMatch(/-mengatakan\.svg$/);
		const frameText = frameSvg.bytes.toString('utf8');
		expect(frameText).toContain('Mengatakan');
		expect(frameText).not.toContain('Memikirkan');
		const frameCsv = await exportAs(page, /^CSV/);
		const rows = frameCsv.bytes.toString('utf8').trim().split('\r\n').slice(1);
		expect(rows.length).toBeGreaterThan(0);
		for (const line of rows) expect(line).toMatch(/,Mengatakan,/);
		await context.close();
	});

	test('the export menu works from the keyboard', async ({ browser }) => {
		const { context, page } = await signIn(browser, OWNER);
		const id = await createBoard(page, unique('Ekspor papan kosong'));
		await openBoard(page, `/papan/${id}`);
		const button = page.getByRole('button', { name: 'Ekspor' });
		await button.focus();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('menuitemradio', { name: 'Seluruh papan' })).toBeFocused();
		await page.keyboard.press('End');
		await expect(page.getByRole('menuitem', { name: /^CSV/ })).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(page.getByRole('menu')).toHaveCount(0);
		await expect(button).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await expect(page.getByRole('menuitemradio', { name: 'Seluruh papan' })).toBeFocused();
		await page.keyboard.press('ArrowUp');
		const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
		expect(download.suggestedFilename()).toMatch(/\.csv$/);
		await context.close();
	});
});

test.describe('people on a board', () => {
	test('with more people than avatars, "+N" lists the rest, and any of them can be followed', async ({ browser }) => {
		test.setTimeout(120_000);
		const owner = await signIn(browser, OWNER);
		const id = await createBoard(owner.page, unique('Papan ramai'));
		await owner.page.goto(`/papan/${id}/bagikan`);
		await owner.page.getByRole('button', { name: 'Buat tautan' }).click();
		const link = await owner.page.getByLabel('Tautan', { exact: true }).inputValue();
		await openBoard(owner.page, `/papan/${id}`);
		// Seven other people on the link: six avatars and "+1".
		const others = ['peserta4', 'mentor', 'fasilitator', 'kurator', 'admin', 'peserta', 'peserta2'];
		const visitors = [];
		for (const name of others) {
			const visitor = await signIn(browser, `${name}@ruangpijar.id`);
			await openBoard(visitor.page, link);
			visitors.push(visitor);
		}
		const bar = owner.page.getByRole('group', { name: /8 orang di papan ini/ });
		await expect(bar).toBeVisible({ timeout: 15_000 });
		await expect(bar.getByRole('button', { name: /^Ikuti tampilan/ })).toHaveCount(6);
		const more = bar.getByRole('button', { name: /1 orang lagi/ });
		await more.click();
		const follow = bar.getByRole('listitem').getByRole('button', { name: /^Ikuti tampilan/ });
		await expect(follow).toHaveCount(1);
		// Keyboard: Escape closes the list; open it again and follow the one listed.
		await follow.focus();
		await owner.page.keyboard.press('Escape');
		await expect(follow).toHaveCount(0);
		await more.click();
		await follow.click();
		await expect(more).toHaveClass(/following/);
		await more.click();
		await expect(bar.getByRole('listitem').getByRole('button', { name: /^Berhenti mengikuti/ })).toHaveAttribute('aria-pressed', 'true');
		for (const visitor of visitors) await visitor.context.close();
		await owner.context.close();
	});
});
