/**
 * Published entries written straight to the tables (an innovation, its revision, the pointer), for
 * gallery tests and the gallery benchmark. The database triggers then fill `gallery_entries`
 * exactly as a curator's publication would.
 */
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { innovationRevisions, innovations } from '../db/schema';
import type { GovernmentLevel, InnovationStage } from '../../innovations/fields';

export interface EntrySpec {
	slug: string;
	title: string;
	summary?: string;
	body?: string;
	stage?: InnovationStage;
	isDigital?: boolean;
	governmentLevel?: GovernmentLevel | null;
	province?: { code: string; name: string } | null;
	agency?: { name: string; kind: string } | null;
	themes?: string[];
	sdgs?: number[];
	startedOn?: string | null;
	appreciations?: number;
	publishedAt?: Date;
	status?: 'published' | 'archived';
	featured?: boolean;
}

/** The revision content for a spec, in the shape `contentSchema` reads. */
export function specContent(spec: EntrySpec): Record<string, unknown> {
	return {
		title: spec.title,
		summary: spec.summary ?? '',
		background: spec.body ?? '',
		solution: '',
		stage: spec.stage ?? 'diterapkan',
		stillRunning: true,
		startedOn: spec.startedOn ?? null,
		endedOn: null,
		isDigital: spec.isDigital ?? false,
		form: 'pelayanan_publik',
		agency: spec.agency ? { id: 0, name: spec.agency.name, kind: spec.agency.kind, kindNameId: spec.agency.kind, kindNameEn: spec.agency.kind } : null,
		governmentLevel: spec.governmentLevel ?? null,
		province: spec.province ?? null,
		regency: '',
		themes: (spec.themes ?? []).map((slug, i) => ({ id: i + 1, slug, nameId: slug, nameEn: slug })),
		sdgs: (spec.sdgs ?? []).map((number) => ({ number, nameId: `SDG ${number}`, nameEn: `SDG ${number}` })),
		tags: [],
		indicators: [],
		media: [],
		boardSnapshot: null
	};
}

/** Inserts one published entry; returns its innovation id. */
export async function insertPublishedEntry(db: Database, spec: EntrySpec): Promise<number> {
	const at = spec.publishedAt ?? new Date();
	const [row] = await db
		.insert(innovations)
		.values({
			slug: spec.slug,
			title: spec.title,
			status: 'draft',
			appreciationCount: spec.appreciations ?? 0,
			featured: spec.featured ?? false
		})
		.returning({ id: innovations.id });
	const id = row!.id;
	const [revision] = await db
		.insert(innovationRevisions)
		.values({ innovationId: id, content: specContent(spec), publishedAt: at })
		.returning({ id: innovationRevisions.id });
	await db
		.update(innovations)
		.set({ status: spec.status ?? 'published', publishedRevisionId: revision!.id, publishedAt: at })
		.where(eq(innovations.id, id));
	return id;
}

/** Drops every entry (tests that need an empty gallery). */
export async function clearInnovations(db: Database): Promise<void> {
	await db.execute(sql`delete from innovations`);
}
