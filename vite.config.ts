import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { defineConfig } from 'vitest/config';
import { realtimeDevServer } from './scripts/vite-realtime';

export default defineConfig({
	plugins: [
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			// Indonesian by default; `/en/...` URLs or the language cookie switch to English.
			strategy: ['url', 'cookie', 'baseLocale']
		}),
		sveltekit(),
		realtimeDevServer()
	],
	server: { port: 5173 },
	test: {
		include: ['src/**/*.test.ts'],
		environment: 'node',
		// Seeding the full demo (30 innovations, argon2 hashes) takes seconds; leave room on a busy CI machine.
		testTimeout: 60_000,
		hookTimeout: 60_000,
		// Test files open their own PGlite/PostgreSQL databases; two workers fit two cores.
		maxWorkers: 2
	}
});
