import { expect, test, type Browser, type Page } from '@playwright/test';

// Boards end to end on the seeded demo, through the production server's own /realtime socket:
// a participant creates a board for her team, a teammate edits the same notes live, a participant
// of another team may only look, the owner renames and deletes it — and the teammate's open page
// shows that the board is gone.
const DEMO_PASSWORD = 'PijarDemo2026!';

async function signedIn(browser: Browser, email: string): Promise<Page> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto('/masuk');
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Kata sandi', { exact: true }).fill(DEMO_PASSWORD);
	await page.locator('main').getByRole('button', { name: 'Masuk' }).click();
	await expect(page).not.toHaveURL(/\/masuk/);
	return page;
}

const status = (page: Page) => page.getByRole('status').filter({ hasText: /Terhubung|Menghubungkan|Menyambung|ditolak/ });

test('a team board syncs notes and presence live, viewers cannot edit, deletion closes open pages', async ({ browser }) => {
	test.setTimeout(90_000);
	const title = `Papan Uji ${Date.now().toString(36)}`;

	const putri = await signedIn(browser, 'peserta@ruangpijar.id');
	await putri.goto('/papan');
	await putri.getByLabel('Judul papan').fill(title);
	const team = putri.getByLabel('Untuk tim');
	const melati = await team.locator('option', { hasText: 'Tim Melati' }).first().getAttribute('value');
	await team.selectOption(melati!);
	await putri.getByRole('button', { name: 'Buat papan' }).click();
	await expect(putri).toHaveURL(/\/papan\/[a-z2-7]{24}$/);
	const boardPath = new URL(putri.url()).pathname;
	await expect(putri.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await expect(status(putri)).toHaveText('Terhubung');
	await putri.getByLabel('Catatan baru').fill('Warga antre terlalu lama');
	await putri.getByRole('button', { name: 'Tambah catatan' }).click();

	// A teammate finds it under the team's boards and sees the note and who is here.
	const bima = await signedIn(browser, 'peserta2@ruangpijar.id');
	await bima.goto('/papan');
	await bima.getByRole('link', { name: title }).click();
	await expect(status(bima)).toHaveText('Terhubung');
	await expect(bima.getByTestId('notes').locator('textarea')).toHaveValue('Warga antre terlalu lama');
	await expect(bima.getByTestId('presence')).toContainText('Putri Peserta');
	await expect(putri.getByTestId('presence')).toContainText('Bima Peserta');

	// Edits flow both ways.
	await bima.getByLabel('Catatan baru').fill('Formulir daring membingungkan');
	await bima.getByRole('button', { name: 'Tambah catatan' }).click();
	await expect(putri.getByTestId('notes').locator('textarea')).toHaveCount(2);
	await expect(putri.getByTestId('notes').locator('textarea').nth(1)).toHaveValue('Formulir daring membingungkan');

	// A participant of another team of the workshop may look, not change.
	const sari = await signedIn(browser, 'peserta3@ruangpijar.id');
	await sari.goto(boardPath);
	await expect(status(sari)).toHaveText('Terhubung');
	await expect(sari.getByText('Anda dapat melihat papan ini, tetapi tidak dapat mengubahnya.')).toBeVisible();
	await expect(sari.getByRole('button', { name: 'Tambah catatan' })).toBeDisabled();
	await expect(sari.getByTestId('notes').locator('textarea')).toHaveCount(2);

	// Someone outside the workshop gets a 404, not the board.
	const kurnia = await signedIn(browser, 'kurator@ruangpijar.id');
	const response = await kurnia.goto(boardPath);
	expect(response?.status()).toBe(404);

	// The owner renames, then deletes (the confirmation box is required) — Bima's open page is told.
	await putri.goto('/papan');
	const renamed = `${title} (revisi)`;
	await putri.getByLabel(`Judul baru untuk “${title}”`).fill(renamed);
	await putri.getByRole('button', { name: 'Ganti judul' }).click();
	await expect(putri.getByText(`Judul papan diganti menjadi “${renamed}”.`)).toBeVisible();
	const row = putri.getByRole('listitem').filter({ has: putri.getByRole('link', { name: renamed }) });
	await row.getByText('Hapus…').click();
	await row.getByRole('button', { name: 'Hapus papan' }).click();
	await expect(row.getByText('Centang kotak konfirmasi untuk menghapus papan.')).toBeVisible();
	await row.getByLabel(/Ya, hapus/).check();
	await row.getByRole('button', { name: 'Hapus papan' }).click();
	await expect(putri.getByText('Papan dihapus.')).toBeVisible();
	await expect(putri.getByRole('link', { name: renamed })).toHaveCount(0);
	await expect(status(bima)).toHaveText('Koneksi ditolak: papan tidak ditemukan atau sudah dihapus', { timeout: 15_000 });
});
