import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openDatabase, type DatabaseHandle } from './client';
import { reportServiceUsed } from '../testing/report';

export type TestDatabaseKind = 'pglite' | 'postgres';

/**
 * Kinds of database the data-layer tests run on: always PGlite, plus PostgreSQL when
 * `TEST_DATABASE_URL` is set (CI sets it and fails if PostgreSQL tests did not run).
 */
export const TEST_DATABASE_KINDS: TestDatabaseKind[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

/** A migrated, empty database of the given kind; `close()` drops it again (PostgreSQL: a scratch database). */
export async function createTestDatabase(kind: TestDatabaseKind): Promise<DatabaseHandle> {
	if (kind === 'pglite') return openDatabase({ dataDir: 'memory://' });
	const adminUrl = process.env.TEST_DATABASE_URL;
	if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
	const name = `rp_test_${randomBytes(6).toString('hex')}`;
	const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database ${name}`);
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	const handle = await openDatabase({ url: url.toString(), max: 4 });
	reportServiceUsed('postgres', name);
	return {
		...handle,
		async close() {
			await handle.close();
			await admin.unsafe(`drop database if exists ${name} with (force)`);
			await admin.end();
		}
	};
}
