/**
 * Headers for a public page. Shared caches (a CDN, an office proxy) may keep it for `maxAgeSeconds`
 * only when it shows no one's account: a signed-in member's copy carries their name and menu in the
 * header, so it stays theirs. `Vary: Cookie` keeps a browser from showing the visitor copy it cached
 * before signing in (or the member copy after signing out).
 */
export function publicPageCache(signedIn: boolean, maxAgeSeconds: number): Record<string, string> {
	return { 'cache-control': signedIn ? 'private, no-cache' : `public, max-age=${maxAgeSeconds}`, vary: 'Cookie' };
}
