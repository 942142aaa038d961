import { expect, test, type Page } from '@playwright/test';
import { axeSerious, signedIn } from './support';
import sharp from 'sharp';

// Innovator profiles and the talent pool, against the production build on a fresh demo database.
const RUDI = { email: 'peserta4@ruangpijar.id', handle: 'rudi', name: 'Rudi Peserta', position: 'Penata Kelola Sistem' };

const profileForm = (page: Page) => page.locator('form[action="?/publicProfile"]');

async function saveProfile(page: Page): Promise<void> {
	await profileForm(page).getByRole('button', { name: 'Simpan profil publik' }).click();
	await expect(profileForm(page).getByRole('status')).toHaveText('Profil publik tersimpan.');
}

test('edit the profile, see it public, refuse hostile input, hide a field and see it go', async ({ browser }) => {
	// A long flow (about 12 s alone); room for a loaded machine, like the other long flows.
	test.setTimeout(90_000);
	const { context, page } = await signedIn(browser, RUDI.email);
	await page.goto('/akun');
	const form = profileForm(page);
	await form.getByLabel('Perkenalan singkat').fill('Membangun layanan data terbuka untuk desa.');
	await form.getByLabel('Keahlian', { exact: true }).fill('Pengembangan  Web, GIS, gis');
	await form.getByLabel('Jabatan (juga di halaman inovasi)').check();
	await form.getByLabel('Instansi').check();
	await saveProfile(page);

	// A portrait through the image pipeline, shown once its switch is on.
	const photo = await sharp({ create: { width: 320, height: 320, channels: 3, background: '#b4451f' } }).png().toBuffer();
	const photoForm = page.locator('form[action="?/photo"]');
	await photoForm.locator('input[name="photo"]').setInputFiles({ name: 'foto.png', mimeType: 'image/png', buffer: photo });
	await photoForm.getByRole('button', { name: 'Unggah foto' }).click();
	await expect(photoForm.getByRole('status')).toHaveText('Foto profil tersimpan.');
	// A file that is not an image is refused and the saved photo stays.
	await photoForm.locator('input[name="photo"]').setInputFiles({ name: 'foto.png', mimeType: 'image/png', buffer: Buffer.from('<html><script>alert(1)</script></html>') });
	await photoForm.getByRole('button', { name: 'Unggah foto' }).click();
	await expect(photoForm.locator('#f-photo-error')).toContainText('bukan gambar');
	await form.getByLabel('Foto profil').check();
	await saveProfile(page);

	// Hostile input is refused with a message and nothing is saved.
	await form.getByLabel('Perkenalan singkat').fill('<img src=x onerror=alert(1)>');
	await form.getByLabel('Minat', { exact: true }).fill('data, <script>');
	await form.getByRole('button', { name: 'Simpan profil publik' }).click();
	await expect(form.locator('#f-bio-error')).toHaveText('Tulis teks biasa, tanpa tag HTML.');
	await expect(form.locator('#f-interests-error')).toContainText('tidak diizinkan');

	await page.goto('/akun');
	await page.getByRole('link', { name: 'Lihat profil publik saya' }).click();
	await expect(page).toHaveURL(`/profil/${RUDI.handle}`);
	const main = page.locator('main');
	await expect(main.getByRole('heading', { level: 1 })).toHaveText(RUDI.name);
	await expect(main).toContainText('Membangun layanan data terbuka untuk desa.');
	await expect(main).toContainText(RUDI.position);
	// Normalized and de-duplicated as typed ("Pengembangan  Web, GIS, gis").
	await expect(main.locator('section.skills ul').first().getByRole('listitem')).toHaveText(['pengembangan web', 'gis']);
	await expect(main.getByRole('img', { name: RUDI.name })).toBeVisible();
	expect(await axeSerious(page)).toEqual([]);
	// What a visitor receives (the whole document, not only what is visible) holds no email and no markup that was refused.
	const guest = await browser.newContext();
	const html = await (await (await guest.newPage()).goto(`/profil/${RUDI.handle}`))!.text();
	expect(html).toContain(RUDI.position);
	expect(html).not.toContain(RUDI.email);
	expect(html).not.toContain('onerror');
	await guest.close();

	// Hide the position: it leaves the profile page.
	await page.goto('/akun');
	await profileForm(page).getByLabel('Jabatan (juga di halaman inovasi)').uncheck();
	await saveProfile(page);
	await page.goto(`/profil/${RUDI.handle}`);
	await expect(page.locator('main h1')).toHaveText(RUDI.name);
	await expect(page.locator('main')).not.toContainText(RUDI.position);

	// A private profile answers exactly like an unknown one.
	await page.goto('/akun');
	await profileForm(page).getByLabel('Profil saya publik').uncheck();
	await saveProfile(page);
	const anonymous = await browser.newContext();
	const visitor = await anonymous.newPage();
	expect((await visitor.goto(`/profil/${RUDI.handle}`))?.status()).toBe(404);
	const privateText = await visitor.locator('main').innerText();
	expect((await visitor.goto('/profil/tidak-ada-orangnya'))?.status()).toBe(404);
	expect(await visitor.locator('main').innerText()).toBe(privateText);
	await page.goto('/akun');
	await profileForm(page).getByLabel('Profil saya publik').check();
	await saveProfile(page);
	expect((await visitor.goto(`/en/profil/${RUDI.handle}`))?.status()).toBe(200);
	await expect(visitor.locator('main')).toContainText('Innovator profile');
	await anonymous.close();
	await context.close();
});

test.describe('profile without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('is server-rendered with its title and Open Graph tags, and innovation pages link to it', async ({ page }) => {
		await page.goto('/profil/putri');
		await expect(page.locator('main h1')).toHaveText('Putri Peserta');
		await expect(page).toHaveTitle('Putri Peserta · Ruang Pijar');
		await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'Putri Peserta');
		const first = page.locator('main .innovations a').first();
		const title = await first.innerText();
		await first.click();
		await expect(page.locator('main h1')).toHaveText(title);
		await page.locator('main').getByRole('link', { name: 'Putri Peserta' }).first().click();
		await expect(page).toHaveURL('/profil/putri');
	});
});

test('talent pool: a facilitator searches by skill and province; a participant is refused', async ({ browser }) => {
	const facilitator = await signedIn(browser, 'fasilitator@ruangpijar.id');
	const page = facilitator.page;
	await page.goto('/');
	await page.locator('details.account summary').click();
	await page.locator('details.account').getByRole('link', { name: 'Bursa talenta' }).click();
	await expect(page).toHaveURL('/talenta');
	await page.getByLabel('Keahlian atau minat').fill('Fasilitasi');
	await page.getByRole('button', { name: 'Cari', exact: true }).click();
	await expect(page).toHaveURL(/keahlian=fasilitasi/);
	const names = page.locator('main .people h3');
	await expect(names).toHaveText(['Bima Peserta', 'Wulan Widyaiswara']);
	await page.getByLabel('Provinsi').selectOption({ label: 'Nusa Tenggara Timur' });
	await page.getByRole('button', { name: 'Cari', exact: true }).click();
	await expect(names).toHaveText(['Bima Peserta']);
	// Sari keeps her position private: the pool does not show it either.
	await page.goto('/talenta?q=sari');
	await expect(names).toHaveText(['Sari Peserta']);
	await expect(page.locator('main .people')).not.toContainText('Perencana Ahli Pertama');
	expect(await axeSerious(page)).toEqual([]);
	await facilitator.context.close();

	const participant = await signedIn(browser, 'peserta@ruangpijar.id');
	expect((await participant.page.goto('/talenta'))?.status()).toBe(403);
	await participant.page.goto('/');
	await participant.page.locator('details.account summary').click();
	await expect(participant.page.locator('details.account').getByRole('link', { name: 'Bursa talenta' })).toHaveCount(0);
	await participant.context.close();
});
