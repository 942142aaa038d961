/**
 * The public verification lookup, hardened against enumeration: a per-address rate limit, and a
 * minimum answer time so a hit and a miss (which run the same single indexed query) also look
 * alike from outside when the database is fast or slow for other reasons.
 */
import type { Database } from '../db/client';
import { hitRateLimit, type RateLimitPolicy } from '../auth/rate-limit';
import { verifyCertificate, type CertificateVerification } from './certificates';

/** Lookups from one address: generous for an HR office checking a stack of certificates, useless for guessing 2^50 numbers. */
export const VERIFY_PER_IP: RateLimitPolicy = { name: 'certificate:verify:ip', limit: 60, windowMs: 15 * 60_000 };

// Every answer takes at least this long; lookups take a few milliseconds, so this hides their spread.
const MIN_ANSWER_MS = 150;

export type VerificationAnswer =
	| { kind: 'found'; certificate: CertificateVerification }
	| { kind: 'not_found' }
	| { kind: 'rate_limited'; retryAfterSeconds: number };

/** Looks a number up for `address`, counting against its rate limit, in constant-looking time. */
export async function verifyForVisitor(db: Database, number: string, address: string): Promise<VerificationAnswer> {
	const started = Date.now();
	const hit = await hitRateLimit(db, VERIFY_PER_IP, address);
	let answer: VerificationAnswer;
	if (!hit.allowed) {
		answer = { kind: 'rate_limited', retryAfterSeconds: hit.retryAfterSeconds };
	} else {
		const certificate = await verifyCertificate(db, number);
		answer = certificate ? { kind: 'found', certificate } : { kind: 'not_found' };
	}
	const wait = MIN_ANSWER_MS - (Date.now() - started);
	if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
	return answer;
}
