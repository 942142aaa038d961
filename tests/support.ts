/** What several end-to-end specs share: the demo password, signing in, and the axe check. */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from '@playwright/test';

/** Every seeded demo account's password. */
export const DEMO_PASSWORD = 'PijarDemo2026!';

/** A new browser context signed in as `email` through the sign-in form (with or without JavaScript). */
export async function signedIn(browser: Browser, email: string, options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext(options);
	const page = await context.newPage();
	await signInOn(page, email);
	return { context, page };
}

/** Signs `page` in as `email` through the sign-in form and waits to leave it. */
export async function signInOn(page: Page, email: string): Promise<void> {
	await page.goto('/masuk');
	await page.locator('main input[name="email"]').fill(email);
	await page.locator('main input[name="password"]').fill(DEMO_PASSWORD);
	await Promise.all([page.waitForURL((url) => !url.pathname.startsWith('/masuk')), page.locator('main form button[type="submit"]').click()]);
}

/** axe-core's serious and critical WCAG 2.1 A/AA violations on the page, one line each. */
export async function axeSerious(page: Page): Promise<string[]> {
	const { default: AxeBuilder } = await import('@axe-core/playwright');
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
