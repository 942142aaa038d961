import { expect, test, type Browser, type Page } from '@playwright/test';

// Workshops end to end on the seeded demo: a facilitator creates a class, participants join with
// the code, the facilitator shuffles them into teams, and participants see their team. A
// participant who forges the facilitator's form posts is refused with 403 and nothing changes.
const DEMO_PASSWORD = 'PijarDemo2026!';
const FACILITATOR = 'fasilitator@ruangpijar.id';
const PARTICIPANTS = ['peserta@ruangpijar.id', 'peserta2@ruangpijar.id', 'peserta3@ruangpijar.id'];

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

/** A same-origin form post from the page's session, as a hand-made form or script would send it. */
async function forgePost(page: Page, path: string, form: Record<string, string>) {
	const origin = new URL(page.url()).origin;
	return page.request.post(path, { form, headers: { origin }, maxRedirects: 0 });
}

test('facilitator creates a workshop, participants join, shuffle into teams, each sees their team; forged posts get 403', async ({ browser }) => {
	test.setTimeout(120_000);
	const title = `Kelas Uji ${Date.now().toString(36)}`;

	// The facilitator creates the workshop and lands on its management page with the code.
	const facilitator = await signedIn(browser, FACILITATOR);
	await facilitator.goto('/lokakarya');
	await facilitator.getByRole('link', { name: 'Buat lokakarya' }).click();
	await facilitator.getByLabel('Judul').fill(title);
	await facilitator.getByLabel(/^Deskripsi/).fill('Merancang layanan perizinan yang lebih cepat bersama tim lintas instansi.');
	await facilitator.getByLabel('Tanggal mulai').fill('2026-12-01');
	await facilitator.getByLabel('Tanggal selesai').fill('2026-12-03');
	await facilitator.getByLabel('Kapasitas peserta').fill('12');
	await facilitator.getByRole('button', { name: 'Buat dan dapatkan kode' }).click();
	await expect(facilitator).toHaveURL(/\/lokakarya\/\d+\/kelola\?dibuat=1$/);
	const workshopPath = new URL(facilitator.url()).pathname.replace(/\/kelola$/, '');
	const display = (await facilitator.getByTestId('join-code').textContent())!.trim();
	expect(display).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
	const code = display.replace('-', '');

	// A validation error keeps the value and names the field.
	await facilitator.getByLabel('Jumlah tim').fill('0');
	await facilitator.getByRole('button', { name: 'Acak tim' }).click();
	await expect(facilitator.locator('#teamCount-error')).not.toBeEmpty();

	// Participants join: one by the link, two by typing the code (lower case, with the dash).
	const participants: Page[] = [];
	for (const [i, email] of PARTICIPANTS.entries()) {
		const page = await signedIn(browser, email);
		if (i === 0) {
			await page.goto(`/lokakarya/gabung/${code}`);
			await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
			await page.getByRole('button', { name: 'Ya, saya bergabung' }).click();
		} else {
			await page.goto('/lokakarya');
			await page.getByLabel('Kode lokakarya').fill(display.toLowerCase());
			await page.getByRole('button', { name: 'Gabung' }).click();
		}
		await expect(page).toHaveURL(new RegExp(`${workshopPath}\\?bergabung=1$`));
		await expect(page.getByRole('status').filter({ hasText: title })).toBeVisible();
		await expect(page.getByText('Fasilitator akan segera membagi peserta')).toBeVisible();
		participants.push(page);
	}
	// Joining again is harmless; a wrong code is explained next to the field.
	await participants[0]!.goto('/lokakarya/gabung');
	await participants[0]!.getByLabel('Kode lokakarya').fill('QQQQ-QQQQ');
	await participants[0]!.getByRole('button', { name: 'Gabung' }).click();
	await expect(participants[0]!.locator('#join-code-error')).toHaveText(/Kode tidak dikenali/);
	await expect(participants[0]!.getByLabel('Kode lokakarya')).toHaveValue('QQQQQQQQ');

	// A participant may not open the management page, and forged facilitator posts are refused.
	const intruder = participants[0]!;
	const manage = await intruder.goto(`${workshopPath}/kelola`);
	expect(manage?.status()).toBe(403);
	await intruder.goto(workshopPath);
	for (const [action, form] of [
		['shuffle', { teamCount: '3', mode: 'all', seed: 'ambil-alih' }],
		['advanceWorkshop', {}],
		['createTeam', { name: 'Tim Gelap' }],
		['status', { status: 'archived' }],
		['regenerateCode', {}]
	] as const) {
		const response = await forgePost(intruder, `${workshopPath}/kelola?/${action}`, form);
		expect(response.status(), action).toBe(403);
	}
	const forgedEdit = await forgePost(intruder, `${workshopPath}/ubah`, { title: 'Diambil alih', capacity: '500' });
	expect(forgedEdit.status()).toBe(403);

	// Nothing changed: still no teams, still the empathy stage, the same code, still open.
	await facilitator.reload();
	await expect(facilitator.getByTestId('join-code')).toHaveText(display);
	await expect(facilitator.getByRole('heading', { name: 'Tim (0)' })).toBeVisible();
	await expect(facilitator.getByRole('heading', { name: 'Peserta tanpa tim (3)' })).toBeVisible();
	await expect(facilitator.getByLabel('Status')).toHaveValue('open');
	await expect(facilitator.locator('[aria-current="step"]').first()).toContainText('Empati');

	// The facilitator shuffles the three participants into two teams.
	await facilitator.getByLabel('Jumlah tim').fill('2');
	await facilitator.getByLabel(/^Kode acak/).fill('e2e-2026');
	await facilitator.getByRole('button', { name: 'Acak tim' }).click();
	await expect(facilitator.getByRole('status').filter({ hasText: '3 peserta dibagi ke 2 tim' })).toBeVisible();
	await expect(facilitator.getByRole('heading', { name: 'Tim (2)' })).toBeVisible();
	await expect(facilitator.getByRole('heading', { name: 'Peserta tanpa tim (0)' })).toBeVisible();

	// Each participant sees their own team, with themselves in it.
	const names = ['Putri Peserta', 'Bima Peserta', 'Sari Peserta'];
	const teamsSeen = new Set<string>();
	for (const [i, page] of participants.entries()) {
		await page.goto(workshopPath);
		const mine = page.locator('article.mine');
		await expect(mine).toHaveCount(1);
		await expect(mine).toContainText(names[i]!);
		await expect(mine.getByText('Tim Anda')).toBeVisible();
		teamsSeen.add((await mine.locator('h3').textContent())!.trim());
	}
	expect([...teamsSeen].sort()).toEqual(['Tim 1', 'Tim 2']);

	// The facilitator moves the whole workshop to the next stage; participants see it.
	await facilitator.getByRole('button', { name: 'Pindahkan semua tim ke tahap Definisi' }).click();
	await expect(facilitator.getByRole('status').filter({ hasText: 'Lokakarya dipindahkan ke tahap Definisi' })).toBeVisible();
	await participants[1]!.reload();
	await expect(participants[1]!.locator('article.mine [aria-current="step"]')).toContainText('Definisi');

	for (const page of [facilitator, ...participants]) await page.context().close();
});

test('method library: public list with stage filter and search, detail page, start a team board from a template', async ({ browser, page }) => {
	// Anyone can browse the curriculum, without signing in.
	await page.goto('/metode');
	await expect(page.getByRole('heading', { level: 1, name: 'Metode design thinking' })).toBeVisible();
	const cards = page.locator('main article');
	expect(await cards.count()).toBeGreaterThanOrEqual(14);
	await page.getByRole('navigation', { name: 'Saring menurut tahap' }).getByRole('link', { name: /Ideasi/ }).click();
	await expect(page).toHaveURL(/tahap=ideasi/);
	await expect(cards).toHaveCount(3);
	await page.getByLabel('Cari metode').fill('sketsa');
	await page.getByRole('button', { name: 'Cari' }).click();
	await expect(cards).toHaveCount(1);
	await cards.getByRole('link', { name: 'Crazy 8s' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Crazy 8s' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Langkah-langkah' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Pakai di papan tim' })).toHaveCount(0);
	expect((await page.goto('/metode/tidak-ada'))?.status()).toBe(404);
	await page.goto('/en/metode/empathy-map');
	await expect(page.getByRole('heading', { level: 1, name: 'Empathy Map' })).toBeVisible();

	// A participant starts a board for their team from the method's template.
	const participant = await signedIn(browser, 'peserta4@ruangpijar.id');
	await participant.goto('/metode/empathy-map');
	const use = participant.getByRole('region', { name: 'Pakai di papan tim' });
	await use.getByLabel('Tim').selectOption({ label: 'Tim Anggrek' });
	await use.getByLabel('Judul papan baru').fill('Peta empati warga');
	await use.getByRole('button', { name: 'Buat papan dari templat' }).click();
	await expect(participant).toHaveURL(/\/papan\/[a-z2-7]{24}$/);
	await expect(participant.getByRole('heading', { level: 1, name: 'Peta empati warga' })).toBeVisible();
	// The board is listed on the workshop page under the team.
	await participant.goto('/lokakarya/1');
	await expect(participant.locator('article.mine').getByRole('link', { name: 'Peta empati warga' })).toBeVisible();
	await participant.context().close();
});
