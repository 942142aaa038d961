import type { RequestHandler } from './$types';

// Served by a route rather than a static file because the Sitemap line must be an absolute URL.
export const GET: RequestHandler = ({ url }) => {
	const body = ['User-agent: *', 'Disallow: /admin', 'Disallow: /akun', 'Disallow: /papan', 'Disallow: /api/', '', `Sitemap: ${url.origin}/sitemap.xml`, ''].join('\n');
	return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=3600' } });
};
