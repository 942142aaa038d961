import { describe, expect, it } from 'vitest';
import { publicPageCache } from './page-cache';

describe('public page caching', () => {
	it('lets shared caches keep a visitor page, never a member page', () => {
		expect(publicPageCache(false, 30)).toEqual({ 'cache-control': 'public, max-age=30', vary: 'Cookie' });
		expect(publicPageCache(true, 30)).toEqual({ 'cache-control': 'private, no-cache', vary: 'Cookie' });
	});
});
