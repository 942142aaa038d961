import { expect, test, type Page } from '@playwright/test';
import { signedIn } from './support';
import sharp from 'sharp';
import { XSS_VECTORS } from '../src/lib/server/innovations/xss-vectors';
import { pngBomb } from '../src/lib/server/innovations/test-images';

// Innovations end to end, against the production build on a fresh database seeded with the demo.
const DEMO_BOARD = 'Papan Tim Melati: umpan balik layanan kelurahan';
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

/** Clicks a submit button and waits for the page it leads to (with or without JavaScript). */
async function submit(page: Page, name: string | RegExp) {
	await page.locator('main').getByRole('button', { name }).click();
	await page.waitForLoadState('networkidle');
}

test.describe.configure({ mode: 'serial' });

test('from a board to a published entry: revision, publication, appreciation, comment, flag and replication reach the team', async ({ browser }) => {
	test.setTimeout(240_000);
	const title = `Umpan Balik Warga Kelurahan ${unique()}`;
	const team = await signedIn(browser, 'peserta@ruangpijar.id');
	let p = team.page;

	await test.step('start a draft from the team board', async () => {
		await p.goto('/inovasi-saya/dari-papan');
		await p.getByRole('link', { name: DEMO_BOARD }).click();
		// Frames named like the classic template come preselected.
		await expect(p.getByLabel('Gunakan untuk').first()).toHaveValue('problem');
		await p.locator('#f-title').fill(title);
		await submit(p, 'Buat draf dari papan');
		await expect(p).toHaveURL(/\/inovasi-saya\/\d+\/ringkasan$/);
	});
	const id = Number(/inovasi-saya\/(\d+)\//.exec(p.url())![1]);

	await test.step('fill the guided form step by step', async () => {
		await p.locator('#f-summary').fill('Warga menilai layanan kelurahan lewat kode QR di loket; hasilnya menjadi rapor bulanan di papan informasi agar lurah tahu layanan mana yang perlu dibenahi.');
		await p.locator('#f-startedOn').fill('2025-08-01');
		await submit(p, /Simpan & lanjut: Cerita/);
		await expect(p.locator('#f-background')).toHaveValue(/Rumusan masalah[\s\S]*Warga tidak tahu/);
		await expect(p.locator('#f-solution')).toHaveValue(/Kode QR di loket/);
		await p.locator('#f-novelty').fill('Penilaian diminta tepat setelah warga dilayani, dan hasilnya dipajang terbuka setiap bulan.');
		await submit(p, /Simpan & lanjut: Dampak/);
		await expect(p.locator('#f-results')).toHaveValue(/164 penilaian/);
		await p.locator('#ind-0-name').fill('Warga yang memberi penilaian');
		await p.locator('#ind-0-baseline').fill('0');
		await p.locator('#ind-0-value').fill('164');
		await p.locator('#ind-0-unit').fill('penilaian');
		await submit(p, /Simpan & lanjut: Pelaksanaan/);
		await submit(p, /Simpan & lanjut: Klasifikasi/);
		await p.locator('main').getByText('Tata kelola pemerintahan', { exact: true }).click();
		await submit(p, /Simpan & lanjut: Foto/);
	});

	await test.step('upload a photo with alt text', async () => {
		const photo = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#c2410c' } }).jpeg().toBuffer();
		await p.locator('#f-file').setInputFiles({ name: 'loket.jpg', mimeType: 'image/jpeg', buffer: photo });
		await p.locator('#f-alt').fill('Kode QR penilaian layanan di loket kelurahan');
		await submit(p, 'Unggah');
		await expect(p.getByText('Foto ditambahkan.')).toBeVisible();
		await expect(p.locator('main img[alt="Kode QR penilaian layanan di loket kelurahan"]')).toBeVisible();
	});

	await test.step('submit for curation', async () => {
		await p.goto(`/inovasi-saya/${id}/kirim`);
		await expect(p.getByText('Semua isian wajib sudah lengkap.')).toBeVisible();
		await submit(p, 'Kirim untuk dikurasi');
		await expect(p.getByText('Terkirim! Kurator akan meninjau inovasi Anda.')).toBeVisible();
	});

	const curator = await signedIn(browser, 'kurator@ruangpijar.id');
	const c = curator.page;
	await test.step('the curator asks for a revision with a note', async () => {
		await c.goto('/kurasi');
		await c.getByRole('link', { name: title }).click();
		await expect(c.getByRole('heading', { name: 'Isi pengajuan (tinjauan pertama)' })).toBeVisible();
		await c.locator('#f-note').fill('Tambahkan sumber data indikator penilaian.');
		await submit(c, 'Minta perbaikan');
		await expect(c.getByText('Keputusan tersimpan dan tim diberi tahu.')).toBeVisible();
	});

	await test.step('the team sees the note, revises and resubmits', async () => {
		await p.goto('/notifikasi');
		await expect(p.getByText(`Kurator meminta perbaikan untuk "${title}".`)).toBeVisible();
		await p.goto(`/inovasi-saya/${id}/kirim`);
		await expect(p.getByText('Tambahkan sumber data indikator penilaian.')).toBeVisible();
		await p.goto(`/inovasi-saya/${id}/dampak`);
		await p.locator('#ind-0-source').fill('Rekap penilaian QR kelurahan');
		await submit(p, /^Simpan$/);
		await p.goto(`/inovasi-saya/${id}/kirim`);
		await submit(p, 'Kirim untuk dikurasi');
		await expect(p.getByText('Terkirim!')).toBeVisible();
	});

	let slug = '';
	await test.step('the curator sees the change since the last review and publishes', async () => {
		await c.goto(`/kurasi/${id}`);
		await expect(c.getByRole('heading', { name: 'Perubahan sejak tinjauan terakhir' })).toBeVisible();
		await expect(c.locator('ins', { hasText: 'Rekap penilaian QR kelurahan' })).toBeVisible();
		await submit(c, 'Terbitkan');
		await expect(c.getByText('Keputusan tersimpan dan tim diberi tahu.')).toBeVisible();
		slug = (await c.getByRole('link', { name: 'Lihat halaman publik' }).getAttribute('href'))!.replace('/inovasi/', '');
		expect(slug).toMatch(/^umpan-balik-warga-kelurahan-/);
	});

	await test.step('an anonymous visitor reads it without JavaScript', async () => {
		const anonymous = await browser.newContext({ javaScriptEnabled: false });
		const a = await anonymous.newPage();
		const response = await a.goto(`/inovasi/${slug}`);
		expect(response?.status()).toBe(200);
		await expect(a.getByRole('heading', { level: 1, name: title })).toBeVisible();
		await expect(a.getByRole('img', { name: /Cuplikan papan kerja tim/ })).toBeVisible();
		await expect(a.locator('table.indicators')).toContainText('Rekap penilaian QR kelurahan');
		await expect(a.locator('main img[alt="Kode QR penilaian layanan di loket kelurahan"]')).toBeVisible();
		const jsonLd = JSON.parse((await a.locator('script[type="application/ld+json"]').textContent())!);
		expect(jsonLd).toMatchObject({ '@type': 'CreativeWork', name: title });
		await expect(a.locator('meta[property="og:title"]')).toHaveAttribute('content', title);
		const image = await a.request.get(await a.locator('main picture img').first().getAttribute('src') as string);
		expect(image.headers()['content-type']).toBe('image/webp');
		expect(image.headers()['x-content-type-options']).toBe('nosniff');
		await anonymous.close();
	});

	const reader = await signedIn(browser, 'peserta3@ruangpijar.id');
	const r = reader.page;
	await test.step('another agency appreciates, comments and asks to replicate', async () => {
		await r.goto(`/inovasi/${slug}`);
		await submit(r, 'Beri apresiasi');
		await expect(r.getByRole('button', { name: 'Anda mengapresiasi ✓' })).toBeVisible();
		await expect(r.locator('.counts')).toContainText('1 apresiasi');
		await r.locator('#comment-body').fill('Menarik! Berapa biaya mencetak kode QR untuk semua loket?');
		await submit(r, 'Kirim komentar');
		await expect(r.getByText('Menarik! Berapa biaya mencetak kode QR')).toBeVisible();
		await r.getByRole('link', { name: 'Saya ingin mereplikasi' }).click();
		await r.locator('#f-agencyName').fill('Pemerintah Kabupaten Sikka');
		await r.locator('#f-provinceCode').selectOption('53');
		await r.locator('#f-message').fill('Kami ingin menerapkan rapor layanan di 21 kelurahan. Bisakah berbagi templat kode QR dan formulir penilaiannya?');
		await submit(r, 'Kirim permintaan');
		await expect(r.getByText('Permintaan replikasi terkirim.')).toBeVisible();
	});

	await test.step('a reader flags the comment', async () => {
		const flagger = await signedIn(browser, 'peserta4@ruangpijar.id');
		await flagger.page.goto(`/inovasi/${slug}`);
		await submit(flagger.page, 'Laporkan');
		await expect(flagger.page.getByText('Terima kasih, kurator akan meninjau.')).toBeVisible();
		await flagger.context.close();
	});

	await test.step('the team sees the replication request and moves it forward', async () => {
		p = team.page;
		await p.goto('/notifikasi');
		await expect(p.getByText(`Pemerintah Kabupaten Sikka ingin mereplikasi "${title}".`)).toBeVisible();
		await expect(p.getByText(`Sari Peserta mengomentari "${title}".`)).toBeVisible();
		await p.getByRole('button', { name: /ingin mereplikasi/ }).first().click();
		await expect(p).toHaveURL(new RegExp(`/inovasi-saya/${id}/replikasi$`));
		await expect(p.getByRole('heading', { name: 'Pemerintah Kabupaten Sikka' })).toBeVisible();
		await p.getByLabel('Ubah status').selectOption('contacted');
		await submit(p, 'Perbarui');
		await expect(p.getByText('Status diperbarui; peminta diberi tahu.')).toBeVisible();
	});

	await reader.context.close();
	await curator.context.close();
	await team.context.close();
});

test('hostile input: XSS in every text field, bad uploads, someone else\'s draft, forged moves, duplicates, comment spam', async ({ browser, baseURL }) => {
	test.setTimeout(180_000);
	const team = await signedIn(browser, 'peserta2@ruangpijar.id');
	const p = team.page;
	const fired: string[] = [];
	p.on('dialog', async (dialog) => {
		fired.push(`dialog: ${dialog.message()}`);
		await dialog.dismiss();
	});
	await p.exposeFunction('__xss', (n: number) => fired.push(`vector ${n}`));

	await p.goto('/inovasi-saya');
	await submit(p, 'Buat draf baru');
	const id = Number(/inovasi-saya\/(\d+)\//.exec(p.url())![1]);
	const chunk = (from: number, to: number) => XSS_VECTORS.slice(from, to).join('\n\n');

	await test.step('store ~100 XSS vectors in the entry and view it rendered', async () => {
		await p.locator('#f-title').fill(XSS_VECTORS[2]!);
		await p.locator('#f-summary').fill(chunk(0, 6).slice(0, 500));
		await submit(p, /^Simpan$/);
		await p.goto(`/inovasi-saya/${id}/cerita`);
		await p.locator('#f-background').fill(chunk(0, 34));
		await p.locator('#f-solution').fill(chunk(34, 67));
		await p.locator('#f-novelty').fill(chunk(67, 100));
		await submit(p, /^Simpan$/);
		await p.goto(`/inovasi-saya/${id}/dampak`);
		await p.locator('#ind-0-name').fill(XSS_VECTORS[0]!);
		await p.locator('#ind-0-value').fill(XSS_VECTORS[3]!);
		await p.locator('#ind-0-source').fill(XSS_VECTORS[9]!.slice(0, 160));
		await submit(p, /^Simpan$/);
		await p.goto(`/inovasi-saya/${id}/klasifikasi`);
		await p.locator('#f-tags').fill('<svg onload=window.__xss(1)>, "><img src=x onerror=window.__xss(2)>');
		await p.locator('#f-regency').fill(XSS_VECTORS[60]!);
		await p.locator('#f-videoUrl').fill('javascript:window.__xss(3)');
		await submit(p, /^Simpan$/);
		await expect(p.getByText('Masukkan tautan lengkap yang diawali http:// atau https://.')).toBeVisible();
		await p.locator('#f-videoUrl').fill('');
		await submit(p, /^Simpan$/);
		for (const path of ['pratinjau', 'kirim', 'ringkasan', 'cerita', 'dampak']) {
			await p.goto(`/inovasi-saya/${id}/${path}`);
			await p.waitForTimeout(300);
		}
		await p.goto(`/inovasi-saya/${id}/pratinjau`);
		await expect(p.locator('main h2').first()).toHaveText(XSS_VECTORS[2]!);
		expect(await p.locator('main .prose script, main .prose img, main .prose iframe, main .prose svg, main [onerror], main [onload]').count()).toBe(0);
		expect(await p.locator('main a[href^="javascript:" i], main a[href^="data:" i], main a[href^="vbscript:" i]').count()).toBe(0);
		expect(fired).toEqual([]);
	});

	await test.step('uploads that are too large, not images, SVG with script or decompression bombs are refused', async () => {
		await p.goto(`/inovasi-saya/${id}/media`);
		const upload = async (file: { name: string; mimeType: string; buffer: Buffer }, alt = 'Gambar uji') => {
			await p.locator('#f-file').setInputFiles(file);
			await p.locator('#f-alt').fill(alt);
			await submit(p, 'Unggah');
		};
		await upload({ name: 'foto.png', mimeType: 'image/png', buffer: Buffer.from('this is a text file pretending to be a picture') });
		await expect(p.locator('#f-file-error')).toHaveText(/bukan gambar yang didukung/);
		await upload({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>window.__xss(7)</script></svg>') });
		await expect(p.locator('#f-file-error')).toHaveText(/SVG tidak diterima/);
		await upload({ name: 'bom.png', mimeType: 'image/png', buffer: pngBomb(30_000, 30_000) });
		await expect(p.locator('#f-file-error')).toHaveText(/Resolusi gambar terlalu besar/);
		await upload({ name: 'besar.jpg', mimeType: 'image/jpeg', buffer: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(9 * 1024 * 1024)]) });
		await expect(p.locator('#f-file-error')).toHaveText(/terlalu besar/);
		const fine = await sharp({ create: { width: 200, height: 200, channels: 3, background: '#0f766e' } }).png().toBuffer();
		await upload({ name: 'ok.png', mimeType: 'image/png', buffer: fine }, '   ');
		await expect(p.locator('#f-alt-error')).toHaveText(/Teks alternatif wajib diisi/);
		expect(await p.locator('main ol img').count()).toBe(0);
	});

	await test.step("another team's participant can neither see nor change the draft", async () => {
		const other = await signedIn(browser, 'peserta3@ruangpijar.id');
		for (const path of ['ringkasan', 'pratinjau', 'kirim', 'media', 'tim', 'masukan']) {
			const response = await other.page.goto(`/inovasi-saya/${id}/${path}`);
			expect(response?.status(), path).toBe(404);
		}
		const forged = await other.page.request.post(`/inovasi-saya/${id}/ringkasan?/save`, {
			form: { title: 'Dibajak', summary: '', stage: 'gagasan', form: 'lainnya' },
			headers: { origin: baseURL!, accept: 'text/html' },
			maxRedirects: 0
		});
		expect(forged.status()).toBe(404);
		await other.context.close();
	});

	await test.step('forged status moves are refused', async () => {
		const publish = await p.request.post(`/kurasi/${id}?/decide`, { form: { action: 'publish', note: '' }, headers: { origin: baseURL!, accept: 'text/html' }, maxRedirects: 0 });
		expect(publish.status()).toBe(403);
		await p.goto(`/inovasi-saya/${id}/kirim`);
		await expect(p.getByRole('button', { name: 'Kirim untuk dikurasi' })).toBeDisabled();
		const submitted = await p.request.post(`/inovasi-saya/${id}/kirim?/submit`, { form: {}, headers: { origin: baseURL!, accept: 'text/html' }, maxRedirects: 0 });
		expect(submitted.status()).toBe(400);
		const withdraw = await p.request.post(`/inovasi-saya/${id}/kirim?/withdraw`, { form: {}, headers: { origin: baseURL!, accept: 'text/html' }, maxRedirects: 0 });
		expect(withdraw.status()).toBe(409);
	});

	await test.step('a duplicate appreciation counts once; comment spam hits the rate limit', async () => {
		const slug = 'sipandu-antrean-puskesmas-lewat-whatsapp';
		const reader = await signedIn(browser, 'fasilitator@ruangpijar.id');
		const before = await reader.page.goto(`/inovasi/${slug}`).then(() => reader.page.locator('.counts strong').first().textContent());
		for (let i = 0; i < 3; i++) {
			const r = await reader.page.request.post(`/inovasi/${slug}?/appreciate`, { form: { want: '1' }, headers: { origin: baseURL!, accept: 'text/html' } });
			expect(r.status()).toBe(200);
		}
		await reader.page.goto(`/inovasi/${slug}`);
		const after = await reader.page.locator('.counts strong').first().textContent();
		// The facilitator may already have appreciated it in the seed: the count moves by at most one.
		expect(Number(after) - Number(before)).toBeLessThanOrEqual(1);
		let accepted = 0;
		let limited = false;
		for (let i = 0; i < 80 && !limited; i++) {
			const r = await reader.page.request.post(`/inovasi/${slug}?/comment`, { form: { body: `Spam ${i}` }, headers: { origin: baseURL!, accept: 'text/html' } });
			if (r.status() === 429) limited = true;
			else if (r.status() === 200) accepted++;
		}
		expect(limited).toBe(true);
		expect(accepted).toBeLessThanOrEqual(50);
		await reader.context.close();
	});

	await team.context.close();
});
