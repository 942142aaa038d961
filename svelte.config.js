import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// discloseVersion off: every page would otherwise load a chunk (and each chunk an import of it)
	// that only registers Svelte's version on `window`.
	compilerOptions: { runes: true, discloseVersion: false },
	kit: {
		adapter: adapter({ out: 'build', precompress: true }),
		alias: { $messages: 'src/lib/paraglide/messages' },
		// Forms are protected by SvelteKit's Origin check; SameSite=Lax cookies add a second line.
		csrf: { trustedOrigins: [] }
	}
};

export default config;
