import { writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Records that a test suite really ran against an external service. CI sets TEST_REPORT_DIR and
 * fails when no suite reported PostgreSQL or Redis, so a skipped service cannot pass silently.
 */
export function reportServiceUsed(service: 'postgres' | 'redis', suite: string): void {
	const dir = process.env.TEST_REPORT_DIR;
	if (!dir) return;
	writeFileSync(path.join(dir, `${service}-${suite.replace(/[^a-z0-9]+/gi, '-')}`), new Date().toISOString());
}
