import { expect, test, type Page } from '@playwright/test';

// The app shell: language, navigation, menus, skip link, error page and the home page's live numbers.

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 740 };

const lang = (page: Page) => page.locator('html').getAttribute('lang');
const header = (page: Page) => page.locator('header.site-header');

test.describe('language', () => {
	test.use({ viewport: DESKTOP });

	test('home is in Indonesian by default', async ({ page }) => {
		const response = await page.goto('/');
		expect(response?.status()).toBe(200);
		expect(await lang(page)).toBe('id');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nyalakan inovasi dari meja kerja Anda.');
		await expect(page).toHaveTitle(/Ruang Pijar/);
		await expect(header(page).getByRole('link', { name: 'Beranda' })).toHaveAttribute('aria-current', 'page');
	});

	test('the switch goes to English and back, keeping the page, and the choice sticks', async ({ page }) => {
		await page.goto('/halaman-yang-tidak-ada?x=1');
		await header(page).getByRole('link', { name: 'English' }).click();
		await expect(page).toHaveURL(/\/en\/halaman-yang-tidak-ada\?x=1$/);
		expect(await lang(page)).toBe('en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');

		// Navigation inside the app stays in English…
		await header(page).getByRole('link', { name: 'Ruang Pijar' }).click();
		await expect(page).toHaveURL(/\/en$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Spark innovation from where you work.');
		// …and so does a bare address typed later.
		await page.goto('/');
		await expect(page).toHaveURL(/\/en$/);
		expect(await lang(page)).toBe('en');

		await header(page).getByRole('link', { name: 'Bahasa Indonesia' }).click();
		await expect(page).toHaveURL(/\/$/);
		expect(await lang(page)).toBe('id');
		await page.goto('/halaman-yang-tidak-ada');
		await expect(page).toHaveURL(/\/halaman-yang-tidak-ada$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Halaman tidak ditemukan');
	});

	test('an explicit English address wins over a saved Indonesian choice', async ({ page }) => {
		await page.goto('/bahasa/id?ke=/');
		await page.goto('/en');
		expect(await lang(page)).toBe('en');
	});

	test('the switch works without JavaScript', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, viewport: DESKTOP });
		const page = await context.newPage();
		await page.goto('/');
		await header(page).getByRole('link', { name: 'English' }).click();
		await expect(page).toHaveURL(/\/en$/);
		expect(await lang(page)).toBe('en');
		await page.goto('/');
		await expect(page).toHaveURL(/\/en$/);
		await context.close();
	});

	test('the switch refuses to send visitors off the site', async ({ page }) => {
		await page.goto('/bahasa/en?ke=//evil.example/x');
		await expect(page).toHaveURL(/localhost:\d+\/en$/);
	});
});

test.describe('error page', () => {
	test('an unknown address answers 404 with a friendly page in both languages', async ({ page }) => {
		const response = await page.goto('/tidak/ada/di/sini');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Halaman tidak ditemukan');
		await expect(page).toHaveTitle('Halaman tidak ditemukan · Ruang Pijar');

		const english = await page.goto('/en/nothing-here');
		expect(english?.status()).toBe(404);
		expect(await lang(page)).toBe('en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		await page.getByRole('link', { name: 'Back to home' }).click();
		await expect(page).toHaveURL(/\/en$/);
	});
});

test.describe('keyboard', () => {
	test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
		await page.goto('/');
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Langsung ke konten utama' });
		await expect(skip).toBeFocused();
		await expect(skip).toBeInViewport();
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
		// The next Tab continues inside the main content, past the header.
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
	});

	test.describe('at 360 px', () => {
		test.use({ viewport: PHONE });

		test('the menu opens and closes with the keyboard', async ({ page }) => {
			await page.goto('/');
			const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
			await expect(nav).toBeHidden();
			const toggle = page.locator('summary.menu-toggle');
			// Tab from the top: skip link, wordmark, then the menu button.
			for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
			await expect(toggle).toBeFocused();
			await page.keyboard.press('Enter');
			await expect(nav).toBeVisible();
			await expect(nav.getByRole('link', { name: 'Beranda' })).toBeVisible();
			await page.keyboard.press('Tab');
			await expect(nav.getByRole('link', { name: 'Beranda' })).toBeFocused();
			await page.keyboard.press('Escape');
			await expect(nav).toBeHidden();
			await expect(toggle).toBeFocused();
			await page.keyboard.press('Space');
			await expect(nav).toBeVisible();
		});

		test('the menu works without JavaScript', async ({ browser }) => {
			const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
			const page = await context.newPage();
			await page.goto('/');
			await page.locator('summary.menu-toggle').click();
			const panel = page.locator('.menu-panel');
			await expect(panel.getByRole('link', { name: 'Daftar' })).toBeVisible();
			await expect(panel.getByRole('link', { name: 'Masuk' })).toBeVisible();
			await context.close();
		});

		test('nothing overflows the phone screen sideways', async ({ page }) => {
			for (const path of ['/', '/en', '/halaman-yang-tidak-ada']) {
				await page.goto(path);
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
				expect(overflow, path).toBeLessThanOrEqual(0);
			}
		});
	});
});

test.describe('home page', () => {
	test.use({ viewport: DESKTOP });

	test('shows live numbers from the seeded database and calls guests to register', async ({ page }) => {
		await page.goto('/');
		const numbers = page.locator('.stat-grid');
		for (const label of ['ASN terdaftar', 'Instansi', 'Provinsi', 'Lokakarya']) {
			const value = numbers.locator('.stat', { hasText: label }).locator('dd');
			await expect(value).toHaveText(/^[1-9][\d.]*$/);
		}
		await expect(page.getByRole('main').getByRole('link', { name: 'Daftar sebagai peserta' })).toHaveAttribute('href', '/daftar');
		await expect(page.getByRole('heading', { name: 'Lima tahap design thinking' })).toBeVisible();
		await expect(page.locator('.stages > li')).toHaveCount(5);
	});

	test('a signed-in participant gets a personal panel, the boards link and a working sign-out', async ({ page }) => {
		await page.goto('/masuk');
		await page.locator('main input[name="email"]').fill('peserta@ruangpijar.id');
		await page.locator('main input[name="password"]').fill('PijarDemo2026!');
		await page.locator('main form button[type="submit"]').click();
		await page.waitForURL((url) => !url.pathname.endsWith('/masuk'));
		await page.goto('/');

		const panel = page.getByRole('region', { name: /Halo, Putri Peserta!/ });
		await expect(panel).toBeVisible();
		await expect(panel.getByText('Tim Melati')).toBeVisible();
		await expect(header(page).getByRole('link', { name: 'Papan' })).toBeVisible();
		await expect(header(page).getByRole('link', { name: 'Admin' })).toHaveCount(0);
		await expect(header(page).getByRole('link', { name: 'Daftar' })).toHaveCount(0);

		// The account menu with the keyboard: open, step in, Escape back to its button.
		const summary = header(page).locator('details.account summary');
		await summary.focus();
		await page.keyboard.press('Enter');
		const accountLink = header(page).getByRole('link', { name: 'Akun saya' });
		await expect(accountLink).toBeVisible();
		await page.keyboard.press('Tab');
		await expect(header(page).getByRole('link', { name: 'Inovasi saya' })).toBeFocused();
		// A participant's account menu has no curation or admin entries.
		await expect(header(page).getByRole('link', { name: 'Kurasi' })).toHaveCount(0);
		await page.keyboard.press('Escape');
		await expect(accountLink).toBeHidden();
		await expect(summary).toBeFocused();

		await summary.click();
		await expect(accountLink).toHaveAttribute('href', '/akun');
		await header(page).getByRole('button', { name: 'Keluar' }).click();
		await expect(header(page).getByRole('link', { name: 'Daftar' })).toBeVisible();
		await expect(page.getByRole('region', { name: /Halo/ })).toHaveCount(0);
	});
});

async function signIn(page: Page, email: string) {
	await page.goto('/masuk');
	await page.locator('main input[name="email"]').fill(email);
	await page.locator('main input[name="password"]').fill('PijarDemo2026!');
	await page.locator('main form button[type="submit"]').click();
	await page.waitForURL((url) => !url.pathname.endsWith('/masuk'));
}

/** The header bar and the page never scroll sideways, and the phone menu panel (when open) stays on screen. */
async function expectHeaderFits(page: Page, label: string) {
	const [bar, barVisible, doc] = await page.evaluate(() => {
		const el = document.querySelector<HTMLElement>('.site-header .bar')!;
		return [el.scrollWidth, el.clientWidth, document.documentElement.scrollWidth - window.innerWidth];
	});
	expect(bar, label).toBeLessThanOrEqual(barVisible);
	expect(doc, label).toBeLessThanOrEqual(0);
	// Every bar entry is fully visible, none clipped by the bar's own sideways scroll.
	const clipped = await page.evaluate(() => {
		const list = document.querySelector<HTMLElement>('.site-header .nav-list.bar');
		if (!list || list.offsetParent === null) return [];
		const box = list.getBoundingClientRect();
		return [...list.querySelectorAll('a')]
			.filter((a) => {
				const r = a.getBoundingClientRect();
				return r.left < box.left - 0.5 || r.right > box.right + 0.5;
			})
			.map((a) => a.textContent?.trim());
	});
	expect(clipped, label).toEqual([]);
}

// One test per person and language: twenty page loads in one test came near the timeout under CI load.
for (const who of ['admin@ruangpijar.id', null] as const) {
	for (const path of ['/', '/en']) {
		test(`the header fits at every width: ${who ?? 'guest'} on ${path}`, async ({ page }) => {
			if (who) await signIn(page, who);
			for (const width of [360, 390, 768, 960, 1023, 1024, 1100, 1279, 1280, 1440]) {
				await page.setViewportSize({ width, height: 800 });
				const label = `${who ?? 'guest'} ${path} at ${width}`;
				await page.goto(path);
				await expectHeaderFits(page, label);
				const toggle = page.locator('summary.menu-toggle');
				if (await toggle.isVisible()) {
					await toggle.click();
					const panel = page.locator('.menu-panel');
					await expect(panel).toBeVisible();
					const box = (await panel.boundingBox())!;
					expect(box.x, label).toBeGreaterThanOrEqual(0);
					expect(box.x + box.width, label).toBeLessThanOrEqual(width);
					await expectHeaderFits(page, `${label}, menu open`);
					if (who) {
						// The admin area sits in the account part of the menu.
						const admin = panel.getByRole('link', { name: 'Admin', exact: true });
						await admin.scrollIntoViewIfNeeded();
						await expect(admin).toBeInViewport();
						const panelBox = (await panel.boundingBox())!;
						expect(panelBox.x + panelBox.width, label).toBeLessThanOrEqual(width);
					}
				} else if (who) {
					// Wide: the admin area and curation are in the account menu.
					await page.locator('details.account summary').click();
					const menu = page.locator('details.account .panel');
					await expect(menu.getByRole('link', { name: 'Admin', exact: true })).toBeInViewport();
					await expect(menu.getByRole('link', { name: /^(Kurasi|Curation)$/ })).toBeInViewport();
					const box = (await menu.boundingBox())!;
					expect(box.x, label).toBeGreaterThanOrEqual(0);
					expect(box.x + box.width, label).toBeLessThanOrEqual(width);
				}
			}
		});
	}
}

test('the header links to notifications with the unread count, and the count follows reading them', async ({ page }) => {
	await page.setViewportSize(DESKTOP);
	await signIn(page, 'peserta@ruangpijar.id');
	await page.goto('/notifikasi');
	const bell = header(page).locator('a.bell');
	await expect(bell).toHaveAttribute('href', '/notifikasi');
	const unread = await page.locator('main li.unread').count();
	expect(unread, 'the demo leaves this participant unread notifications').toBeGreaterThan(0);
	// The page lists the newest 50; earlier specs may have left this participant more than that.
	const count = Number(await bell.locator('.count').textContent());
	expect(count).toBeGreaterThanOrEqual(unread);
	if (unread < 50) expect(count).toBe(unread);
	await expect(bell).toHaveAccessibleName(`${count} notifikasi belum dibaca`);

	await page.getByRole('button', { name: 'Tandai semua sudah dibaca' }).click();
	await expect(bell).toHaveAccessibleName('Notifikasi');
	await expect(bell.locator('.count')).toHaveCount(0);

	// Guests get no bell.
	await header(page).locator('details.account summary').click();
	await header(page).getByRole('button', { name: 'Keluar' }).click();
	await expect(header(page).getByRole('link', { name: 'Daftar' })).toBeVisible();
	await expect(header(page).locator('a.bell')).toHaveCount(0);
});

test.describe('accessibility', () => {
	// axe-core: no serious or critical violations on the shell's own pages, guest and signed in.
	async function expectNoSeriousViolations(page: Page, label: string) {
		const { default: AxeBuilder } = await import('@axe-core/playwright');
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
		const serious = results.violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
		expect(serious, label).toEqual([]);
	}

	// One test per page and width: nine axe passes in one test outgrew the timeout on a loaded machine.
	for (const viewport of [DESKTOP, PHONE]) {
		for (const path of ['/', '/en', '/halaman-yang-tidak-ada', '/en/nothing-here']) {
			test(`${path} at ${viewport.width} px`, async ({ page }) => {
				await page.setViewportSize(viewport);
				await page.goto(path);
				await expectNoSeriousViolations(page, `${path} at ${viewport.width}`);
			});
		}
	}

	test('the phone menu open', async ({ page }) => {
		await page.setViewportSize(PHONE);
		await page.goto('/');
		await page.locator('summary.menu-toggle').click();
		await expectNoSeriousViolations(page, 'open menu at 360');
	});

	test('home signed in', async ({ page }) => {
		await page.setViewportSize(DESKTOP);
		await page.goto('/masuk');
		await page.locator('main input[name="email"]').fill('fasilitator@ruangpijar.id');
		await page.locator('main input[name="password"]').fill('PijarDemo2026!');
		await page.locator('main form button[type="submit"]').click();
		await page.waitForURL((url) => !url.pathname.endsWith('/masuk'));
		await page.goto('/');
		await page.locator('details.account summary').click();
		await expectNoSeriousViolations(page, 'home signed in, account menu open');
	});
});
