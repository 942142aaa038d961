/**
 * Each team's boards: listing them for the workshop pages, and starting a new one, optionally from
 * a method's template. A new board's first document state (meta with title, the team's stage and
 * the template id; the template's frames and notes) is written to the board's update log before
 * anyone opens it, so the realtime server loads it like any other board and every client sees the
 * same shapes — nobody has to be "the first browser" that applies the template.
 */
import * as Y from 'yjs';
import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { Database } from '../db/client';
import { boards, teamMembers, teams, workshopMembers, workshops } from '../db/schema';
import { BoardError, createBoard } from '../boards/boards';
import { DatabaseBoardStore } from '../realtime/persistence';
import { applyTemplate, createLocalOrigin, updateMeta } from '../../canvas/sync';
import { getMethod, type MethodLocale } from '../../methods';
import type { Stage } from '../../stages';
import { requireViewer, type Actor } from './access';
import { WorkshopError } from './errors';
import { workshopOfTeam } from './internal';

/** A team board as the workshop pages list it. */
export interface TeamBoardView {
	id: string;
	title: string;
	teamId: number;
	/** Method id the board started from, or null for a blank board. */
	template: string | null;
	updatedAt: string;
}

/** The boards of every team of a workshop (members and admins), oldest first per team. */
export async function listTeamBoards(db: Database, actor: Actor, workshopId: number): Promise<TeamBoardView[]> {
	await requireViewer(db, actor, workshopId);
	const teamIds = (await db.select({ id: teams.id }).from(teams).where(eq(teams.workshopId, workshopId))).map((t) => t.id);
	if (teamIds.length === 0) return [];
	const rows = await db
		.select({ id: boards.id, title: boards.title, teamId: boards.teamId, template: boards.template, updatedAt: boards.updatedAt })
		.from(boards)
		.where(inArray(boards.teamId, teamIds))
		.orderBy(asc(boards.createdAt));
	return rows.map((r) => ({ id: r.id, title: r.title, teamId: r.teamId!, template: r.template || null, updatedAt: r.updatedAt.toISOString() }));
}

export interface NewTeamBoard {
	title: string;
	/** A method id from the library, or null for a blank board. */
	methodId: string | null;
	/** Language of the template's frame titles, prompts and example notes. */
	locale: MethodLocale;
}

/** The first document state of a new board, as one Yjs update. */
export function initialBoardUpdate(input: { title: string; stage: Stage; methodId: string | null; locale: MethodLocale; author: string; now: number }): Uint8Array {
	const doc = new Y.Doc();
	const origin = createLocalOrigin(input.author);
	const method = input.methodId ? getMethod(input.methodId) : undefined;
	updateMeta(doc, { title: input.title, stage: input.stage, template: method?.id ?? null }, origin);
	if (method) {
		applyTemplate(
			doc,
			{ id: method.id, shapes: method.template({ locale: input.locale, author: input.author, now: input.now }) },
			{ origin, author: input.author, now: input.now }
		);
	}
	const update = Y.encodeStateAsUpdate(doc);
	doc.destroy();
	return update;
}

/**
 * Creates a board for a team (its participants, the workshop's facilitators and admins may) and
 * writes its first state; returns the board id. An unknown method id is refused before anything
 * is stored.
 */
export async function createTeamBoard(db: Database, actor: Actor, teamId: number, input: NewTeamBoard): Promise<string> {
	if (input.methodId !== null && !getMethod(input.methodId)) throw new WorkshopError('method_not_found');
	await workshopOfTeam(db, teamId);
	const [team] = await db.select({ stage: teams.stage }).from(teams).where(eq(teams.id, teamId));
	let boardId: string;
	try {
		boardId = await createBoard(db, actor, { title: input.title, teamId });
	} catch (error) {
		if (error instanceof BoardError) throw new WorkshopError(error.code === 'forbidden' ? 'forbidden' : 'not_found');
		throw error;
	}
	if (input.methodId) await db.update(boards).set({ template: input.methodId }).where(eq(boards.id, boardId));
	const store = new DatabaseBoardStore(db);
	await store.append(
		boardId,
		initialBoardUpdate({ ...input, stage: team!.stage, author: String(actor.id), now: Date.now() })
	);
	await store.flush();
	return boardId;
}

/** The stage a board should show: its team's current stage (null for boards outside a team). */
export async function boardStage(db: Database, boardId: string): Promise<Stage | null> {
	const [row] = await db
		.select({ stage: teams.stage })
		.from(boards)
		.innerJoin(teams, eq(teams.id, boards.teamId))
		.where(eq(boards.id, boardId));
	return row?.stage ?? null;
}

/** A team the actor may start boards for, with its workshop (for the "use this template" form). */
export interface BoardableTeam {
	teamId: number;
	teamName: string;
	workshopId: number;
	workshopTitle: string;
}

/**
 * Teams the actor may start boards for: their own teams as a participant, and every team of the
 * workshops they facilitate; archived workshops are left out.
 */
export async function teamsForTemplates(db: Database, actor: Actor): Promise<BoardableTeam[]> {
	const columns = { teamId: teams.id, teamName: teams.name, workshopId: workshops.id, workshopTitle: workshops.title };
	const own = db
		.select(columns)
		.from(teamMembers)
		.innerJoin(teams, eq(teams.id, teamMembers.teamId))
		.innerJoin(workshops, eq(workshops.id, teams.workshopId))
		.where(and(eq(teamMembers.userId, actor.id), eq(teamMembers.role, 'participant'), ne(workshops.status, 'archived')));
	const facilitated = db
		.select(columns)
		.from(workshopMembers)
		.innerJoin(workshops, eq(workshops.id, workshopMembers.workshopId))
		.innerJoin(teams, eq(teams.workshopId, workshops.id))
		.where(and(eq(workshopMembers.userId, actor.id), eq(workshopMembers.role, 'facilitator'), ne(workshops.status, 'archived')));
	const rows = [...(await own), ...(await facilitated)];
	const seen = new Set<number>();
	return rows
		.filter((r) => !seen.has(r.teamId) && (seen.add(r.teamId), true))
		.sort((a, b) => a.workshopTitle.localeCompare(b.workshopTitle) || a.teamName.localeCompare(b.teamName));
}
