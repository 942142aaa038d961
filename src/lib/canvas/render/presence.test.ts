import { describe, expect, it } from 'vitest';
import { readPeer } from './presence.svelte';

describe('readPeer (awareness from the network is untrusted)', () => {
	it('reads a well-formed state', () => {
		const peer = readPeer(7, {
			user: { id: '12', name: 'Budi', color: '#1971c2' },
			cursor: { x: 10, y: 20 },
			selection: ['a', 'b'],
			editing: 'a',
			view: { x: 0, y: 0, w: 100, h: 50 },
			drag: { ids: ['a'], dx: 5, dy: -5 },
			reaction: { emoji: '🎉', x: 1, y: 2, n: 3 }
		});
		expect(peer).toEqual({
			clientId: 7,
			user: { id: '12', name: 'Budi', color: '#1971c2' },
			cursor: { x: 10, y: 20 },
			selection: ['a', 'b'],
			editing: 'a',
			view: { x: 0, y: 0, w: 100, h: 50 },
			drag: { ids: ['a'], dx: 5, dy: -5 },
			reaction: { emoji: '🎉', x: 1, y: 2, n: 3 }
		});
	});

	it('drops or repairs hostile fields instead of passing them on', () => {
		expect(readPeer(1, null)).toBeNull();
		expect(readPeer(1, { user: { id: '../x', name: 'A' } })).toBeNull();
		const peer = readPeer(2, {
			user: { id: 'u2', name: 'x'.repeat(500), color: 'red; background: url(evil)' },
			cursor: { x: NaN, y: 1 },
			selection: ['ok', '__proto__', 42, 'a b'],
			editing: { toString: () => 'a' },
			view: { x: 0, y: 0, w: -5, h: 10 },
			drag: { ids: 'a', dx: Infinity, dy: 0 },
			reaction: { emoji: '<img src=x>', x: 0, y: 0, n: 1 }
		});
		expect(peer).toMatchObject({ cursor: null, selection: ['ok'], editing: null, view: null, drag: null, reaction: null });
		expect(peer?.user.name.length).toBe(80);
		expect(peer?.user.color).toBe('#6b625c');
	});
});
