/**
 * Data for the home page: the program's live numbers and the signed-in user's own workshops.
 * Every number shown on the home page comes from here, computed from the database.
 */
import { and, asc, desc, eq, ne, sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client';
import { teamMembers, teams, workshopMembers, workshops, type WorkshopRole } from '../db/schema';
import { workshopHeld } from '../workshops/held';

export interface ProgramStats {
	/** Active (not disabled) accounts. */
	members: number;
	/** Agencies with at least one active member or a workshop they partner. */
	agencies: number;
	/** Provinces of active members and of those agencies. */
	provinces: number;
	/** Workshops held so far (begun or finished), not those still being planned. */
	workshops: number;
}

/** The program's headline numbers. */
export async function getProgramStats(db: Database): Promise<ProgramStats> {
	const [row] = await queryRows<{ members: number; agencies: number; provinces: number; workshops: number }>(
		db,
		sql`with involved as (
				select agency_id as id from users where not disabled and agency_id is not null
				union
				select partner_agency_id from workshops where partner_agency_id is not null
			)
			select
				(select count(*)::int from users where not disabled) as members,
				(select count(*)::int from involved) as agencies,
				(select count(*)::int from (
					select province_code from users where not disabled and province_code is not null
					union
					select a.province_code from agencies a join involved i on i.id = a.id where a.province_code is not null
				) p) as provinces,
				(select count(*)::int from workshops w where ${workshopHeld}) as workshops`
	);
	return {
		members: Number(row?.members ?? 0),
		agencies: Number(row?.agencies ?? 0),
		provinces: Number(row?.provinces ?? 0),
		workshops: Number(row?.workshops ?? 0)
	};
}

export interface MemberWorkshop {
	id: number;
	title: string;
	role: WorkshopRole;
	/** Names of the user's teams in this workshop (participants have one, mentors may have several). */
	teams: string[];
	startsOn: string | null;
	endsOn: string | null;
}

/** The user's current (not archived) workshops, newest first, at most `limit`. */
export async function getMemberWorkshops(db: Database, userId: number, limit = 4): Promise<MemberWorkshop[]> {
	const rows = await db
		.select({
			id: workshops.id,
			title: workshops.title,
			role: workshopMembers.role,
			startsOn: workshops.startsOn,
			endsOn: workshops.endsOn
		})
		.from(workshopMembers)
		.innerJoin(workshops, eq(workshops.id, workshopMembers.workshopId))
		.where(and(eq(workshopMembers.userId, userId), ne(workshops.status, 'archived')))
		.orderBy(sql`${workshops.startsOn} desc nulls last`, desc(workshops.id))
		.limit(limit);
	if (rows.length === 0) return [];
	const teamRows = await db
		.select({ workshopId: teams.workshopId, name: teams.name })
		.from(teamMembers)
		.innerJoin(teams, eq(teams.id, teamMembers.teamId))
		.where(eq(teamMembers.userId, userId))
		.orderBy(asc(teams.name));
	return rows.map((row) => toMemberWorkshop(row, teamRows));
}

function toMemberWorkshop(
	row: { id: number; title: string; role: WorkshopRole; startsOn: Date | null; endsOn: Date | null },
	teamRows: { workshopId: number; name: string }[]
): MemberWorkshop {
	return {
		id: row.id,
		title: row.title,
		role: row.role,
		teams: teamRows.filter((t) => t.workshopId === row.id).map((t) => t.name),
		startsOn: row.startsOn ? row.startsOn.toISOString() : null,
		endsOn: row.endsOn ? row.endsOn.toISOString() : null
	};
}
