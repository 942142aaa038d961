import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KINDS } from '../db/testing';
import type { Database } from '../db/client';
import { rateLimits } from '../db/schema';
import { clearRateLimit, effectiveLimit, hitRateLimit, pruneRateLimits, rateLimitScale, refundRateLimit, type RateLimitPolicy } from './rate-limit';

const POLICY: RateLimitPolicy = { name: 'test', limit: 3, windowMs: 60_000 };

describe('rate limit scale', () => {
	const saved = process.env.RATE_LIMIT_SCALE;
	afterEach(() => {
		if (saved === undefined) delete process.env.RATE_LIMIT_SCALE;
		else process.env.RATE_LIMIT_SCALE = saved;
	});

	it('defaults to 1 and multiplies limits; nonsense falls back to 1', () => {
		delete process.env.RATE_LIMIT_SCALE;
		expect(rateLimitScale()).toBe(1);
		expect(effectiveLimit(POLICY)).toBe(3);
		process.env.RATE_LIMIT_SCALE = '10';
		expect(effectiveLimit(POLICY)).toBe(30);
		process.env.RATE_LIMIT_SCALE = '0.1';
		expect(effectiveLimit(POLICY)).toBe(1);
		for (const bad of ['abc', '-2', '0']) {
			process.env.RATE_LIMIT_SCALE = bad;
			expect(rateLimitScale()).toBe(1);
		}
	});
});

describe.each(TEST_DATABASE_KINDS)('rate limits on %s', (kind) => {
	let db: Database;
	let close: () => Promise<void>;
	const saved = process.env.RATE_LIMIT_SCALE;

	beforeAll(async () => {
		delete process.env.RATE_LIMIT_SCALE;
		const handle = await createTestDatabase(kind);
		db = handle.db;
		close = handle.close;
	});
	afterAll(async () => {
		if (saved !== undefined) process.env.RATE_LIMIT_SCALE = saved;
		await close();
	});

	it('allows `limit` hits per window, then blocks until the window ends', async () => {
		const t0 = new Date('2026-01-01T00:00:00Z');
		const at = (ms: number) => new Date(t0.getTime() + ms);
		const results = [];
		for (let i = 0; i < 4; i++) results.push(await hitRateLimit(db, POLICY, 'a', at(i * 1000)));
		expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
		expect(results.map((r) => r.remaining)).toEqual([2, 1, 0, 0]);
		expect(results[3]!.retryAfterSeconds).toBe(57);
		// Other subjects have their own counter.
		expect((await hitRateLimit(db, POLICY, 'b', at(4000))).allowed).toBe(true);
		// Fixed window: a new one starts at the first hit after the old one ended.
		const fresh = await hitRateLimit(db, POLICY, 'a', at(60_000));
		expect(fresh).toMatchObject({ allowed: true, remaining: 2 });
	});

	it('refunds one attempt and clears a counter', async () => {
		const now = new Date('2026-01-02T00:00:00Z');
		for (let i = 0; i < 3; i++) await hitRateLimit(db, POLICY, 'c', now);
		await refundRateLimit(db, POLICY, 'c');
		expect((await hitRateLimit(db, POLICY, 'c', now)).allowed).toBe(true);
		expect((await hitRateLimit(db, POLICY, 'c', now)).allowed).toBe(false);
		await clearRateLimit(db, POLICY, 'c');
		expect((await hitRateLimit(db, POLICY, 'c', now)).remaining).toBe(2);
	});

	it('counts concurrent hits exactly (one atomic upsert each)', async () => {
		const now = new Date('2026-01-03T00:00:00Z');
		const hits = await Promise.all(Array.from({ length: 12 }, () => hitRateLimit(db, POLICY, 'burst', now)));
		expect(hits.filter((h) => h.allowed)).toHaveLength(3);
	});

	it('prunes counters whose window ended a day ago', async () => {
		await hitRateLimit(db, POLICY, 'old', new Date('2025-06-01T00:00:00Z'));
		await pruneRateLimits(db, new Date('2026-01-03T00:00:00Z'));
		const keys = (await db.select({ key: rateLimits.key }).from(rateLimits)).map((r) => r.key);
		expect(keys).not.toContain('test:old');
		expect(keys).toContain('test:burst');
	});
});
