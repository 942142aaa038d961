import { randomBytes } from 'node:crypto';
import { and, eq, ne } from 'drizzle-orm';
import type { Database } from '../db/client';
import { innovations } from '../db/schema';

/** Prefix of the temporary slug a draft carries until its first publication. */
export const DRAFT_SLUG_PREFIX = 'draf-';

/** A temporary, unguessable slug for a new draft. */
export function draftSlug(): string {
	return `${DRAFT_SLUG_PREFIX}${randomBytes(8).toString('hex')}`;
}

/** Lower-case ASCII words joined by hyphens ("Layanan KTP-el Keliling" → "layanan-ktp-el-keliling"). */
export function slugify(title: string, maxLength = 80): string {
	const base = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, maxLength)
		.replace(/-+$/g, '');
	return base || 'inovasi';
}

/** A slug from the title that no other entry uses (suffix -2, -3, … on collision). */
export async function uniqueSlug(db: Database, title: string, innovationId: number): Promise<string> {
	const base = slugify(title);
	for (let n = 1; n < 1000; n++) {
		const candidate = n === 1 ? base : `${base}-${n}`;
		const [taken] = await db
			.select({ id: innovations.id })
			.from(innovations)
			.where(and(eq(innovations.slug, candidate), ne(innovations.id, innovationId)));
		if (!taken) return candidate;
	}
	return `${base}-${randomBytes(3).toString('hex')}`;
}
