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

async function openBoard(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await expect(page.locator('.sync')).toHaveText(/Tersimpan/, { timeout: 15_000 });
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
});
