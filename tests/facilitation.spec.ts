import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import * as Y from 'yjs';

// Facilitation end to end: the workshop's facilitator and a team participant on one team board,
// through the production realtime endpoint on a fresh seeded database.
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

/**
 * Clicks a sticky note the way a person does: the canvas takes the pointer and selects what is
 * under it. Near the top-left corner, which notes made in a row (cascading down-right) leave free.
 */
async function clickNote(page: Page, text: string): Promise<void> {
	const box = await page.locator('.shape-sticky', { hasText: text }).boundingBox();
	if (!box) throw new Error(`note ${text} not visible`);
	await page.mouse.click(box.x + 12, box.y + 12);
}

/** Selects a note through the list view (it brings the note into view wherever the camera is). */
async function pickFromList(page: Page, text: string): Promise<void> {
	const toggle = page.getByRole('button', { name: 'Tampilan daftar' });
	if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
	await page.getByRole('button', { name: new RegExp(text) }).first().click();
	await toggle.click();
}

async function openBoard(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await expect(page.locator('.sync')).toHaveText(/Tersimpan/, { timeout: 15_000 });
	// Shapes are mounted over a few frames; the canvas is aria-busy until all of them are in.
	await expect(page.getByRole('application')).toHaveAttribute('aria-busy', 'false');
}

/** One y-websocket update message (sync, update) carrying a forged facilitation write. */
function forgedTimerMessage(): number[] {
	const doc = new Y.Doc();
	doc.getMap('facilitation').set('timer', { endsAt: Date.now() + 50 * 60_000, remainingMs: null, durationMs: 50 * 60_000 });
	const update = Y.encodeStateAsUpdate(doc);
	// messageSync = 0, messageYjsUpdate = 2, then the update as a length-prefixed byte array.
	const length: number[] = [];
	let n = update.length;
	while (n > 0x7f) {
		length.push((n & 0x7f) | 0x80);
		n >>>= 7;
	}
	length.push(n);
	return [0, 2, ...length, ...update];
}

test.describe('facilitation', () => {
	test.describe.configure({ timeout: 90_000 });

	test('the facilitator starts the timer for everyone; a participant has no controls and a forged write changes nothing', async ({ browser }) => {
		const participant = await signIn(browser, 'peserta@ruangpijar.id');
		const facilitator = await signIn(browser, 'fasilitator@ruangpijar.id');
		const path = await createTeamBoard(participant.page, 'Papan fasilitasi');
		await openBoard(participant.page, path);
		await openBoard(facilitator.page, path);

		await expect(participant.page.getByRole('button', { name: 'Kontrol fasilitator' })).toHaveCount(0);
		await facilitator.page.getByRole('button', { name: 'Kontrol fasilitator' }).click();
		await facilitator.page.getByLabel('Menit').fill('5');
		await facilitator.page.getByRole('button', { name: 'Mulai', exact: true }).click();

		for (const page of [facilitator.page, participant.page]) {
			await expect(page.getByTestId('board-timer')).toContainText(/0[45]:\d\d/, { timeout: 10_000 });
		}

		// The participant forges the write on its own authenticated socket: the server closes it (4403).
		const code = await participant.page.evaluate(
			({ boardPath, message }) =>
				new Promise<number>((resolve) => {
					const ws = new WebSocket(`${location.origin.replace(/^http/, 'ws')}/realtime/${boardPath.split('/').pop()}`);
					ws.binaryType = 'arraybuffer';
					ws.onopen = () => ws.send(new Uint8Array(message));
					ws.onclose = (event) => resolve(event.code);
				}),
			{ boardPath: path, message: forgedTimerMessage() }
		);
		expect(code).toBe(4403);
		await facilitator.page.waitForTimeout(1_000);
		await expect(facilitator.page.getByTestId('board-timer')).toContainText(/0[45]:\d\d/);
		await participant.page.reload();
		await expect(participant.page.locator('.sync')).toHaveText(/Tersimpan/, { timeout: 15_000 });
		await expect(participant.page.getByTestId('board-timer')).toContainText(/0[45]:\d\d/);

		await participant.context.close();
		await facilitator.context.close();
	});

	test('private mode: a note stays out of other browsers until the reveal; spotlight reaches everyone', async ({ browser }) => {
		const ani = await signIn(browser, 'peserta@ruangpijar.id');
		const tari = await signIn(browser, 'peserta2@ruangpijar.id');
		const facilitator = await signIn(browser, 'fasilitator@ruangpijar.id');
		const path = await createTeamBoard(ani.page, 'Papan mode senyap');
		// Everything Tari's browser receives over the realtime socket, to prove the note never arrives.
		const received: string[] = [];
		tari.page.on('websocket', (ws) => ws.on('framereceived', (frame) => received.push(Buffer.from(frame.payload as Buffer | string).toString('latin1'))));
		for (const page of [ani.page, tari.page, facilitator.page]) await openBoard(page, path);

		// Participants have no lock control; the facilitator turns private mode on and shows a spotlight.
		await facilitator.page.getByRole('button', { name: 'Kontrol fasilitator' }).click();
		await facilitator.page.getByRole('button', { name: 'Aktifkan mode senyap' }).click();
		await facilitator.page.getByLabel('Pesan sorotan untuk semua').fill('Tulis ide Anda sendiri dulu, 5 menit.');
		await facilitator.page.getByRole('button', { name: 'Tampilkan pesan' }).click();
		for (const page of [ani.page, tari.page]) await expect(page.getByTestId('board-spotlight')).toContainText('Tulis ide Anda sendiri dulu');
		await expect(ani.page.getByTestId('private-banner')).toContainText('hanya terlihat oleh Anda');

		// Ani writes a note from the keyboard: it is private, drawn only in her browser.
		const secret = 'Rahasia Ani loket keliling pasar';
		await ani.page.getByRole('application').focus();
		await ani.page.keyboard.press('Control+Enter');
		const privateText = ani.page.locator('[data-private-note] textarea');
		await expect(privateText).toBeFocused();
		await ani.page.keyboard.type(secret);
		await ani.page.keyboard.press('Escape');
		await expect(facilitator.page.locator('#facilitator-controls').getByText('1 catatan tersembunyi dari 1 orang')).toBeVisible({ timeout: 15_000 });
		await expect(tari.page.getByTestId('private-banner')).toContainText('1 catatan tersembunyi dari 1 orang', { timeout: 15_000 });
		// A reload keeps it (it is stored on the server), still only for Ani.
		await openBoard(ani.page, path);
		await expect(ani.page.locator('[data-private-note] textarea')).toHaveValue(secret);
		await expect(tari.page.getByText(secret)).toHaveCount(0);
		await expect(tari.page.locator('.shape-sticky')).toHaveCount(0);
		expect(received.length).toBeGreaterThan(0);
		expect(received.some((frame) => frame.includes('Rahasia Ani'))).toBe(false);

		await facilitator.page.getByRole('button', { name: 'Tampilkan semua dan akhiri mode senyap' }).click();
		await expect(facilitator.page.getByText('1 catatan ditampilkan di papan.')).toBeVisible();
		await expect(tari.page.locator('.shape-sticky', { hasText: secret })).toBeVisible({ timeout: 10_000 });
		await expect(ani.page.locator('.shape-sticky', { hasText: secret })).toBeVisible({ timeout: 10_000 });
		await expect(ani.page.locator('[data-private-note]')).toHaveCount(0, { timeout: 10_000 });
		await expect(tari.page.getByTestId('private-banner')).toHaveCount(0);

		for (const c of [ani, tari, facilitator]) await c.context.close();
	});

	test('dot voting: the budget holds, results stay hidden from participants until the reveal', async ({ browser }) => {
		const ani = await signIn(browser, 'peserta@ruangpijar.id');
		const tari = await signIn(browser, 'peserta2@ruangpijar.id');
		const facilitator = await signIn(browser, 'fasilitator@ruangpijar.id');
		const path = await createTeamBoard(ani.page, 'Papan pemungutan suara');
		const received: string[] = [];
		tari.page.on('websocket', (ws) => ws.on('framereceived', (frame) => received.push(Buffer.from(frame.payload as Buffer | string).toString('latin1'))));
		for (const page of [ani.page, tari.page, facilitator.page]) await openBoard(page, path);
		for (const text of ['Antrean daring', 'Loket keliling']) {
			await ani.page.getByRole('application').focus();
			await ani.page.keyboard.press('Control+Enter');
			await ani.page.keyboard.type(text);
			await ani.page.keyboard.press('Escape');
		}
		await expect(tari.page.locator('.shape-sticky')).toHaveCount(2);

		await facilitator.page.getByRole('button', { name: 'Kontrol fasilitator' }).click();
		await facilitator.page.getByLabel('Suara per orang').fill('1');
		await facilitator.page.getByRole('button', { name: 'Mulai pemungutan suara' }).click();
		await expect(ani.page.getByText('Sisa suara Anda: 1')).toBeVisible();

		// Ani spends her one vote; a second vote is refused by the budget.
		await clickNote(ani.page, 'Antrean daring');
		await ani.page.getByRole('button', { name: 'Beri suara pada yang dipilih' }).click();
		await expect(ani.page.getByText('Sisa suara Anda: 0')).toBeVisible();
		await clickNote(ani.page, 'Loket keliling');
		await expect(ani.page.getByRole('button', { name: 'Beri suara pada yang dipilih' })).toBeDisabled();
		// Even forged past the disabled button, the server refuses it and says why.
		const forged = await ani.page.evaluate(async (boardPath) => {
			const response = await fetch(`${boardPath}/suara`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action: 'vote', shapeId: 'x'.repeat(10), delta: 1 }) });
			return { status: response.status, body: await response.json() };
		}, path);
		expect(forged.status).toBe(409);
		expect(forged.body.message).toMatch(/sudah habis|tidak ada lagi/);
		const reveal = await ani.page.evaluate(async (boardPath) => (await fetch(`${boardPath}/suara`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"reveal"}' })).status, path);
		expect(reveal).toBe(403);

		// The facilitator sees the standings; participants see nothing of them, nor does their socket carry them.
		await expect(facilitator.page.getByTestId('facilitator-ranking')).toContainText('Antrean daring', { timeout: 10_000 });
		await expect(tari.page.getByRole('heading', { name: 'Hasil suara' })).toHaveCount(0);
		expect(received.some((frame) => frame.includes('tally'))).toBe(false);

		await facilitator.page.getByRole('button', { name: 'Tampilkan hasil' }).click();
		for (const page of [ani.page, tari.page]) {
			await expect(page.getByRole('heading', { name: 'Hasil suara' })).toBeVisible({ timeout: 10_000 });
			await expect(page.locator('.ranking li').first()).toContainText('Antrean daring');
			await expect(page.locator('.ranking li').first()).toContainText('1');
		}
		for (const c of [ani, tari, facilitator]) await c.context.close();
	});

	test('only facilitators see the lock control', async ({ browser }) => {
		const ani = await signIn(browser, 'peserta@ruangpijar.id');
		const facilitator = await signIn(browser, 'fasilitator@ruangpijar.id');
		const path = await createTeamBoard(ani.page, 'Papan kunci');
		for (const page of [ani.page, facilitator.page]) await openBoard(page, path);
		await ani.page.getByRole('application').focus();
		await ani.page.keyboard.press('Control+Enter');
		await ani.page.keyboard.type('Catatan untuk dikunci');
		await ani.page.keyboard.press('Escape');
		await expect(ani.page.getByRole('button', { name: 'Kunci', exact: true })).toHaveCount(0);
		await clickNote(facilitator.page, 'Catatan untuk dikunci');
		await facilitator.page.getByRole('button', { name: 'Kunci', exact: true }).click();
		await expect(facilitator.page.getByRole('button', { name: 'Buka kunci' })).toBeVisible();
		for (const c of [ani, facilitator]) await c.context.close();
	});

	test('summon moves a participant’s view; a locked note stays put; a mentor’s comment is resolved; a version is restored for everyone', async ({ browser }) => {
		const ani = await signIn(browser, 'peserta@ruangpijar.id');
		const facilitator = await signIn(browser, 'fasilitator@ruangpijar.id');
		const mentor = await signIn(browser, 'mentor@ruangpijar.id');
		const path = await createTeamBoard(ani.page, 'Papan umpan balik');
		for (const page of [ani.page, facilitator.page, mentor.page]) await openBoard(page, path);
		await ani.page.getByRole('application').focus();
		await ani.page.keyboard.press('Control+Enter');
		await ani.page.keyboard.type('Data antrean Senin');
		await ani.page.keyboard.press('Escape');
		const note = (page: Page) => page.locator('.shape-sticky', { hasText: 'Data antrean Senin' });
		await expect(note(facilitator.page)).toBeVisible();

		// The facilitator locks the note: Ani's drag changes nothing anywhere.
		await clickNote(facilitator.page, 'Data antrean Senin');
		await facilitator.page.getByRole('button', { name: 'Kunci', exact: true }).click();
		await expect(facilitator.page.getByRole('button', { name: 'Buka kunci' })).toBeVisible();
		const before = await note(facilitator.page).boundingBox();
		const box = await note(ani.page).boundingBox();
		await ani.page.mouse.move(box!.x + 12, box!.y + 12);
		await ani.page.mouse.down();
		await ani.page.mouse.move(box!.x + 212, box!.y + 112, { steps: 8 });
		await ani.page.mouse.up();
		await ani.page.waitForTimeout(1_000);
		expect(await note(facilitator.page).boundingBox()).toEqual(before);
		expect(await note(ani.page).boundingBox()).toEqual(box);

		// Summon: the facilitator pans away and calls everyone; Ani's view follows.
		const world = (page: Page) => page.locator('.world').evaluate((el) => (el as HTMLElement).style.transform);
		await facilitator.page.getByRole('application').focus();
		await facilitator.page.keyboard.press('Escape');
		for (let i = 0; i < 4; i++) await facilitator.page.keyboard.press('Shift+ArrowRight');
		const aniBefore = await world(ani.page);
		await facilitator.page.getByRole('button', { name: 'Kontrol fasilitator' }).click();
		await facilitator.page.getByRole('button', { name: 'Panggil semua ke tampilan saya' }).click();
		await expect(ani.page.getByText('Fasilitator memanggil Anda ke bagian ini.')).toBeVisible({ timeout: 10_000 });
		expect(await world(ani.page)).not.toBe(aniBefore);
		await facilitator.page.getByRole('button', { name: 'Kontrol fasilitator' }).click();

		// The mentor comments on the note; Ani sees the thread and resolves it.
		await pickFromList(mentor.page, 'Data antrean Senin');
		await mentor.page.getByRole('button', { name: 'Komentar', exact: true }).click();
		await mentor.page.getByLabel('Komentar baru').fill('Tambahkan data Selasa sebagai pembanding.');
		await mentor.page.getByRole('button', { name: 'Kirim', exact: true }).click();
		await expect(mentor.page.getByText('Tambahkan data Selasa sebagai pembanding.')).toBeVisible();
		await pickFromList(ani.page, 'Data antrean Senin');
		await ani.page.getByRole('button', { name: 'Komentar', exact: true }).click();
		await expect(ani.page.getByText('Tambahkan data Selasa sebagai pembanding.')).toBeVisible({ timeout: 10_000 });
		await ani.page.getByRole('button', { name: 'Selesaikan' }).click();
		await expect(ani.page.getByText('Tambahkan data Selasa sebagai pembanding.')).toHaveCount(0);
		await ani.page.getByLabel('Tampilkan yang selesai').check();
		await expect(ani.page.getByText('Tambahkan data Selasa sebagai pembanding.')).toBeVisible();

		// Ani (the owner) saves a version, the facilitator unlocks and deletes the note, Ani restores in place.
		await ani.page.goto(`${path}/riwayat`);
		await ani.page.getByLabel('Nama versi').fill('Sebelum dirapikan');
		await ani.page.getByRole('button', { name: 'Simpan versi' }).click();
		await expect(ani.page.getByText('Versi tersimpan.')).toBeVisible();
		await pickFromList(facilitator.page, 'Data antrean Senin');
		await facilitator.page.getByRole('button', { name: 'Buka kunci' }).click();
		await facilitator.page.getByRole('button', { name: 'Hapus', exact: true }).click();
		await expect(note(facilitator.page)).toHaveCount(0);
		await ani.page.reload();
		await ani.page.getByRole('button', { name: 'Pulihkan di tempat' }).click();
		await expect(ani.page.getByText(/Papan dipulihkan ke versi ini/)).toBeVisible();
		await expect(note(facilitator.page)).toBeVisible({ timeout: 10_000 });

		for (const c of [ani, facilitator, mentor]) await c.context.close();
	});
});
