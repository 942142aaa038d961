// `npm run seed`: creates or refreshes the demo data in the configured database (DATABASE_URL or PGlite under DATA_DIR).
import { closeDatabase, database } from '../src/lib/server/db/index';
import { seedDemo, DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/lib/server/db/seed';

const { db, kind } = await database();
await seedDemo(db);
await closeDatabase();
console.log(`Demo data seeded on ${kind}. Accounts (password ${DEMO_PASSWORD}):`);
for (const account of DEMO_ACCOUNTS) console.log(`  ${account.role.padEnd(12)} ${account.email}`);
