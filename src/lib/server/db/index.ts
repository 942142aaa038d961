import path from 'node:path';
import { openDatabase, type Database, type DatabaseHandle } from './client';

export { queryRows, ping, type Database } from './client';

// Kept on globalThis so the SvelteKit bundle, the Vite dev plugin and the production entry share
// one connection: PGlite is a single connection in a single process.
const KEY = Symbol.for('ruang-pijar.database');
type Holder = { [KEY]?: Promise<DatabaseHandle> };
const holder = globalThis as Holder;

/** Data directory for PGlite and local uploads (`DATA_DIR`, default `./data`). */
export function dataDir(): string {
	return path.resolve(process.env.DATA_DIR ?? './data');
}

/** Opens (once) the app's database from the environment: `DATABASE_URL` or PGlite under `DATA_DIR`. */
export function database(): Promise<DatabaseHandle> {
	holder[KEY] ??= (async () => {
		const url = process.env.DATABASE_URL || undefined;
		if (!url && process.env.REDIS_URL) {
			throw new Error(
				'REDIS_URL is set but DATABASE_URL is not: the embedded PGlite is one process only, so it cannot scale out. Set DATABASE_URL to a PostgreSQL server or unset REDIS_URL.'
			);
		}
		const handle = await openDatabase({ url, dataDir: path.join(dataDir(), 'pglite') });
		const { seedIfEmpty } = await import('./seed');
		await seedIfEmpty(handle.db);
		return handle;
	})();
	return holder[KEY];
}

/** The app's drizzle handle. */
export async function getDb(): Promise<Database> {
	return (await database()).db;
}

/** Closes the app's database (graceful shutdown). */
export async function closeDatabase(): Promise<void> {
	const pending = holder[KEY];
	if (!pending) return;
	delete holder[KEY];
	await (await pending).close();
}
