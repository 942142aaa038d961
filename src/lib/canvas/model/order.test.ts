import { describe, expect, it } from 'vitest';
import { compareOrder, isValidOrderKey, orderKeyBetween, orderKeysBetween, orderKeysOnTop, reorder } from './order';
import { MAX_ORDER_KEY } from './limits';

const ids = (shapes: { id: string }[]) => shapes.map((s) => s.id);

describe('order keys', () => {
	it('validates keys', () => {
		expect(isValidOrderKey('a0')).toBe(true);
		expect(isValidOrderKey('a0V')).toBe(true);
		for (const bad of ['', 'a00', 'zz', 'a0!', 'a0 ', 42, null, 'a' + '1'.repeat(MAX_ORDER_KEY)]) {
			expect(isValidOrderKey(bad)).toBe(false);
		}
	});

	it('sorts by key then by id, with plain code-unit comparison', () => {
		const shapes = [
			{ id: 'b', order: 'a1' },
			{ id: 'a', order: 'a1' },
			{ id: 'Z', order: 'a0' }
		];
		expect(ids([...shapes].sort(compareOrder))).toEqual(['Z', 'a', 'b']);
	});

	it('generates keys strictly between, even when both bounds are equal', () => {
		const [k1, k2] = orderKeysBetween('a0', 'a1', 2) as [string, string];
		expect('a0' < k1 && k1 < k2 && k2 < 'a1').toBe(true);
		const tie = orderKeyBetween('a1', 'a1');
		expect(tie > 'a1' && tie < 'a2').toBe(true);
		expect(orderKeysOnTop([{ order: 'a3' }, { order: 'a5' }], 1)[0]! > 'a5').toBe(true);
		expect(orderKeysOnTop([], 1)).toEqual(['a0']);
	});
});

describe('reorder', () => {
	const board = ['a', 'b', 'c', 'd', 'e'].map((id, i) => ({ id, order: `a${i}` }));
	const apply = (moves: Map<string, string>) =>
		ids(board.map((s) => ({ ...s, order: moves.get(s.id) ?? s.order })).sort(compareOrder));

	it('brings to front and sends to back, keeping relative order', () => {
		expect(apply(reorder(board, new Set(['b', 'a']), 'front'))).toEqual(['c', 'd', 'e', 'a', 'b']);
		expect(apply(reorder(board, new Set(['e', 'c']), 'back'))).toEqual(['c', 'e', 'a', 'b', 'd']);
	});

	it('moves one step forward and backward past the next other shape', () => {
		expect(apply(reorder(board, new Set(['b']), 'forward'))).toEqual(['a', 'c', 'b', 'd', 'e']);
		expect(apply(reorder(board, new Set(['d']), 'backward'))).toEqual(['a', 'b', 'd', 'c', 'e']);
		expect(reorder(board, new Set(['e']), 'forward').size).toBe(0);
		expect(reorder(board, new Set(['a']), 'backward').size).toBe(0);
	});

	it('steps past shapes that share a key after concurrent inserts', () => {
		const tied = [
			{ id: 'a', order: 'a0' },
			{ id: 'b', order: 'a1' },
			{ id: 'c', order: 'a1' },
			{ id: 'd', order: 'a2' }
		];
		const moves = reorder(tied, new Set(['a']), 'forward');
		const sorted = ids(tied.map((s) => ({ ...s, order: moves.get(s.id) ?? s.order })).sort(compareOrder));
		expect(sorted.indexOf('a')).toBeGreaterThan(sorted.indexOf('b'));
		expect(sorted.indexOf('a')).toBeLessThan(sorted.indexOf('d'));
	});
});
