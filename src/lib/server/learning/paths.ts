/**
 * Learning paths: curators (and admins) compose ordered sequences of library methods; everyone
 * signed in reads them with their own progress.
 */
import { asc, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { auditLog, learningPathSteps, learningPaths } from '../db/schema';
import { getMethod } from '../../methods';
import { pathProgress, type PathProgress } from '../../learning/rules';
import type { Actor } from '../workshops/access';
import { WorkshopError } from '../workshops/errors';
import { methodsPractisedBy } from './record';

export interface PathView {
	slug: string;
	title: string;
	description: string;
	progress: PathProgress;
}

/** True when the account may compose paths. */
export function canComposePaths(actor: Actor | null): boolean {
	return actor?.role === 'curator' || actor?.role === 'admin';
}

async function stepsOf(db: Database, pathIds: number[]) {
	const rows = await db.select().from(learningPathSteps).orderBy(asc(learningPathSteps.pathId), asc(learningPathSteps.position));
	const byPath = new Map<number, string[]>();
	for (const row of rows) {
		if (!pathIds.includes(row.pathId)) continue;
		// A method removed from the library drops out of the path instead of breaking it.
		if (!getMethod(row.methodId)) continue;
		byPath.set(row.pathId, [...(byPath.get(row.pathId) ?? []), row.methodId]);
	}
	return byPath;
}

/** Every path with the user's progress on it. */
export async function listPaths(db: Database, userId: number): Promise<PathView[]> {
	const paths = await db.select().from(learningPaths).orderBy(asc(learningPaths.title));
	const steps = await stepsOf(db, paths.map((p) => p.id));
	const practised = await methodsPractisedBy(db, userId);
	return paths.map((p) => ({ slug: p.slug, title: p.title, description: p.description, progress: pathProgress(steps.get(p.id) ?? [], practised) }));
}

/** One path by slug with the user's progress, or null. */
export async function getPath(db: Database, userId: number, slug: string): Promise<PathView | null> {
	const [path] = await db.select().from(learningPaths).where(eq(learningPaths.slug, slug));
	if (!path) return null;
	const steps = await stepsOf(db, [path.id]);
	return {
		slug: path.slug,
		title: path.title,
		description: path.description,
		progress: pathProgress(steps.get(path.id) ?? [], await methodsPractisedBy(db, userId))
	};
}

export interface PathInput {
	slug: string;
	title: string;
	description: string;
	methodIds: string[];
}

/** Creates or replaces a path (curators, admins); 'slug_taken' when `replace` is false and the slug exists. */
export async function savePath(db: Database, actor: Actor | null, input: PathInput, replace = false): Promise<'saved' | 'slug_taken'> {
	if (actor && !canComposePaths(actor)) throw new WorkshopError('forbidden');
	const methodIds = input.methodIds.filter((id) => getMethod(id));
	return db.transaction(async (tx) => {
		const [existing] = await tx.select({ id: learningPaths.id }).from(learningPaths).where(eq(learningPaths.slug, input.slug));
		if (existing && !replace) return 'slug_taken';
		let id = existing?.id;
		if (id) {
			await tx.update(learningPaths).set({ title: input.title, description: input.description, updatedAt: new Date() }).where(eq(learningPaths.id, id));
			await tx.delete(learningPathSteps).where(eq(learningPathSteps.pathId, id));
		} else {
			const [row] = await tx
				.insert(learningPaths)
				.values({ slug: input.slug, title: input.title, description: input.description, createdBy: actor?.id ?? null })
				.returning({ id: learningPaths.id });
			id = row!.id;
		}
		if (methodIds.length) await tx.insert(learningPathSteps).values(methodIds.map((methodId, position) => ({ pathId: id!, position, methodId })));
		if (actor) await tx.insert(auditLog).values({ actorId: actor.id, action: 'path.save', subject: `path:${input.slug}`, detail: methodIds.join(',') });
		return 'saved';
	});
}

/** The two starter paths of the program; idempotent (existing paths are left as curators edited them). */
export async function seedLearningPaths(db: Database): Promise<void> {
	const starters: PathInput[] = [
		{
			slug: 'dasar-design-thinking',
			title: 'Dasar Design Thinking',
			description: 'Lima langkah pertama: memahami pengguna, merumuskan masalah, dan mencari gagasan.',
			methodIds: ['empathy-map', 'persona', 'point-of-view', 'how-might-we', 'crazy-8s']
		},
		{
			slug: 'fasilitator-muda',
			title: 'Fasilitator Muda',
			description: 'Metode yang perlu dikuasai sebelum memandu tim sendiri: dari pemetaan pemangku kepentingan sampai umpan balik.',
			methodIds: ['stakeholder-map', 'interview-notes', 'user-journey', 'brainstorm-affinity', 'impact-effort', 'prototype-test-card', 'feedback-capture-grid', 'rose-thorn-bud']
		}
	];
	for (const path of starters) await savePath(db, null, path, false);
}
