/**
 * Drafting: create an entry, save the guided form step by step, list a person's entries. Callers
 * authorize first (permissions.ts); these functions assume the actor may do what they ask.
 */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import {
	agencies,
	agencyKinds,
	innovationIndicators,
	innovationMembers,
	innovationMentors,
	innovationSdgs,
	innovationTags,
	innovationThemes,
	innovations,
	moderationEvents,
	tags,
	themes,
	users
} from '../db/schema';
import type { GovernmentLevel, InnovationStatus } from '../../innovations/fields';
import * as m from '../../paraglide/messages';
import { draftSlug, slugify } from './slug';
import type { StepInput } from './validation';

export interface DraftSeed {
	title?: string;
	summary?: string;
	background?: string;
	solution?: string;
	novelty?: string;
	results?: string;
	workshopId?: number | null;
	teamId?: number | null;
	sourceBoardId?: string | null;
	boardSnapshot?: unknown;
}

const LEVEL_OF_KIND: Record<string, GovernmentLevel> = {
	pusat: 'pusat',
	provinsi: 'provinsi',
	'kabupaten/kota': 'kabupaten_kota',
	kabupaten_kota: 'kabupaten_kota',
	kabkota: 'kabupaten_kota'
};

/** Creates a draft with the creator as team lead; agency, level and province come from their profile. */
export async function createDraft(db: Database, creatorId: number, seed: DraftSeed = {}): Promise<number> {
	return db.transaction(async (tx) => {
		const [profile] = await tx
			.select({ agencyId: users.agencyId, provinceCode: users.provinceCode, level: agencyKinds.level })
			.from(users)
			.leftJoin(agencies, eq(users.agencyId, agencies.id))
			.leftJoin(agencyKinds, eq(agencies.kind, agencyKinds.slug))
			.where(eq(users.id, creatorId));
		const [row] = await tx
			.insert(innovations)
			.values({
				slug: draftSlug(),
				title: seed.title ?? '',
				summary: seed.summary ?? '',
				background: seed.background ?? '',
				solution: seed.solution ?? '',
				novelty: seed.novelty ?? '',
				results: seed.results ?? '',
				agencyId: profile?.agencyId ?? null,
				provinceCode: profile?.provinceCode ?? null,
				governmentLevel: profile?.level ? (LEVEL_OF_KIND[profile.level] ?? null) : null,
				workshopId: seed.workshopId ?? null,
				teamId: seed.teamId ?? null,
				sourceBoardId: seed.sourceBoardId ?? null,
				boardSnapshot: seed.boardSnapshot ?? null,
				createdBy: creatorId
			})
			.returning({ id: innovations.id });
		await tx.insert(innovationMembers).values({ innovationId: row!.id, userId: creatorId, role: 'lead' });
		await tx.insert(moderationEvents).values({ innovationId: row!.id, actorId: creatorId, action: 'create', toStatus: 'draft' });
		return row!.id;
	});
}

/**
 * Saves one step. Editing a published entry moves its working copy to draft (audited) while the
 * published revision stays public until the edit is reviewed.
 */
export async function saveStep(db: Database, innovationId: number, actorId: number, input: StepInput): Promise<void> {
	await db.transaction(async (tx) => {
		const [current] = await tx
			.select({ status: innovations.status })
			.from(innovations)
			.where(eq(innovations.id, innovationId))
			.for('update');
		if (!current) throw new Error(`innovation ${innovationId} not found`);
		const status = await markEdited(tx, innovationId, actorId, current.status);
		const base = { status, updatedAt: new Date() };
		switch (input.step) {
			case 'ringkasan':
			case 'cerita':
			case 'pelaksanaan':
				await tx.update(innovations).set({ ...base, ...input.data }).where(eq(innovations.id, innovationId));
				break;
			case 'dampak': {
				const { indicators, ...fields } = input.data;
				await tx.update(innovations).set({ ...base, ...fields }).where(eq(innovations.id, innovationId));
				await tx.delete(innovationIndicators).where(eq(innovationIndicators.innovationId, innovationId));
				if (indicators.length) {
					await tx.insert(innovationIndicators).values(
						indicators.map(({ remove: _remove, ...row }, position) => ({ ...row, innovationId, position }))
					);
				}
				break;
			}
			case 'klasifikasi': {
				const { themeIds, sdgNumbers, tags: tagNames, ...fields } = input.data;
				await tx.update(innovations).set({ ...base, ...fields }).where(eq(innovations.id, innovationId));
				await tx.delete(innovationThemes).where(eq(innovationThemes.innovationId, innovationId));
				const validThemes = themeIds.length
					? await tx.select({ id: themes.id }).from(themes).where(inArray(themes.id, themeIds))
					: [];
				if (validThemes.length) {
					await tx.insert(innovationThemes).values(validThemes.map((t) => ({ innovationId, themeId: t.id })));
				}
				await tx.delete(innovationSdgs).where(eq(innovationSdgs.innovationId, innovationId));
				const numbers = [...new Set(sdgNumbers)];
				if (numbers.length) await tx.insert(innovationSdgs).values(numbers.map((sdgNumber) => ({ innovationId, sdgNumber })));
				await tx.delete(innovationTags).where(eq(innovationTags.innovationId, innovationId));
				for (const name of tagNames) {
					const slug = slugify(name, 60);
					await tx.insert(tags).values({ slug, name }).onConflictDoNothing({ target: tags.slug });
					const [tag] = await tx.select({ id: tags.id }).from(tags).where(eq(tags.slug, slug));
					await tx.insert(innovationTags).values({ innovationId, tagId: tag!.id }).onConflictDoNothing();
				}
				break;
			}
		}
	});
}

/**
 * Records that the team changed the entry: bumps `updatedAt` and, for a published entry, moves the
 * working copy to draft (audited) while the published revision stays public. Returns the new status.
 */
export async function markEdited(
	db: Database,
	innovationId: number,
	actorId: number,
	status?: InnovationStatus
): Promise<InnovationStatus> {
	let current = status;
	if (current === undefined) {
		const [row] = await db.select({ status: innovations.status }).from(innovations).where(eq(innovations.id, innovationId));
		current = row?.status ?? 'draft';
	}
	const next: InnovationStatus = current === 'published' ? 'draft' : current;
	if (next !== current) {
		await db.insert(moderationEvents).values({ innovationId, actorId, action: 'edit', fromStatus: current, toStatus: next });
	}
	await db.update(innovations).set({ status: next, updatedAt: new Date() }).where(eq(innovations.id, innovationId));
	return next;
}

/** The working-copy row of an entry with only what pages need. */
export async function getEntryHeader(db: Database, innovationId: number) {
	const [row] = await db
		.select({
			id: innovations.id,
			slug: innovations.slug,
			title: innovations.title,
			status: innovations.status,
			featured: innovations.featured,
			publishedRevisionId: innovations.publishedRevisionId,
			publishedAt: innovations.publishedAt,
			submittedAt: innovations.submittedAt,
			updatedAt: innovations.updatedAt,
			provinceCode: innovations.provinceCode
		})
		.from(innovations)
		.where(eq(innovations.id, innovationId));
	return row ?? null;
}

export type EntryHeader = NonNullable<Awaited<ReturnType<typeof getEntryHeader>>>;

export interface MyEntry {
	id: number;
	title: string;
	slug: string;
	status: InnovationStatus;
	isPublic: boolean;
	relation: 'team' | 'mentor';
	updatedAt: string;
}

/** Entries the user works on (team) or accompanies (assigned mentor), most recently changed first. */
export async function listMyEntries(db: Database, userId: number): Promise<MyEntry[]> {
	const select = {
		id: innovations.id,
		title: innovations.title,
		slug: innovations.slug,
		status: innovations.status,
		publishedRevisionId: innovations.publishedRevisionId,
		updatedAt: innovations.updatedAt
	};
	const [team, mentoring] = await Promise.all([
		db
			.select(select)
			.from(innovationMembers)
			.innerJoin(innovations, eq(innovationMembers.innovationId, innovations.id))
			.where(eq(innovationMembers.userId, userId))
			.orderBy(desc(innovations.updatedAt)),
		db
			.select(select)
			.from(innovationMentors)
			.innerJoin(innovations, eq(innovationMentors.innovationId, innovations.id))
			.where(eq(innovationMentors.userId, userId))
			.orderBy(desc(innovations.updatedAt))
	]);
	const map = (relation: MyEntry['relation']) => (r: (typeof team)[number]): MyEntry => ({
		id: r.id,
		title: r.title,
		slug: r.slug,
		status: r.status,
		isPublic: r.publishedRevisionId !== null && r.status !== 'archived',
		relation,
		updatedAt: r.updatedAt.toISOString()
	});
	return [...team.map(map('team')), ...mentoring.map(map('mentor'))];
}

/** Choices for the classification step: active themes, SDGs, agencies and provinces. */
export async function classificationChoices(db: Database) {
	const [themeRows, sdgRows, agencyRows, provinceRows] = await Promise.all([
		db.select({ id: themes.id, slug: themes.slug, nameId: themes.nameId, nameEn: themes.nameEn, year: themes.year })
			.from(themes)
			.where(eq(themes.active, true))
			.orderBy(sql`${themes.year} desc nulls last`, asc(themes.nameId)),
		db.query.sdgs.findMany({ orderBy: (s, { asc: a }) => [a(s.number)] }),
		db.select({ id: agencies.id, name: agencies.name }).from(agencies).orderBy(asc(agencies.name)),
		db.query.provinces.findMany({ orderBy: (p, { asc: a }) => [a(p.name)] })
	]);
	return {
		themes: themeRows,
		sdgs: sdgRows.map((s) => ({ number: s.number, nameId: s.nameId, nameEn: s.nameEn })),
		agencies: agencyRows,
		provinces: provinceRows.map((p) => ({ code: p.code, name: p.name }))
	};
}

/** Whether the user is on the entry's team (used by tests and guards that already hold an id). */
export async function isTeamMember(db: Database, innovationId: number, userId: number): Promise<boolean> {
	const [row] = await db
		.select({ userId: innovationMembers.userId })
		.from(innovationMembers)
		.where(and(eq(innovationMembers.innovationId, innovationId), eq(innovationMembers.userId, userId)));
	return Boolean(row);
}

/** Field errors for classification ids that do not exist (a forged or stale form). */
export async function classificationReferenceErrors(
	db: Database,
	data: { agencyId: number | null; provinceCode: string | null }
): Promise<Record<string, string>> {
	const errors: Record<string, string> = {};
	if (data.agencyId !== null) {
		const [agency] = await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, data.agencyId));
		if (!agency) errors.agencyId = m.form_invalid_choice();
	}
	if (data.provinceCode !== null) {
		const found = await db.query.provinces.findFirst({ where: (p, { eq: e }) => e(p.code, data.provinceCode!) });
		if (!found) errors.provinceCode = m.form_invalid_choice();
	}
	return errors;
}
