/**
 * Workshops themselves: create, edit, open/close, new join code, and the shaped views the pages
 * show (my workshops, detail, join preview). Membership and teams live in members.ts and teams.ts.
 */
import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client';
import { agencies, teamMembers, teams, users, workshopMembers, workshops, type WorkshopRole, type WorkshopStatus } from '../db/schema';
import type { Stage } from '../../stages';
import { canCreateWorkshops, requireManager, requireViewer, workshopAccess, type Actor } from './access';
import { WorkshopError } from './errors';
import type { WorkshopForm } from './forms';
import { audit, isUniqueViolation, toDateString, type Db } from './internal';
import { formatJoinCode, generateJoinCode, normalizeJoinCode } from './join-code';
import { hitRateLimit, refundRateLimit } from '../auth/rate-limit';
import { JOIN_PER_USER, joinRole } from './members';

/** Someone as other workshop members see them; `email` only for managers. */
export interface PersonView {
	id: number;
	name: string;
	handle: string;
	position: string;
	agency: string | null;
	email?: string;
}

export interface TeamView {
	id: number;
	name: string;
	stage: Stage;
	participants: PersonView[];
	mentors: PersonView[];
}

export interface WorkshopSummary {
	id: number;
	title: string;
	description: string;
	startsOn: string | null;
	endsOn: string | null;
	capacity: number;
	status: WorkshopStatus;
	stage: Stage;
	partnerAgency: { id: number; name: string } | null;
	participantCount: number;
}

export interface WorkshopDetail extends WorkshopSummary {
	/** Only for managers: the code and the path of the join link. */
	join: { code: string; display: string; path: string } | null;
	viewer: { role: WorkshopRole | null; canManage: boolean; teamIds: number[] };
	facilitators: PersonView[];
	mentors: PersonView[];
	teams: TeamView[];
	/** Participants in no team yet. */
	unassigned: PersonView[];
}

export interface MyWorkshop extends WorkshopSummary {
	role: WorkshopRole;
	/** The participant's team in it, if placed. */
	team: { id: number; name: string; stage: Stage } | null;
}

/** What someone about to join sees: enough to recognize the class, nothing about its members. */
export interface JoinPreview {
	id: number;
	title: string;
	description: string;
	startsOn: string | null;
	endsOn: string | null;
	partnerAgency: string | null;
	status: WorkshopStatus;
	seatsLeft: number;
	/** The viewer's role when already a member. */
	memberRole: WorkshopRole | null;
	/** The role the viewer would get by joining. */
	joinsAs: WorkshopRole;
}

/** Path of the join link for a code. */
export function joinPath(code: string): string {
	return `/lokakarya/gabung/${code}`;
}

async function assertAgency(db: Db, agencyId: number | null): Promise<void> {
	if (agencyId === null) return;
	const [row] = await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, agencyId));
	if (!row) throw new WorkshopError('agency_not_found');
}

/** Creates a workshop with a fresh join code; its creator becomes its first facilitator. */
export async function createWorkshop(db: Database, actor: Actor, form: WorkshopForm): Promise<{ id: number; joinCode: string }> {
	if (!canCreateWorkshops(actor)) throw new WorkshopError('forbidden');
	// A clash among 10^12 codes is rare, but the unique index decides, not luck.
	for (let attempt = 0; ; attempt++) {
		try {
			return await db.transaction(async (tx) => {
				await assertAgency(tx, form.partnerAgencyId);
				const [row] = await tx
					.insert(workshops)
					.values({ ...form, joinCode: generateJoinCode(), createdBy: actor.id })
					.returning({ id: workshops.id, joinCode: workshops.joinCode });
				await tx.insert(workshopMembers).values({ workshopId: row!.id, userId: actor.id, role: 'facilitator' });
				await audit(tx, actor.id, row!.id, 'created', form.title);
				return row!;
			});
		} catch (error) {
			if (attempt < 3 && isUniqueViolation(error)) continue;
			throw error;
		}
	}
}

/** Changes a workshop's details (facilitators and admins). */
export async function updateWorkshop(db: Database, actor: Actor, workshopId: number, form: WorkshopForm): Promise<void> {
	await requireManager(db, actor, workshopId);
	await assertAgency(db, form.partnerAgencyId);
	await db.update(workshops).set({ ...form, updatedAt: new Date() }).where(eq(workshops.id, workshopId));
}

/** Opens or closes joining, or archives the workshop. */
export async function setWorkshopStatus(db: Database, actor: Actor, workshopId: number, status: WorkshopStatus): Promise<void> {
	await requireManager(db, actor, workshopId);
	await db.update(workshops).set({ status, updatedAt: new Date() }).where(eq(workshops.id, workshopId));
	await audit(db, actor.id, workshopId, 'status', status);
}

/** Replaces the join code (the old link stops working at once); returns the new code. */
export async function regenerateJoinCode(db: Database, actor: Actor, workshopId: number): Promise<string> {
	await requireManager(db, actor, workshopId);
	for (let attempt = 0; ; attempt++) {
		const joinCode = generateJoinCode();
		try {
			await db.update(workshops).set({ joinCode, updatedAt: new Date() }).where(eq(workshops.id, workshopId));
			await audit(db, actor.id, workshopId, 'join_code_regenerated', '');
			return joinCode;
		} catch (error) {
			if (attempt < 3 && isUniqueViolation(error)) continue;
			throw error;
		}
	}
}

const summaryColumns = {
	id: workshops.id,
	title: workshops.title,
	description: workshops.description,
	startsOn: workshops.startsOn,
	endsOn: workshops.endsOn,
	capacity: workshops.capacity,
	status: workshops.status,
	stage: workshops.stage,
	partnerAgencyId: workshops.partnerAgencyId,
	partnerAgencyName: agencies.name,
	joinCode: workshops.joinCode
};
interface SummaryRow {
	id: number;
	title: string;
	description: string;
	startsOn: Date | null;
	endsOn: Date | null;
	capacity: number;
	status: WorkshopStatus;
	stage: Stage;
	partnerAgencyId: number | null;
	partnerAgencyName: string | null;
	joinCode: string;
}

async function participantCounts(db: Db, ids: number[]): Promise<Map<number, number>> {
	if (ids.length === 0) return new Map();
	const rows = await db
		.select({ workshopId: workshopMembers.workshopId, n: count() })
		.from(workshopMembers)
		.where(and(inArray(workshopMembers.workshopId, ids), eq(workshopMembers.role, 'participant')))
		.groupBy(workshopMembers.workshopId);
	return new Map(rows.map((r) => [r.workshopId, Number(r.n)]));
}

function toSummary(row: SummaryRow, participantCount: number): WorkshopSummary {
	return {
		id: row.id,
		title: row.title,
		description: row.description,
		startsOn: toDateString(row.startsOn),
		endsOn: toDateString(row.endsOn),
		capacity: row.capacity,
		status: row.status,
		stage: row.stage,
		partnerAgency: row.partnerAgencyId && row.partnerAgencyName ? { id: row.partnerAgencyId, name: row.partnerAgencyName } : null,
		participantCount
	};
}

/** Every workshop the user belongs to, newest first, with their role and (participants) team. */
export async function listMyWorkshops(db: Database, actor: Actor): Promise<MyWorkshop[]> {
	const rows = await db
		.select({ ...summaryColumns, role: workshopMembers.role })
		.from(workshopMembers)
		.innerJoin(workshops, eq(workshops.id, workshopMembers.workshopId))
		.leftJoin(agencies, eq(agencies.id, workshops.partnerAgencyId))
		.where(eq(workshopMembers.userId, actor.id))
		.orderBy(desc(workshops.startsOn), desc(workshops.id));
	const ids = rows.map((r) => r.id);
	const counts = await participantCounts(db, ids);
	const myTeams = ids.length
		? await db
				.select({ id: teams.id, name: teams.name, stage: teams.stage, workshopId: teams.workshopId })
				.from(teamMembers)
				.innerJoin(teams, eq(teams.id, teamMembers.teamId))
				.where(and(eq(teamMembers.userId, actor.id), eq(teamMembers.role, 'participant'), inArray(teams.workshopId, ids)))
		: [];
	return rows.map((row) => {
		const team = myTeams.find((t) => t.workshopId === row.id);
		return {
			...toSummary(row, counts.get(row.id) ?? 0),
			role: row.role,
			team: team ? { id: team.id, name: team.name, stage: team.stage } : null
		};
	});
}

/** Every workshop (admins' overview), newest first. */
export async function listAllWorkshops(db: Database, actor: Actor): Promise<WorkshopSummary[]> {
	if (actor.role !== 'admin') throw new WorkshopError('forbidden');
	const rows = await db
		.select(summaryColumns)
		.from(workshops)
		.leftJoin(agencies, eq(agencies.id, workshops.partnerAgencyId))
		.orderBy(desc(workshops.startsOn), desc(workshops.id))
		.limit(200);
	const counts = await participantCounts(
		db,
		rows.map((r) => r.id)
	);
	return rows.map((row) => toSummary(row, counts.get(row.id) ?? 0));
}

/** A workshop with its teams and people, as the viewer may see it (not_found for outsiders). */
export async function getWorkshopDetail(db: Database, actor: Actor, workshopId: number): Promise<WorkshopDetail> {
	const access = await requireViewer(db, actor, workshopId);
	const [row] = await db
		.select(summaryColumns)
		.from(workshops)
		.leftJoin(agencies, eq(agencies.id, workshops.partnerAgencyId))
		.where(eq(workshops.id, workshopId));
	if (!row) throw new WorkshopError('not_found');

	const people = await db
		.select({
			id: users.id,
			name: users.name,
			handle: users.handle,
			position: users.position,
			email: users.email,
			agency: agencies.name,
			role: workshopMembers.role
		})
		.from(workshopMembers)
		.innerJoin(users, eq(users.id, workshopMembers.userId))
		.leftJoin(agencies, eq(agencies.id, users.agencyId))
		.where(eq(workshopMembers.workshopId, workshopId))
		.orderBy(asc(users.name));
	const teamRows = await db
		.select({ id: teams.id, name: teams.name, stage: teams.stage })
		.from(teams)
		.where(eq(teams.workshopId, workshopId))
		.orderBy(asc(teams.id));
	const placements = teamRows.length
		? await db
				.select({ teamId: teamMembers.teamId, userId: teamMembers.userId, role: teamMembers.role })
				.from(teamMembers)
				.where(
					inArray(
						teamMembers.teamId,
						teamRows.map((t) => t.id)
					)
				)
		: [];

	const showEmail = access.canManage;
	const view = (p: (typeof people)[number]): PersonView => ({
		id: p.id,
		name: p.name,
		handle: p.handle,
		position: p.position,
		agency: p.agency ?? null,
		...(showEmail ? { email: p.email } : {})
	});
	const byId = new Map(people.map((p) => [p.id, p]));
	const placed = new Set(placements.filter((p) => p.role === 'participant').map((p) => p.userId));
	const pick = (teamId: number, role: 'participant' | 'mentor') =>
		placements
			.filter((p) => p.teamId === teamId && p.role === role && byId.has(p.userId))
			.map((p) => view(byId.get(p.userId)!))
			.sort((a, b) => a.name.localeCompare(b.name));

	return {
		...toSummary(row, people.filter((p) => p.role === 'participant').length),
		join: access.canManage ? { code: row.joinCode, display: formatJoinCode(row.joinCode), path: joinPath(row.joinCode) } : null,
		viewer: {
			role: access.memberRole,
			canManage: access.canManage,
			teamIds: placements.filter((p) => p.userId === actor.id).map((p) => p.teamId)
		},
		facilitators: people.filter((p) => p.role === 'facilitator').map(view),
		mentors: people.filter((p) => p.role === 'mentor').map(view),
		teams: teamRows.map((t) => ({ ...t, participants: pick(t.id, 'participant'), mentors: pick(t.id, 'mentor') })),
		unassigned: people.filter((p) => p.role === 'participant' && !placed.has(p.id)).map(view)
	};
}

/**
 * The join preview for a code, or null when no workshop has it. Lookups of unknown codes count
 * against the same per-user limit as joins, so the preview page cannot be used to guess codes.
 */
export async function findWorkshopByCode(db: Database, actor: Actor, rawCode: string): Promise<JoinPreview | null> {
	const code = normalizeJoinCode(rawCode);
	const limit = await hitRateLimit(db, JOIN_PER_USER, String(actor.id));
	if (!limit.allowed) throw new WorkshopError('rate_limited');
	const [row] = await db
		.select(summaryColumns)
		.from(workshops)
		.leftJoin(agencies, eq(agencies.id, workshops.partnerAgencyId))
		.where(eq(workshops.joinCode, code));
	if (!row) return null;
	await refundRateLimit(db, JOIN_PER_USER, String(actor.id));
	const access = await workshopAccess(db, actor, row.id);
	const taken = (await participantCounts(db, [row.id])).get(row.id) ?? 0;
	return {
		id: row.id,
		title: row.title,
		description: row.description,
		startsOn: toDateString(row.startsOn),
		endsOn: toDateString(row.endsOn),
		partnerAgency: row.partnerAgencyName ?? null,
		status: row.status,
		seatsLeft: Math.max(0, row.capacity - taken),
		memberRole: access.memberRole,
		joinsAs: joinRole(actor)
	};
}

/** The values of a workshop's edit form (managers only). */
export async function getWorkshopForm(db: Database, actor: Actor, workshopId: number): Promise<Record<string, string>> {
	await requireManager(db, actor, workshopId);
	const [row] = await db.select().from(workshops).where(eq(workshops.id, workshopId));
	if (!row) throw new WorkshopError('not_found');
	return {
		title: row.title,
		description: row.description,
		startsOn: toDateString(row.startsOn) ?? '',
		endsOn: toDateString(row.endsOn) ?? '',
		partnerAgencyId: row.partnerAgencyId ? String(row.partnerAgencyId) : '',
		capacity: String(row.capacity)
	};
}

/** Agencies to pick a partner from, by name. */
export async function listAgencyOptions(db: Database): Promise<{ id: number; name: string }[]> {
	return db.select({ id: agencies.id, name: agencies.name }).from(agencies).orderBy(asc(agencies.name));
}
