import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const ORIGIN = `http://localhost:${PORT}`;
// Separate data directories let two suites run side by side on one machine (each wipes its own).
const DATA_DIR = process.env.E2E_DATA_DIR ?? '.e2e-data';

// Debian's Chromium: Playwright cannot download its own browser on these machines.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const launchOptions = {
	executablePath,
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run'
	]
};

export default defineConfig({
	testDir: 'tests',
	testMatch: /.*\.spec\.ts$/,
	fullyParallel: false,
	workers: 1,
	retries: 0,
	timeout: 30_000,
	expect: { timeout: 7_000 },
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: ORIGIN,
		locale: 'id-ID',
		trace: 'retain-on-failure',
		launchOptions
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } }],
	webServer: {
		// The production build on a fresh embedded database, seeded with the demo on first start.
		command: `rm -rf ${DATA_DIR} && node server.js`,
		url: `${ORIGIN}/healthz`,
		reuseExistingServer: false,
		timeout: 120_000,
		env: {
			PORT: String(PORT),
			ORIGIN,
			DATA_DIR,
			// The e2e suite signs in many times from one IP; keep the limiter on but roomier.
			RATE_LIMIT_SCALE: '10'
		}
	}
});
