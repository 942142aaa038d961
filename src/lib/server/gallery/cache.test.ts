import { describe, expect, it } from 'vitest';
import { cached } from './cache';

describe('gallery result cache', () => {
	it('computes once per key within the time window and forgets failures', async () => {
		let calls = 0;
		const compute = async () => ++calls;
		expect(await cached('k1', compute)).toBe(1);
		expect(await cached('k1', compute)).toBe(1);
		expect(await cached('k2', compute)).toBe(2);
		await expect(cached('bad', async () => Promise.reject(new Error('x')))).rejects.toThrow('x');
		expect(await cached('bad', async () => 'ok')).toBe('ok');
	});
});
