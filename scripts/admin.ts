// `npm run admin -- <command>`: account administration from a shell, through the same services as the app.
//   create   --email a@b.id --name "Nama" --password "…"   creates an admin, or promotes an existing account
//   set-role --email a@b.id --role curator                  participant | facilitator | mentor | curator | admin
// Uses DATABASE_URL, or the embedded PGlite under DATA_DIR (default ./data). Stop a running PGlite
// server first: PGlite allows one process at a time.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { overwriteGetLocale } from '../src/lib/paraglide/runtime';
import { closeDatabase, database } from '../src/lib/server/db/index';
import { createOrPromoteAdmin, setRoleByEmail } from '../src/lib/server/auth/admin-users';
import { emailSchema, nameSchema, newPasswordSchema, roleSchema } from '../src/lib/server/auth/schemas';
import { parseInput } from '../src/lib/server/validation/form';

const USAGE = `Usage:
  npm run admin -- create --email you@agency.go.id --name "Your Name" --password "a long passphrase"
  npm run admin -- set-role --email someone@agency.go.id --role participant|facilitator|mentor|curator|admin`;

// Field messages in the shell's language: Indonesian if LANG says so, English otherwise.
overwriteGetLocale(() => ((process.env.LANG ?? '').toLowerCase().startsWith('id') ? 'id' : 'en'));

function fail(message: string): never {
	console.error(`error: ${message}`);
	process.exitCode = 1;
	throw new CliError(message);
}

class CliError extends Error {}

/** Validates the options of a command; prints every field error at once. */
function validate<S extends z.ZodType>(schema: S, values: Record<string, unknown>): z.output<S> {
	const parsed = parseInput(schema, values);
	if (parsed.ok) return parsed.data;
	const lines = Object.entries(parsed.errors).map(([field, message]) => `  --${field}: ${message}`);
	return fail(`invalid options\n${lines.join('\n')}\n\n${USAGE}`);
}

async function main(): Promise<void> {
	let parsedArgs;
	try {
		parsedArgs = parseArgs({
			allowPositionals: true,
			options: { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' }, role: { type: 'string' } }
		});
	} catch (error) {
		fail(`${(error as Error).message}\n\n${USAGE}`);
	}
	const { positionals, values } = parsedArgs;
	const command = positionals[0];
	if (command !== 'create' && command !== 'set-role') fail(`unknown command ${command ? `"${command}"` : '(none)'}\n\n${USAGE}`);

	if (command === 'create') {
		const input = validate(z.object({ email: emailSchema, name: nameSchema, password: newPasswordSchema }), values);
		const { db, kind } = await database();
		const result = await createOrPromoteAdmin(db, input);
		console.log(
			result.created
				? `Created admin ${input.email} (handle ${result.handle}) on ${kind}.`
				: `${input.email} already had an account: it is now an admin (its password and name are unchanged).`
		);
		return;
	}

	const input = validate(z.object({ email: emailSchema, role: roleSchema }), values);
	const { db } = await database();
	const result = await setRoleByEmail(db, input.email, input.role);
	if (!result.ok) fail(result.message);
	console.log(result.changed ? `${input.email} is now ${input.role}; their sessions were ended.` : `${input.email} already was ${input.role}.`);
}

try {
	await main();
} catch (error) {
	if (!(error instanceof CliError)) {
		console.error(error instanceof Error ? `error: ${error.message}` : error);
		process.exitCode = 1;
	}
} finally {
	await closeDatabase();
}
