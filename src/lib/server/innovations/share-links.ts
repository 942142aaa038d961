/**
 * Share addresses for an entry page: plain links to each service's own share form (no third-party
 * scripts, no tracking pixels). Built on the server so the page ships no code for them.
 */
import * as m from '../../paraglide/messages';

export interface ShareLink {
	name: string;
	href: string;
}

/** Links that share `url` (with `title` where the service takes a text), in display order. */
export function shareLinks(url: string, title: string): ShareLink[] {
	const u = encodeURIComponent(url);
	const t = encodeURIComponent(title);
	return [
		{ name: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${title} — ${url}`)}` },
		{ name: 'Telegram', href: `https://t.me/share/url?url=${u}&text=${t}` },
		{ name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
		{ name: 'X', href: `https://x.com/intent/post?url=${u}&text=${t}` },
		{ name: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
		{ name: m.innovation_share_email(), href: `mailto:?subject=${t}&body=${u}` }
	];
}
