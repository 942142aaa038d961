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

	it('reads a resize or turn in progress only when its boxes and angle are sound', () => {
		const user = { id: 'u3', name: 'Citra' };
		const scale = { from: { x: 0, y: 0, w: 100, h: 50 }, to: { x: 0, y: 0, w: 200, h: 100 } };
		expect(readPeer(3, { user, drag: { ids: ['a'], dx: 0, dy: 0, scale } })?.drag).toEqual({ ids: ['a'], dx: 0, dy: 0, scale });
		expect(readPeer(3, { user, drag: { ids: ['a'], dx: 0, dy: 0, rotation: 1.5 } })?.drag).toEqual({ ids: ['a'], dx: 0, dy: 0, rotation: 1.5 });
		// A zero-width source box (division by zero), NaN, or a string angle: left out, the drag stays a plain move.
		for (const bad of [
			{ scale: { from: { x: 0, y: 0, w: 0, h: 50 }, to: scale.to } },
			{ scale: { from: scale.from, to: { x: NaN, y: 0, w: 1, h: 1 } } },
			{ scale: 'big' },
			{ rotation: '1.5' },
			{ rotation: Infinity }
		]) {
			expect(readPeer(3, { user, drag: { ids: ['a'], dx: 0, dy: 0, ...bad } })?.drag).toEqual({ ids: ['a'], dx: 0, dy: 0 });
		}
	});
});
