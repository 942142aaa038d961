import { expect, test, type Browser, type Page } from '@playwright/test';
import { pdfText } from '../src/lib/server/learning/pdf-text';

// The learning record end to end: a facilitator gives a new workshop two sessions and a JP value,
// confirms attendance (a correction needs a reason), issues certificates; the participant downloads
// the PDF, whose text carries their name and JP; the public verification page confirms it until an
// admin revokes it. Another participant cannot see the record or the certificate.
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

test('two sessions → attendance → certificate PDF → verification → revocation; records stay private', async ({ browser }) => {
	test.setTimeout(150_000);
	const title = `Kelas JP ${Date.now().toString(36)}`;

	// A new workshop; Sari joins it with the code.
	const facilitator = await signedIn(browser, 'fasilitator@ruangpijar.id');
	await facilitator.goto('/lokakarya/baru');
	await facilitator.getByLabel('Judul').fill(title);
	await facilitator.getByLabel(/^Deskripsi/).fill('Lokakarya singkat untuk menguji catatan jam pelajaran.');
	await facilitator.getByLabel('Tanggal mulai').fill('2026-11-02');
	await facilitator.getByLabel('Tanggal selesai').fill('2026-11-03');
	await facilitator.getByLabel('Kapasitas peserta').fill('10');
	await facilitator.getByRole('button', { name: 'Buat dan dapatkan kode' }).click();
	await expect(facilitator).toHaveURL(/\/lokakarya\/\d+\/kelola/);
	const workshopPath = new URL(facilitator.url()).pathname.replace(/\/kelola$/, '');
	const code = (await facilitator.getByTestId('join-code').textContent())!.trim().replace('-', '');

	const sari = await signedIn(browser, 'peserta3@ruangpijar.id');
	await sari.goto(`/lokakarya/gabung/${code}`);
	await sari.getByRole('button', { name: 'Ya, saya bergabung' }).click();
	await expect(sari).toHaveURL(/bergabung=1$/);

	// A participant cannot open the attendance page or forge its posts.
	expect((await sari.goto(`${workshopPath}/kehadiran`))?.status()).toBe(403);
	const forged = await sari.request.post(`${workshopPath}/kehadiran?/settings`, {
		form: { jp: '99', minAttendancePercent: '1' },
		headers: { origin: new URL(sari.url()).origin },
		maxRedirects: 0
	});
	expect(forged.status()).toBe(403);

	// JP and two sessions.
	await facilitator.getByRole('link', { name: 'Kehadiran & sertifikat' }).click();
	await expect(facilitator.getByRole('heading', { level: 1, name: 'Kehadiran dan JP' })).toBeVisible();
	await expect(facilitator.getByLabel('Nilai JP')).toHaveValue('0');
	await facilitator.getByLabel('Nilai JP').fill('6');
	await facilitator.getByRole('button', { name: 'Simpan', exact: true }).click();
	await expect(facilitator.getByRole('status').filter({ hasText: 'JP dan syarat kehadiran disimpan' })).toBeVisible();
	for (const [name, start, end] of [
		['Sesi pagi', '2026-11-02T09:00', '2026-11-02T12:00'],
		['Sesi siang', '2026-11-02T13:00', '2026-11-02T16:00']
	]) {
		await facilitator.locator('#new-title').fill(name!);
		await facilitator.locator('#new-starts').fill(start!);
		await facilitator.locator('#new-ends').fill(end!);
		await facilitator.getByRole('button', { name: 'Tambah sesi' }).click();
		await expect(facilitator.getByRole('heading', { level: 3, name: name })).toBeVisible();
	}
	const sessions = facilitator.getByTestId('session-card');
	await expect(sessions).toHaveCount(2);

	// Sari was not on a board, so marking her present is a correction: a reason is required.
	for (const index of [0, 1]) {
		const card = sessions.nth(index);
		await card.getByLabel('Hadir: Sari Peserta').check();
		await card.getByRole('button', { name: 'Konfirmasi kehadiran' }).click();
		await expect(card.locator('.field-error').first()).toHaveText('Tuliskan alasan koreksi.');
		await card.getByLabel('Alasan koreksi').fill('Hadir di kelas, tanda tangan di daftar hadir');
		await card.getByLabel('Hadir: Sari Peserta').check();
		await card.getByRole('button', { name: 'Konfirmasi kehadiran' }).click();
		await expect(card.getByText('Terkonfirmasi')).toBeVisible();
		await expect(card.getByText('Koreksi manual')).toBeVisible();
	}

	// Issue certificates: Sari attended 2 of 2 sessions.
	await facilitator.getByRole('button', { name: 'Terbitkan sertifikat' }).click();
	await expect(facilitator.getByRole('status').filter({ hasText: '1 sertifikat diterbitkan' })).toBeVisible();
	const row = facilitator.getByTestId('completion').getByRole('row', { name: /Sari Peserta/ });
	await expect(row).toContainText('2 / 2');
	const number = (await row.getByRole('link', { name: /^RP-\d{4}-/ }).textContent())!.trim();
	expect(number).toMatch(/^RP-\d{4}-[A-Z2-7]{10}$/);

	// Sari's record shows the certificate; the PDF carries her name, the JP and the number.
	await sari.goto('/belajar');
	await expect(sari.getByRole('heading', { level: 1, name: 'Catatan belajar' })).toBeVisible();
	await expect(sari.getByTestId('my-certificates')).toContainText(title);
	const [download] = await Promise.all([
		sari.waitForEvent('download'),
		sari.getByTestId('my-certificates').getByRole('listitem').filter({ hasText: title }).getByRole('link', { name: 'Unduh PDF' }).click()
	]);
	const stream = await download.createReadStream();
	const chunks: Buffer[] = [];
	for await (const chunk of stream) chunks.push(chunk as Buffer);
	const text = await pdfText(new Uint8Array(Buffer.concat(chunks)));
	expect(text).toContain('Sari Peserta');
	expect(text).toContain('6 Jam Pelajaran (JP)');
	expect(text).toContain(title);
	expect(text).toContain(number);
	expect(text).toContain('Wulan Widyaiswara');

	// Another participant sees neither the certificate in their record nor its PDF.
	const putri = await signedIn(browser, 'peserta@ruangpijar.id');
	await putri.goto('/belajar');
	await expect(putri.getByRole('heading', { level: 1, name: 'Catatan belajar' })).toBeVisible();
	await expect(putri.locator('main')).not.toContainText(number);
	await expect(putri.locator('main')).not.toContainText('Sari Peserta');
	expect((await putri.request.get(`/sertifikat/${number}/pdf`)).status()).toBe(404);

	// The public verification page confirms it, without an account; unknown numbers are 404.
	const visitor = await (await browser.newContext()).newPage();
	await visitor.goto(`/sertifikat/${number}`);
	await expect(visitor.getByTestId('verify-status')).toHaveText('Sertifikat ini sah.');
	await expect(visitor.getByTestId('verify-name')).toHaveText('Sari Peserta');
	await expect(visitor.getByTestId('verify-jp')).toHaveText('6');
	expect((await visitor.goto('/sertifikat/RP-2026-AAAAAAAAAA'))?.status()).toBe(404);

	// Only an admin revokes, with a reason; afterwards the page says revoked.
	const admin = await signedIn(browser, 'admin@ruangpijar.id');
	await admin.goto(`/sertifikat/${number}`);
	await admin.getByLabel('Alasan pencabutan').fill('Terbit untuk lokakarya uji');
	await admin.getByRole('button', { name: 'Cabut sertifikat' }).click();
	await expect(admin.getByRole('status').filter({ hasText: 'Sertifikat dicabut' })).toBeVisible();
	await visitor.goto(`/sertifikat/${number}`);
	await expect(visitor.getByTestId('verify-status')).toContainText('Sertifikat ini telah dicabut dan tidak berlaku.');

	for (const page of [facilitator, sari, putri, visitor, admin]) await page.context().close();
});

test('the demo participant has 8 JP and a certificate from the seed; paths show progress', async ({ browser }) => {
	const putri = await signedIn(browser, 'peserta@ruangpijar.id');
	await putri.goto('/belajar');
	await expect(putri.getByTestId('my-certificates')).toContainText('8 JP');
	await expect(putri.getByRole('link', { name: 'Dasar Design Thinking' })).toBeVisible();
	await putri.getByRole('link', { name: 'Dasar Design Thinking' }).click();
	await expect(putri.getByTestId('path-progress')).toContainText('dari 5 metode');
	const csv = await putri.request.get('/belajar/ekspor?format=csv');
	expect(csv.status()).toBe(200);
	expect(await csv.text()).toContain('Putri Peserta');
	await putri.context().close();
});
