/**
 * Fixed-window rate limiting on the `rate_limits` table, so every instance shares the counters.
 *
 * One row per key (`<policy>:<subject>`). A hit is a single atomic upsert that either starts a new
 * window or increments the current one, so concurrent attempts cannot slip past the limit between
 * a read and a write. `RATE_LIMIT_SCALE` multiplies every limit (the e2e suite signs in many times
 * from one address); it defaults to 1.
 */
import { eq, lt, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { rateLimits } from '../db/schema';

export interface RateLimitPolicy {
	/** Key prefix, e.g. `login:account`. */
	name: string;
	/** Attempts allowed per window before scaling. */
	limit: number;
	windowMs: number;
}

export interface RateLimitHit {
	allowed: boolean;
	/** Attempts left in this window after this one. */
	remaining: number;
	/** Seconds until the window ends (when blocked, how long to wait). */
	retryAfterSeconds: number;
}

const MINUTE = 60_000;

/** Guessing one account's password: 5 tries per 15 minutes. */
export const LOGIN_PER_ACCOUNT: RateLimitPolicy = { name: 'login:account', limit: 5, windowMs: 15 * MINUTE };
/** Failed sign-ins from one address: roomy, because a workshop room shares one NAT address. */
export const LOGIN_PER_IP: RateLimitPolicy = { name: 'login:ip', limit: 30, windowMs: 15 * MINUTE };
/** Reset mails to one address: 3 per hour keeps a mailbox from being flooded. */
export const RESET_PER_ACCOUNT: RateLimitPolicy = { name: 'reset:account', limit: 3, windowMs: 60 * MINUTE };
/** Reset requests from one address per hour. */
export const RESET_PER_IP: RateLimitPolicy = { name: 'reset:ip', limit: 10, windowMs: 60 * MINUTE };

// Rows older than the longest window are dead; prune them now and then rather than on every hit.
const PRUNE_AFTER_MS = 24 * 60 * MINUTE;
const PRUNE_EVERY_MS = 10 * MINUTE;
let lastPrune = 0;

/** The multiplier from `RATE_LIMIT_SCALE` (positive number, default 1). */
export function rateLimitScale(): number {
	const scale = Number(process.env.RATE_LIMIT_SCALE ?? '1');
	return Number.isFinite(scale) && scale > 0 ? scale : 1;
}

/** The effective limit of a policy after scaling (at least 1). */
export function effectiveLimit(policy: RateLimitPolicy): number {
	return Math.max(1, Math.floor(policy.limit * rateLimitScale()));
}

function keyOf(policy: RateLimitPolicy, subject: string): string {
	return `${policy.name}:${subject.slice(0, 300)}`;
}

/** Counts one attempt for `subject` under `policy` and says whether it is within the limit. */
export async function hitRateLimit(
	db: Database,
	policy: RateLimitPolicy,
	subject: string,
	now: Date = new Date()
): Promise<RateLimitHit> {
	const cutoff = new Date(now.getTime() - policy.windowMs);
	const expired = sql`${rateLimits.windowStart} <= ${cutoff.toISOString()}::timestamptz`;
	const [row] = await db
		.insert(rateLimits)
		.values({ key: keyOf(policy, subject), count: 1, windowStart: now })
		.onConflictDoUpdate({
			target: rateLimits.key,
			set: {
				count: sql`case when ${expired} then 1 else ${rateLimits.count} + 1 end`,
				windowStart: sql`case when ${expired} then ${now.toISOString()}::timestamptz else ${rateLimits.windowStart} end`
			}
		})
		.returning({ count: rateLimits.count, windowStart: rateLimits.windowStart });
	const limit = effectiveLimit(policy);
	const count = row?.count ?? 1;
	const windowEnd = (row?.windowStart ?? now).getTime() + policy.windowMs;
	if (now.getTime() - lastPrune > PRUNE_EVERY_MS) {
		lastPrune = now.getTime();
		await pruneRateLimits(db, now);
	}
	return {
		allowed: count <= limit,
		remaining: Math.max(0, limit - count),
		retryAfterSeconds: Math.max(1, Math.ceil((windowEnd - now.getTime()) / 1000))
	};
}

/** Gives one attempt back (a successful sign-in should not use up an address's budget). */
export async function refundRateLimit(db: Database, policy: RateLimitPolicy, subject: string): Promise<void> {
	await db
		.update(rateLimits)
		.set({ count: sql`greatest(${rateLimits.count} - 1, 0)` })
		.where(eq(rateLimits.key, keyOf(policy, subject)));
}

/** Forgets the counter (after a successful sign-in or password reset for that account). */
export async function clearRateLimit(db: Database, policy: RateLimitPolicy, subject: string): Promise<void> {
	await db.delete(rateLimits).where(eq(rateLimits.key, keyOf(policy, subject)));
}

/** Deletes counters whose window ended long ago. */
export async function pruneRateLimits(db: Database, now: Date = new Date()): Promise<void> {
	await db.delete(rateLimits).where(lt(rateLimits.windowStart, new Date(now.getTime() - PRUNE_AFTER_MS)));
}
