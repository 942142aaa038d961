import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ out: 'build', precompress: true }),
		alias: { $messages: 'src/lib/paraglide/messages' },
		// Forms are protected by SvelteKit's Origin check; SameSite=Lax cookies add a second line.
		csrf: { trustedOrigins: [] }
	}
};

export default config;
