import { describe, expect, it } from 'vitest';
import { shareLinks } from './share-links';

describe('entry share links', () => {
	it('encode the address and title for every service', () => {
		const links = shareLinks('https://ruangpijar.id/inovasi/a-b?x=1', 'Air & "Sanitasi"');
		expect(links.map((l) => l.name)).toEqual(['WhatsApp', 'Telegram', 'Facebook', 'X', 'LinkedIn', 'Email']);
		const telegram = new URL(links[1]!.href);
		expect(telegram.searchParams.get('url')).toBe('https://ruangpijar.id/inovasi/a-b?x=1');
		expect(telegram.searchParams.get('text')).toBe('Air & "Sanitasi"');
		expect(links[0]!.href).toBe(`https://wa.me/?text=${encodeURIComponent('Air & "Sanitasi" — https://ruangpijar.id/inovasi/a-b?x=1')}`);
		expect(links[5]!.href.startsWith('mailto:?subject=Air%20%26%20%22Sanitasi%22&body=')).toBe(true);
	});
});
