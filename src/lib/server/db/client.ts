import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { sql, type SQL } from 'drizzle-orm';
import postgres from 'postgres';
import * as schema from './schema';

/** The drizzle handle every server module uses; the same type for PGlite and PostgreSQL. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DatabaseHandle {
	db: Database;
	kind: 'pglite' | 'postgres';
	close(): Promise<void>;
}

export interface DatabaseOptions {
	/** postgres:// URL; without it the embedded PGlite under dataDir is used. */
	url?: string;
	/** Directory for PGlite's files; `memory://` keeps it in memory (tests). */
	dataDir?: string;
	/** Connection pool size for PostgreSQL. */
	max?: number;
}

/** Folder with drizzle-kit's migrations; the same files run on PGlite and PostgreSQL. */
export const MIGRATIONS_DIR = path.resolve(process.env.MIGRATIONS_DIR ?? 'drizzle');

/** Opens the database and applies pending migrations (drizzle-kit's own migrate fails on PGlite extensions). */
export async function openDatabase(options: DatabaseOptions = {}): Promise<DatabaseHandle> {
	if (options.url) {
		const client = postgres(options.url, {
			max: options.max ?? 10,
			onnotice: () => {},
			connection: { application_name: 'ruang-pijar' }
		});
		const db = drizzlePostgres(client, { schema }) as unknown as Database;
		await migratePostgres(db as never, { migrationsFolder: MIGRATIONS_DIR });
		return { db, kind: 'postgres', close: () => client.end({ timeout: 5 }) };
	}
	const dataDir = options.dataDir ?? './data/pglite';
	// PGlite does not create parent directories itself.
	if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
	const client = await PGlite.create(dataDir, { extensions: { pg_trgm } });
	const db = drizzlePglite(client, { schema }) as unknown as Database;
	await migratePglite(db as never, { migrationsFolder: MIGRATIONS_DIR });
	return { db, kind: 'pglite', close: () => client.close() };
}

/** Runs raw SQL and returns its rows; hides that postgres-js returns an array and PGlite `{rows}`. */
export async function queryRows<T extends Record<string, unknown>>(db: Database, query: SQL): Promise<T[]> {
	const result = (await db.execute(query)) as unknown;
	if (Array.isArray(result)) return result as T[];
	return ((result as { rows?: T[] }).rows ?? []) as T[];
}

/** True when the database answers a trivial query (health checks). */
export async function ping(db: Database): Promise<boolean> {
	try {
		await db.execute(sql`select 1`);
		return true;
	} catch {
		return false;
	}
}
