import { expect, test, type Page } from '@playwright/test';

// Accounts end to end, against the production build on a fresh, seeded embedded database.
const DEMO_PASSWORD = 'PijarDemo2026!';
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function signIn(page: Page, email: string, password: string, path = '/masuk') {
	await page.goto(path);
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Kata sandi', { exact: true }).fill(password);
	await page.locator('main').getByRole('button', { name: 'Masuk' }).click();
}

/** Submits the sign-out form the page carries (the header's), as a browser would. */
async function signOut(page: Page) {
	// Wait for the next document's load: the page may already be at '/', so the URL alone cannot
	// tell that the sign-out navigation finished (a goto racing it fails with ERR_ABORTED).
	const loaded = page.waitForEvent('load');
	await page.locator('form[action$="/keluar"]').first().evaluate((form: HTMLFormElement) => form.requestSubmit());
	await loaded;
	await expect(page).toHaveURL((url) => url.pathname === '/' || url.pathname === '/en');
}

async function fillRegistration(page: Page, fields: { email: string; name: string; password?: string; nip?: string }) {
	await page.goto('/daftar');
	const main = page.locator('main');
	await main.getByLabel('Email').fill(fields.email);
	await main.getByLabel('Kata sandi', { exact: true }).fill(fields.password ?? 'sandi-rahasia-2026');
	await main.getByLabel('Nama lengkap').fill(fields.name);
	await main.getByLabel('Instansi', { exact: true }).selectOption({ label: 'Pemerintah Kota Surabaya' });
	await main.getByLabel('Jabatan').fill('Analis Kebijakan Ahli Pertama');
	await main.getByLabel('Provinsi tempat bertugas').selectOption('35');
	if (fields.nip !== undefined) await main.getByLabel(/^NIP/).fill(fields.nip);
	await main.getByRole('button', { name: 'Daftar' }).click();
}

test('register, sign out, wrong password, sign in again (back to the page asked for)', async ({ page }) => {
	const email = `rina.${unique()}@surabaya.go.id`;
	await fillRegistration(page, { email, name: 'Rina Wulandari', nip: '19900101 201501 2 003' });
	await expect(page).toHaveURL('/');

	// Signed in: the account page opens with the saved profile.
	await page.goto('/akun');
	await expect(page.getByRole('heading', { level: 1, name: 'Pengaturan akun' })).toBeVisible();
	await expect(page.getByLabel('Nama lengkap')).toHaveValue('Rina Wulandari');
	await expect(page.getByLabel(/^NIP/)).toHaveValue('199001012015012003');
	await expect(page.locator('main')).toContainText('/profil/rina-wulandari');

	await signOut(page);
	await page.goto('/akun');
	await expect(page).toHaveURL('/masuk?redirectTo=%2Fakun');

	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Kata sandi', { exact: true }).fill('bukan-sandinya-1');
	await page.locator('main').getByRole('button', { name: 'Masuk' }).click();
	await expect(page.getByRole('alert')).toHaveText('Email atau kata sandi salah.');
	await expect(page.getByLabel('Email')).toHaveValue(email);
	await expect(page.getByLabel('Kata sandi', { exact: true })).toHaveValue('');

	await page.getByLabel('Kata sandi', { exact: true }).fill('sandi-rahasia-2026');
	await page.locator('main').getByRole('button', { name: 'Masuk' }).click();
	await expect(page).toHaveURL('/akun');
	await expect(page.getByLabel('Nama lengkap')).toHaveValue('Rina Wulandari');
});

test('an unknown email gets the same error as a wrong password, in English on /en', async ({ page }) => {
	await signIn(page, `nobody.${unique()}@x.go.id`, 'whatever-123', '/masuk');
	await expect(page.getByRole('alert')).toHaveText('Email atau kata sandi salah.');
	await page.goto('/en/masuk');
	await page.getByLabel('Email').fill('peserta@ruangpijar.id');
	await page.getByLabel('Password', { exact: true }).fill('wrong-password-1');
	await page.locator('main').getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('alert')).toHaveText('Wrong email or password.');
});

test('redirectTo is honoured only for same-site paths', async ({ page }) => {
	await signIn(page, 'peserta@ruangpijar.id', DEMO_PASSWORD, '/masuk?redirectTo=https%3A%2F%2Fevil.example%2Fx');
	await expect(page).toHaveURL('/');
	await signOut(page);
	await signIn(page, 'peserta@ruangpijar.id', DEMO_PASSWORD, '/masuk?redirectTo=%2F%2Fevil.example');
	await expect(page).toHaveURL('/');
});

test('password reset through the admin outbox: the new password works, the old one and the link do not', async ({ browser }) => {
	const email = `lupa.${unique()}@surabaya.go.id`;
	const user = await browser.newPage();
	await fillRegistration(user, { email, name: 'Lupa Sandi' });
	await expect(user).toHaveURL('/');
	await signOut(user);

	await user.goto('/lupa-sandi');
	await user.getByLabel('Email').fill(email);
	await user.getByRole('button', { name: 'Kirim tautan' }).click();
	await expect(user.getByRole('status')).toContainText('Jika email tersebut terdaftar');

	// The admin reads the link in the dev outbox.
	const admin = await browser.newPage();
	await signIn(admin, 'admin@ruangpijar.id', DEMO_PASSWORD);
	await expect(admin).toHaveURL('/');
	let link = '';
	await expect(async () => {
		await admin.goto('/admin/kotak-keluar');
		const mail = admin.locator('article').filter({ hasText: `Kepada: ${email}` }).first();
		await expect(mail).toContainText('Atur ulang kata sandi Ruang Pijar');
		link = (await mail.getByRole('link').first().getAttribute('href')) ?? '';
	}).toPass({ timeout: 10_000 });
	expect(link).toMatch(/\/atur-ulang-sandi\/[a-z2-7]{32}$/);
	await admin.close();

	await user.goto(link);
	await user.getByLabel('Kata sandi baru', { exact: true }).fill('sandi-baru-2027!');
	await user.getByLabel('Ulangi kata sandi baru').fill('sandi-baru-2027!');
	await user.getByRole('button', { name: 'Simpan kata sandi baru' }).click();
	await expect(user).toHaveURL('/masuk?sandi-baru=1');
	await expect(user.getByRole('status')).toContainText('Kata sandi baru tersimpan');

	await signIn(user, email, 'sandi-rahasia-2026');
	await expect(user.getByRole('alert')).toHaveText('Email atau kata sandi salah.');
	await signIn(user, email, 'sandi-baru-2027!');
	await expect(user).toHaveURL('/');

	// The link was spent.
	await user.goto(link);
	await expect(user.getByRole('alert')).toContainText('Tautan ini tidak berlaku lagi');
	await user.close();
});

test('a participant gets 403 on the admin pages; an admin sees the user list', async ({ page }) => {
	await signIn(page, 'peserta@ruangpijar.id', DEMO_PASSWORD);
	await expect(page).toHaveURL('/');
	for (const path of ['/admin', '/admin/kotak-keluar']) {
		const response = await page.goto(path);
		expect(response?.status()).toBe(403);
	}
	await signOut(page);

	const anonymous = await page.goto('/admin');
	expect(anonymous?.status()).toBe(200);
	await expect(page).toHaveURL('/masuk?redirectTo=%2Fadmin');

	await signIn(page, 'admin@ruangpijar.id', DEMO_PASSWORD, '/masuk?redirectTo=%2Fadmin');
	await expect(page).toHaveURL('/admin');
	await page.getByRole('searchbox').fill('peserta2');
	await page.getByRole('button', { name: 'Cari' }).click();
	await expect(page.locator('tbody tr')).toHaveCount(1);
	await expect(page.locator('tbody')).toContainText('peserta2@ruangpijar.id');
});

test('duplicate email and malformed NIP show field errors and keep the values', async ({ page }) => {
	await fillRegistration(page, { email: 'PESERTA@ruangpijar.id', name: 'Nama Kembar' });
	await expect(page).toHaveURL('/daftar');
	const email = page.locator('main').getByLabel('Email');
	await expect(email).toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator('#f-email-error')).toContainText('Email ini sudah terdaftar');
	await expect(email).toHaveValue('PESERTA@ruangpijar.id');
	await expect(page.getByLabel('Nama lengkap')).toHaveValue('Nama Kembar');
	await expect(page.getByLabel('Instansi', { exact: true })).toHaveValue(/\d+/);

	await fillRegistration(page, { email: `nip.${unique()}@x.go.id`, name: 'Nip Salah', nip: '1234-5678' });
	await expect(page.locator('#f-nip-error')).toHaveText('NIP harus tepat 18 digit angka.');
	await expect(page.getByLabel(/^NIP/)).toHaveValue('1234-5678');
	await expect(page.getByLabel(/^NIP/)).toHaveAttribute('aria-describedby', 'f-nip-hint f-nip-error');
	await expect(page.getByLabel('Jabatan')).toHaveValue('Analis Kebijakan Ahli Pertama');
	await expect(page.getByRole('alert').first()).toHaveText('Periksa kembali isian yang ditandai.');
});

test('cross-site form posts are refused', async ({ request }) => {
	for (const [path, form] of [
		['/masuk', { email: 'peserta@ruangpijar.id', password: DEMO_PASSWORD }],
		['/daftar', { email: 'csrf@x.go.id', password: 'sandi-rahasia-2026', name: 'X' }],
		['/keluar', {}]
	] as const) {
		const response = await request.post(path, { headers: { Origin: 'https://evil.example', Accept: 'text/html' }, form, maxRedirects: 0 });
		expect(response.status(), path).toBe(403);
		expect(response.headers()['set-cookie'] ?? '', path).not.toContain('rp_session');
	}
	// Same request from our own origin goes through (a redirect after signing in).
	const own = await request.post('/masuk', {
		headers: { Origin: new URL(test.info().project.use.baseURL!).origin, Accept: 'text/html' },
		form: { email: 'peserta@ruangpijar.id', password: DEMO_PASSWORD },
		maxRedirects: 0
	});
	expect(own.status()).toBe(303);
	expect(own.headers()['set-cookie']).toContain('rp_session=');
});

test('sign-out is POST only', async ({ request }) => {
	const response = await request.get('/keluar', { maxRedirects: 0 });
	expect(response.status()).toBe(405);
});

test('account settings: sign out other sessions, profile errors, change password, switch language', async ({ browser }) => {
	const email = `profil.${unique()}@surabaya.go.id`;
	const first = await browser.newPage();
	await fillRegistration(first, { email, name: 'Profil Uji' });
	await expect(first).toHaveURL('/');
	const second = await browser.newPage();
	await signIn(second, email, 'sandi-rahasia-2026');
	await expect(second).toHaveURL('/');

	await first.goto('/akun');
	await expect(first.locator('main')).toContainText('masuk di 2 peramban');
	await first.getByRole('button', { name: 'Keluar dari semua sesi lain' }).click();
	await expect(first.getByRole('status').filter({ hasText: 'sesi lain diakhiri' })).toHaveText('1 sesi lain diakhiri.');
	await second.goto('/akun');
	await expect(second).toHaveURL('/masuk?redirectTo=%2Fakun');
	await second.close();

	await first.getByLabel('Jabatan', { exact: true }).fill('Perencana Ahli Muda');
	await first.getByLabel(/^NIP/).fill('12');
	await first.getByRole('button', { name: 'Simpan profil', exact: true }).click();
	await expect(first.locator('#f-nip-error')).toHaveText('NIP harus tepat 18 digit angka.');
	await expect(first.getByLabel('Jabatan', { exact: true })).toHaveValue('Perencana Ahli Muda');

	await first.getByLabel('Kata sandi saat ini').fill('bukan-sandinya-1');
	await first.getByLabel('Kata sandi baru', { exact: true }).fill('sandi-kedua-2027');
	await first.getByLabel('Ulangi kata sandi baru').fill('sandi-kedua-2027');
	await first.getByRole('button', { name: 'Ganti kata sandi' }).click();
	await expect(first.locator('#f-currentPassword-error')).toHaveText('Kata sandi saat ini salah.');
	await expect(first.getByLabel('Kata sandi saat ini')).toBeFocused();
	await first.getByLabel('Kata sandi saat ini').fill('sandi-rahasia-2026');
	await first.getByRole('button', { name: 'Ganti kata sandi' }).click();
	await expect(first.getByRole('status').filter({ hasText: 'Kata sandi diganti' })).toBeVisible();
	await expect(first.getByLabel('Kata sandi baru', { exact: true })).toHaveValue('');

	await first.getByLabel(/^NIP/).fill('');
	await first.locator('main').getByLabel('Bahasa', { exact: true }).selectOption('en');
	await first.getByRole('button', { name: 'Simpan profil', exact: true }).click();
	await expect(first).toHaveURL('/en/akun?tersimpan');
	await expect(first.getByRole('status').first()).toHaveText('Profile saved.');
	await expect(first.getByLabel('Position', { exact: true })).toHaveValue('Perencana Ahli Muda');
	await first.close();
});

test('an admin changes a role and the user must sign in again', async ({ browser }) => {
	const email = `peran.${unique()}@surabaya.go.id`;
	const user = await browser.newPage();
	await fillRegistration(user, { email, name: 'Calon Mentor' });
	await expect(user).toHaveURL('/');

	const admin = await browser.newPage();
	await signIn(admin, 'admin@ruangpijar.id', DEMO_PASSWORD, `/masuk?redirectTo=${encodeURIComponent(`/admin?q=${email}`)}`);
	const row = admin.locator('tbody tr').filter({ hasText: email });
	await row.getByLabel('Peran untuk Calon Mentor').selectOption('mentor');
	await row.getByRole('button', { name: 'Simpan' }).click();
	await expect(admin.getByRole('status').filter({ hasText: 'Calon Mentor' })).toHaveText('Peran Calon Mentor kini Mentor. Sesinya sudah diakhiri.');
	await expect(row.getByLabel('Peran untuk Calon Mentor')).toHaveValue('mentor');
	// Admins cannot demote themselves: their own role control is locked.
	await admin.goto('/admin?q=admin%40ruangpijar.id');
	await expect(admin.getByLabel('Peran untuk Ayu Admin')).toBeDisabled();
	await admin.close();

	await user.goto('/akun');
	await expect(user).toHaveURL('/masuk?redirectTo=%2Fakun');
	await user.close();
});
