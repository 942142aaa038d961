/**
 * Design-thinking stages of teams and workshops. The database is the source of truth: a change
 * updates the team and its board records (`boards.stage`) in one transaction. The board documents
 * mirror it in their meta: after every committed change the registered listeners hear about it
 * (the realtime server registers one to write the stage into open team boards), and a board that
 * loads later asks `boardStage` / `stageOfTeam`.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client';
import { boards, teams, workshops } from '../db/schema';
import { nextStage, stageIndex, STAGES, type Stage } from '../../stages';
import { requireManager, type Actor } from './access';
import { WorkshopError } from './errors';
import { audit, workshopOfTeam } from './internal';

/** One team's stage changed (a workshop-wide move reports every team that moved). */
export interface StageChange {
	workshopId: number;
	teamId: number;
	stage: Stage;
}
export type StageListener = (change: StageChange) => void | Promise<void>;

// On globalThis: the SvelteKit bundle (which runs the actions) and the realtime server loaded by
// the dev plugin or the production entry are separate module instances in one process.
const KEY = Symbol.for('ruang-pijar.workshops.stage-listeners');
const registry = globalThis as { [KEY]?: Set<StageListener> };
function listeners(): Set<StageListener> {
	return (registry[KEY] ??= new Set());
}

/** Registers a listener for stage changes; returns the function that removes it. */
export function onStageChange(listener: StageListener): () => void {
	listeners().add(listener);
	return () => listeners().delete(listener);
}

async function notify(changes: StageChange[]): Promise<void> {
	for (const change of changes) {
		for (const listener of listeners()) {
			// A failing mirror must not undo or hide a committed stage change: boards re-read it on load.
			try {
				await listener(change);
			} catch (error) {
				console.error('stage listener failed', error);
			}
		}
	}
}

/** The current stage of a team and its workshop, for a board to mirror; null for an unknown team. */
export async function stageOfTeam(db: Database, teamId: number): Promise<{ workshopId: number; stage: Stage } | null> {
	const [row] = await db.select({ workshopId: teams.workshopId, stage: teams.stage }).from(teams).where(eq(teams.id, teamId));
	return row ?? null;
}

/** Sets a team's stage to any of the five (facilitators may also step back). */
export async function setTeamStage(db: Database, actor: Actor, teamId: number, stage: Stage): Promise<void> {
	if (!STAGES.includes(stage)) throw new WorkshopError('not_found');
	const workshopId = await workshopOfTeam(db, teamId);
	await requireManager(db, actor, workshopId);
	await db.transaction(async (tx) => {
		await tx.update(teams).set({ stage, stageChangedAt: new Date() }).where(eq(teams.id, teamId));
		// The board records mirror their team's stage (lists show it without opening the document).
		await tx.update(boards).set({ stage }).where(eq(boards.teamId, teamId));
		await audit(tx, actor.id, workshopId, 'team_stage', `team:${teamId} -> ${stage}`);
	});
	await notify([{ workshopId, teamId, stage }]);
}

/** Moves a team to the stage after its current one; refuses after the last stage. */
export async function advanceTeamStage(db: Database, actor: Actor, teamId: number): Promise<Stage> {
	const current = await stageOfTeam(db, teamId);
	if (!current) throw new WorkshopError('not_found');
	const next = nextStage(current.stage);
	if (!next) throw new WorkshopError('last_stage');
	await setTeamStage(db, actor, teamId, next);
	return next;
}

/**
 * Moves the whole workshop to its next stage: teams behind it catch up, teams already further
 * keep their place (a workshop-wide move never sends a team backwards).
 */
export async function advanceWorkshopStage(db: Database, actor: Actor, workshopId: number): Promise<Stage> {
	await requireManager(db, actor, workshopId);
	const { stage, changes } = await db.transaction(async (tx) => {
		const [workshop] = await tx.select({ stage: workshops.stage }).from(workshops).where(eq(workshops.id, workshopId)).for('update');
		if (!workshop) throw new WorkshopError('not_found');
		const next = nextStage(workshop.stage);
		if (!next) throw new WorkshopError('last_stage');
		const now = new Date();
		await tx.update(workshops).set({ stage: next, stageChangedAt: now, updatedAt: now }).where(eq(workshops.id, workshopId));
		const teamRows = await tx.select({ id: teams.id, stage: teams.stage }).from(teams).where(eq(teams.workshopId, workshopId));
		const behind = teamRows.filter((t) => stageIndex(t.stage) < stageIndex(next));
		if (behind.length) {
			await tx
				.update(teams)
				.set({ stage: next, stageChangedAt: now })
				.where(
					and(
						eq(teams.workshopId, workshopId),
						inArray(
							teams.id,
							behind.map((t) => t.id)
						)
					)
				);
			await tx.update(boards).set({ stage: next }).where(
				inArray(
					boards.teamId,
					behind.map((t) => t.id)
				)
			);
		}
		await audit(tx, actor.id, workshopId, 'workshop_stage', `-> ${next}`);
		return { stage: next, changes: behind.map((t) => ({ workshopId, teamId: t.id, stage: next })) };
	});
	await notify(changes);
	return stage;
}
