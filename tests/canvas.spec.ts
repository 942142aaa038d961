import { expect, test, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';

// The board editor end to end: two browsers (two team members of "Tim Melati") on one team board,
// through the production realtime endpoint, on a fresh seeded embedded database.
const PASSWORD = 'PijarDemo2026!';

async function signIn(browser: Browser, email: string): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' });
	const page = await context.newPage();
	await page.goto('/masuk');
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Kata sandi', { exact: true }).fill(PASSWORD);
	await page.locator('main').getByRole('button', { name: 'Masuk' }).click();
	await page.waitForURL((url) => url.pathname === '/');
	return { context, page };
}

/** Creates a board for Tim Melati through the boards page and returns its path. */
async function createTeamBoard(page: Page, title: string): Promise<string> {
	await page.goto('/papan');
	await page.getByRole('textbox', { name: 'Judul papan', exact: true }).fill(title);
	const team = page.getByLabel('Untuk tim');
	const value = await team.locator('option', { hasText: 'Tim Melati' }).first().getAttribute('value');
	await team.selectOption(value as string);
	await page.getByRole('button', { name: 'Buat papan' }).click();
	await page.waitForURL(/\/papan\/[a-z2-7]{24}$/);
	return new URL(page.url()).pathname;
}

/** Signs in on a page whose browser may have been used by someone else before. */
async function signInOn(page: Page, email: string): Promise<void> {
	await page.goto('/masuk');
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Kata sandi', { exact: true }).fill(PASSWORD);
	await page.locator('main').getByRole('button', { name: 'Masuk' }).click();
	await page.waitForURL((url) => url.pathname === '/');
}

/** Names of this app's offline board copies in the page's browser. */
async function boardCaches(page: Page): Promise<string[]> {
	return page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name ?? '').filter((name) => name.startsWith('ruang-pijar:board:')));
}

async function openBoard(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await expect(page.locator('.sync')).toHaveText(/Tersimpan/, { timeout: 15_000 });
	// Shapes are mounted over a few frames; the canvas is aria-busy until all of them are in.
	await expect(canvas(page)).toHaveAttribute('aria-busy', 'false');
}

const notes = (page: Page) => page.locator('.shape-sticky');
const canvas = (page: Page) => page.getByRole('application');

/** Makes a note from the keyboard in the middle of the view, types its text and leaves editing. */
async function addNote(page: Page, text: string): Promise<void> {
	await canvas(page).focus();
	await page.keyboard.press('Control+Enter');
	await expect(page.locator('textarea.text-editor')).toBeFocused();
	await page.keyboard.type(text);
	await page.keyboard.press('Escape');
}

async function center(locator: Locator): Promise<{ x: number; y: number }> {
	const box = await locator.boundingBox();
	if (!box) throw new Error('not visible');
	return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function saved(page: Page): Promise<void> {
	await expect(page.locator('.sync')).toHaveText(/Tersimpan/, { timeout: 10_000 });
}

test.describe('board editor', () => {
	test.describe.configure({ timeout: 90_000 });

	test('two people create, edit, move, connect, re-attach and delete shapes and see each other’s work', async ({ browser }) => {
		const a = await signIn(browser, 'peserta@ruangpijar.id');
		const b = await signIn(browser, 'peserta2@ruangpijar.id');
		const path = await createTeamBoard(a.page, 'Peta empati layanan KTP');
		await openBoard(a.page, path);
		await openBoard(b.page, path);

		// Presence: each sees the other's avatar.
		await expect(a.page.getByRole('button', { name: /Ikuti tampilan/ })).toHaveCount(1);

		await addNote(a.page, 'Antrean panjang sejak subuh 😟');
		await expect(notes(b.page)).toHaveCount(1);
		await expect(notes(b.page).first()).toHaveAttribute('aria-label', /Antrean panjang sejak subuh 😟/);

		// B edits A's note in place (double-click), A sees the new text.
		const spot = await center(notes(b.page).first());
		await b.page.mouse.dblclick(spot.x, spot.y);
		await expect(b.page.locator('textarea.text-editor')).toBeFocused();
		await b.page.keyboard.press('End');
		await b.page.keyboard.type(' — warga lansia');
		// Who is typing is part of the note's name for A, not only a tag on screen.
		await expect(notes(a.page).first()).toHaveAttribute('aria-label', /sedang menyunting/);
		await b.page.keyboard.press('Escape');
		await expect(notes(a.page).first()).toHaveAttribute('aria-label', /warga lansia/);
		await expect(notes(a.page).first()).not.toHaveAttribute('aria-label', /sedang menyunting/);

		// A drags the note; B sees it move (one write at the end of the drag).
		const before = await notes(b.page).first().getAttribute('style');
		const from = await center(notes(a.page).first());
		await a.page.mouse.move(from.x, from.y);
		await a.page.mouse.down();
		await a.page.mouse.move(from.x + 150, from.y + 60, { steps: 8 });
		await a.page.mouse.up();
		await expect(notes(b.page).first()).not.toHaveAttribute('style', before as string);

		// A second note, then a connector from the keyboard: C, focus the target, Enter.
		await addNote(a.page, 'Formulir sulit dipahami');
		await expect(notes(b.page)).toHaveCount(2);
		const first = notes(a.page).filter({ hasText: 'Antrean' });
		await first.focus();
		await a.page.keyboard.press('c');
		await notes(a.page).filter({ hasText: 'Formulir' }).focus();
		await a.page.keyboard.press('Enter');
		await expect(b.page.locator('.shape-connector')).toHaveCount(1);
		await expect(b.page.locator('.shape-connector')).toHaveAttribute('aria-label', /Antrean.*Formulir/);

		// A re-attaches the connector's end by dragging its handle onto a third note (highlighted while
		// dragging); B sees the connector now ends there.
		await addNote(a.page, 'Petugas tidak ada di loket');
		await expect(notes(b.page)).toHaveCount(3);
		await a.page.locator('.shape-connector').focus();
		const endHandle = a.page.locator('.end[data-handle="end"]');
		await expect(endHandle).toBeVisible();
		const grip = await center(endHandle);
		const drop = await center(notes(a.page).filter({ hasText: 'Petugas' }));
		await a.page.mouse.move(grip.x, grip.y);
		await a.page.mouse.down();
		await a.page.mouse.move(drop.x, drop.y, { steps: 8 });
		await expect(a.page.locator('.target')).toBeVisible();
		await a.page.mouse.up();
		await expect(a.page.locator('.target')).toHaveCount(0);
		await expect(b.page.locator('.shape-connector')).toHaveAttribute('aria-label', /Antrean.*Petugas/);

		// B deletes that note; the connector stays with a free end, and A sees it all.
		await notes(b.page).filter({ hasText: 'Petugas' }).focus();
		await b.page.keyboard.press('Delete');
		await expect(notes(a.page)).toHaveCount(2);
		await expect(a.page.locator('.shape-connector')).toHaveAttribute('aria-label', /titik bebas/);
		await saved(a.page);
		await saved(b.page);
		await a.context.close();
		await b.context.close();
	});

	test('undo takes back only my own changes', async ({ browser }) => {
		const a = await signIn(browser, 'peserta@ruangpijar.id');
		const b = await signIn(browser, 'peserta2@ruangpijar.id');
		const path = await createTeamBoard(a.page, 'Papan urungkan');
		await openBoard(a.page, path);
		await openBoard(b.page, path);
		await addNote(a.page, 'Catatan Sari');
		await expect(notes(b.page)).toHaveCount(1);
		await addNote(b.page, 'Catatan Budi');
		await expect(notes(a.page)).toHaveCount(2);

		// Undo steps back through my typing, then my note; Budi's note is never touched.
		await canvas(a.page).focus();
		for (let i = 0; i < 4 && (await notes(a.page).count()) > 1; i++) {
			await a.page.keyboard.press('Control+z');
			await expect(notes(a.page).filter({ hasText: 'Catatan Budi' })).toHaveCount(1);
			await a.page.waitForTimeout(150);
		}
		await expect(notes(a.page)).toHaveCount(1);
		await expect(notes(a.page).first()).toHaveAttribute('aria-label', /Catatan Budi/);
		await expect(notes(b.page)).toHaveCount(1);
		await expect(notes(b.page).first()).toHaveAttribute('aria-label', /Catatan Budi/);

		// Redo brings my note back; Budi's undo then takes back only his.
		for (let i = 0; i < 4 && (await notes(b.page).filter({ hasText: 'Catatan Sari' }).count()) === 0; i++) {
			if (await a.page.getByRole('button', { name: 'Ulangi' }).isEnabled()) await a.page.getByRole('button', { name: 'Ulangi' }).click();
			await a.page.waitForTimeout(150);
		}
		await expect(notes(b.page).filter({ hasText: 'Catatan Sari' })).toHaveCount(1);
		await canvas(b.page).focus();
		for (let i = 0; i < 4 && (await notes(b.page).count()) > 1; i++) {
			await b.page.keyboard.press('Control+z');
			await expect(notes(b.page).filter({ hasText: 'Catatan Sari' })).toHaveCount(1);
			await b.page.waitForTimeout(150);
		}
		await expect(notes(a.page)).toHaveCount(1);
		await expect(notes(a.page).first()).toHaveAttribute('aria-label', /Catatan Sari/);
		await a.context.close();
		await b.context.close();
	});

	test('a viewer sees the board but cannot change it', async ({ browser }) => {
		const a = await signIn(browser, 'peserta@ruangpijar.id');
		const path = await createTeamBoard(a.page, 'Papan untuk diamati');
		await openBoard(a.page, path);
		await addNote(a.page, 'Hanya untuk dibaca');
		await saved(a.page);

		// The owner grants the curator (no other way onto this board) the view role on the sharing page.
		await a.page.goto(`${path}/bagikan`);
		await a.page.locator('main').getByLabel('Email', { exact: true }).fill('kurator@ruangpijar.id');
		await a.page.locator('main').getByLabel('Peran', { exact: true }).first().selectOption('view');
		await a.page.locator('main').getByRole('button', { name: 'Bagikan', exact: true }).click();
		await expect(a.page.getByText(/Papan dibagikan kepada/)).toBeVisible();
		await openBoard(a.page, path);
		const viewer = await signIn(browser, 'kurator@ruangpijar.id');
		await openBoard(viewer.page, path);
		await expect(viewer.page.getByText('Anda hanya dapat melihat papan ini')).toBeVisible();
		await expect(notes(viewer.page)).toHaveCount(1);
		await expect(viewer.page.getByRole('button', { name: 'Catatan tempel' })).toHaveCount(0);
		await expect(viewer.page.getByRole('button', { name: 'Urungkan' })).toHaveCount(0);

		await canvas(viewer.page).focus();
		await viewer.page.keyboard.press('Control+Enter');
		await notes(viewer.page).first().focus();
		await viewer.page.keyboard.press('Delete');
		const spot = await center(notes(viewer.page).first());
		await viewer.page.mouse.dblclick(spot.x, spot.y);
		await expect(viewer.page.locator('textarea.text-editor')).toHaveCount(0);
		await viewer.page.mouse.dblclick(spot.x + 400, spot.y);
		await expect(notes(viewer.page)).toHaveCount(1);
		// Nor did anything reach the editor's board.
		await a.page.waitForTimeout(500);
		await expect(notes(a.page)).toHaveCount(1);
		await a.context.close();
		await viewer.context.close();
	});

	test('edits made offline are kept and merge on reconnect', async ({ browser }) => {
		const a = await signIn(browser, 'peserta@ruangpijar.id');
		const b = await signIn(browser, 'peserta2@ruangpijar.id');
		const path = await createTeamBoard(a.page, 'Papan luring');
		await openBoard(a.page, path);
		await openBoard(b.page, path);

		await b.context.setOffline(true);
		await expect(b.page.locator('.sync')).toHaveText(/Luring/);
		await addNote(b.page, 'Ditulis saat luring');
		await addNote(a.page, 'Ditulis saat daring');
		// Apart, each sees only its own note.
		await a.page.waitForTimeout(1_000);
		await expect(notes(a.page)).toHaveCount(1);
		await expect(notes(b.page)).toHaveCount(1);

		await b.context.setOffline(false);
		await expect(notes(a.page)).toHaveCount(2, { timeout: 20_000 });
		await expect(notes(b.page)).toHaveCount(2);
		await expect(notes(a.page).filter({ hasText: 'luring' })).toHaveCount(1);
		await expect(notes(b.page).filter({ hasText: 'daring' })).toHaveCount(1);
		await saved(b.page);
		await a.context.close();
		await b.context.close();
	});

	test('an edit made offline survives closing the page and reaches the others on return', async ({ browser }) => {
		const a = await signIn(browser, 'peserta@ruangpijar.id');
		const b = await signIn(browser, 'peserta2@ruangpijar.id');
		const path = await createTeamBoard(a.page, 'Papan tersimpan lokal');
		await openBoard(a.page, path);
		await openBoard(b.page, path);

		await b.context.setOffline(true);
		await expect(b.page.locator('.sync')).toHaveText(/Luring/);
		await addNote(b.page, 'Hanya di perangkat ini');
		// The note now lives only in this browser's IndexedDB copy; the tab closes before any sync.
		await expect(notes(b.page)).toHaveCount(1);
		await b.page.waitForTimeout(500);
		await b.page.close();
		await expect(notes(a.page)).toHaveCount(0);

		await b.context.setOffline(false);
		const again = await b.context.newPage();
		await openBoard(again, path);
		await expect(notes(again).filter({ hasText: 'Hanya di perangkat ini' })).toHaveCount(1);
		await expect(notes(a.page).filter({ hasText: 'Hanya di perangkat ini' })).toHaveCount(1, { timeout: 20_000 });
		await a.context.close();
		await b.context.close();
	});

	test('the style bar sets the line weight of a rectangle', async ({ browser }) => {
		const a = await signIn(browser, 'peserta@ruangpijar.id');
		const path = await createTeamBoard(a.page, 'Papan garis');
		await openBoard(a.page, path);
		const page = a.page;
		await canvas(page).focus();
		await page.keyboard.press('r');
		await page.keyboard.press('Control+Enter');
		await page.keyboard.press('Escape');
		// Escape ends editing its label; the new rectangle stays selected, so the style bar shows.
		const rect = page.locator('.shape-rect').first();
		const weight = page.getByRole('group', { name: 'Ketebalan garis' });
		await expect(weight.getByRole('button', { name: 'Sedang' })).toHaveAttribute('aria-pressed', 'true');
		const thin = await rect.locator('.geo').evaluate((el) => getComputedStyle(el).borderTopWidth);
		await weight.getByRole('button', { name: 'Sangat besar' }).click();
		await expect(weight.getByRole('button', { name: 'Sangat besar' })).toHaveAttribute('aria-pressed', 'true');
		await expect.poll(() => rect.locator('.geo').evaluate((el) => getComputedStyle(el).borderTopWidth)).not.toBe(thin);
		await saved(page);
		await a.context.close();
	});

	test('keyboard alone creates, edits, moves and deletes a note', async ({ browser }) => {
		const a = await signIn(browser, 'peserta@ruangpijar.id');
		const path = await createTeamBoard(a.page, 'Papan papan ketik');
		await openBoard(a.page, path);
		const page = a.page;

		// Tab to the sticky-note tool and press Enter: a note appears in the middle, ready for typing.
		const tool = page.getByRole('button', { name: 'Catatan tempel' });
		for (let i = 0; i < 40 && !(await tool.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
		await expect(tool).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.locator('textarea.text-editor')).toBeFocused();
		await page.keyboard.type('Jam layanan diperpanjang');
		await page.keyboard.press('Escape');
		const note = notes(page).first();
		await expect(note).toBeFocused();
		await expect(note).toHaveAttribute('aria-label', 'Catatan kuning: Jam layanan diperpanjang');

		// Enter edits again; the caret is at the end.
		await page.keyboard.press('Enter');
		await page.keyboard.type(' hingga sore');
		await page.keyboard.press('Escape');
		await expect(note).toHaveAttribute('aria-label', /hingga sore/);

		// Arrows move it (shift: bigger steps), Alt+arrows resize it.
		const before = await note.getAttribute('style');
		await page.keyboard.press('Shift+ArrowRight');
		await expect(note).not.toHaveAttribute('style', before as string);
		const width = (await note.boundingBox())?.width ?? 0;
		await page.keyboard.press('Alt+ArrowRight');
		await expect.poll(async () => (await note.boundingBox())?.width ?? 0).toBeGreaterThan(width);

		// The list view names it for screen readers; Delete removes it.
		await page.getByRole('button', { name: 'Tampilan daftar' }).click();
		await expect(page.getByRole('region', { name: /Isi papan \(1\)/ })).toContainText('hingga sore');
		await note.focus();
		await page.keyboard.press('Delete');
		await expect(notes(page)).toHaveCount(0);
		await saved(page);
		await a.context.close();
	});

	test('Tab walks every shape of the board in reading order, also those far off screen, then leaves', async ({ browser }) => {
		const a = await signIn(browser, 'peserta@ruangpijar.id');
		const page = a.page;
		await page.goto('/papan');
		await page.getByRole('link', { name: 'Papan Tim Melati: umpan balik layanan kelurahan' }).first().click();
		await expect(canvas(page)).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });
		await page.getByRole('button', { name: 'Tampilan daftar' }).click();
		const heading = await page.locator('#canvas-list-title').textContent();
		const total = Number(/\((\d+)\)/.exec(heading ?? '')?.[1]);
		await page.getByRole('button', { name: 'Tampilan daftar' }).click();
		expect(total).toBeGreaterThan(5);
		// Zoomed in far, most shapes are not on the page at all until Tab brings them into view.
		await canvas(page).focus();
		for (let i = 0; i < 6; i++) await page.keyboard.press('+');
		expect(await page.locator('[data-shape-id]').count()).toBeLessThan(total);
		const focusedShape = () => page.evaluate(() => document.activeElement?.getAttribute('data-shape-id') ?? null);
		/** Presses `key` until focus leaves the shapes; the shapes focused on the way, in order. */
		async function walk(key: string): Promise<string[]> {
			const visited: string[] = [];
			let previous: string | null = await focusedShape();
			for (let i = 0; i <= total + 1; i++) {
				await page.keyboard.press(key);
				// The next shape may need a frame or two to be put on the page and focused.
				await expect.poll(focusedShape).not.toBe(previous);
				previous = await focusedShape();
				if (!previous) return visited;
				visited.push(previous);
			}
			throw new Error('focus never left the shapes');
		}
		// Into the canvas: the first shape in view, then on to the last shape of the board.
		const forward = await walk('Tab');
		expect(forward.length).toBeGreaterThan(0);
		// Back in (the last shape visited is the way in), and all the way to the first.
		const backward = await walk('Shift+Tab');
		expect(backward.length).toBe(total);
		expect(new Set(backward).size).toBe(total);
		// Both walks agree on the order.
		expect([...backward].reverse().slice(-forward.length)).toEqual(forward);
		await a.context.close();
	});

	test('a shared computer keeps no board copies after sign-out, and each person has their own', async ({ browser }) => {
		const { context, page } = await signIn(browser, 'peserta@ruangpijar.id');
		const path = await createTeamBoard(page, 'Papan komputer bersama');
		const boardId = path.split('/').pop() as string;
		await openBoard(page, path);
		await addNote(page, 'Catatan luring Sari');
		await saved(page);
		// The offline copy is named by user and board.
		await expect.poll(() => boardCaches(page)).toEqual([expect.stringMatching(new RegExp(`^ruang-pijar:board:[^:]+:${boardId}$`))]);
		const first = (await boardCaches(page))[0] as string;

		// Sign out through the account menu: the copy is gone before the next person sits down.
		await page.goto('/');
		await page.locator('details.account summary').click();
		const loaded = page.waitForEvent('load');
		await page.locator('details.account').getByRole('button', { name: 'Keluar' }).click();
		await loaded;
		await expect(page).toHaveURL((url) => url.pathname === '/');
		expect(await boardCaches(page)).toEqual([]);

		// The next person on the same browser gets a copy of their own, never the previous one.
		await signInOn(page, 'peserta2@ruangpijar.id');
		await openBoard(page, path);
		await expect(notes(page)).toHaveCount(1);
		await expect.poll(() => boardCaches(page)).toHaveLength(1);
		const second = (await boardCaches(page))[0] as string;
		expect(second).toMatch(new RegExp(`^ruang-pijar:board:[^:]+:${boardId}$`));
		expect(second).not.toBe(first);

		// A session that ends without the sign-out button (expired, or cookies cleared) leaves no copy
		// for the next person, who has to sign in first.
		await context.clearCookies();
		await page.goto('/masuk');
		await expect.poll(() => boardCaches(page)).toEqual([]);
		await context.close();
	});
});
