/**
 * A participant's learning record: JP per year from valid certificates, workshops with attendance,
 * certificates, methods practised, innovations contributed. Always the caller's own record: the
 * user id comes from the session, never from the request, so nobody can read another's.
 */
import { and, asc, desc, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { Database } from '../db/client';
import { boards, certificates, innovationMembers, innovations, sessionAttendance, workshopMembers, workshopSessions, workshops } from '../db/schema';
import { jpByYear, learningYear, meetsAttendanceRule, practisedMethods, type JpYear } from '../../learning/rules';
import { learningSettings } from './attendance';
import { listOwnCertificates, type OwnCertificate } from './certificates';
import { boardsVisitedBy } from './presence';

export interface RecordWorkshop {
	id: number;
	title: string;
	startsOn: string | null;
	endsOn: string | null;
	jp: number;
	attended: number;
	sessions: number;
	completed: boolean;
}

export interface RecordInnovation {
	title: string;
	slug: string;
	status: (typeof innovations.$inferSelect)['status'];
}

export interface LearningRecord {
	years: JpYear[];
	workshops: RecordWorkshop[];
	certificates: OwnCertificate[];
	methods: string[];
	innovations: RecordInnovation[];
}

/** Method ids the user practised: present on a workshop board made from the method's template. */
export async function methodsPractisedBy(db: Database, userId: number): Promise<Set<string>> {
	const candidates = await db
		.select({ id: boards.id, template: boards.template, workshopId: boards.workshopId })
		.from(boards)
		.innerJoin(workshopMembers, and(eq(workshopMembers.workshopId, boards.workshopId), eq(workshopMembers.userId, userId)))
		.where(ne(boards.template, ''));
	const visited = await boardsVisitedBy(db, userId, candidates.map((c) => c.id));
	return practisedMethods(candidates.map((c) => ({ template: c.template, workshopId: c.workshopId, present: visited.has(c.id) })));
}

/** The signed-in user's own learning record. */
export async function learningRecordOf(db: Database, userId: number, now: Date = new Date()): Promise<LearningRecord> {
	const own = await listOwnCertificates(db, userId);
	const valid = await db
		.select({ jp: certificates.jp, issuedAt: certificates.issuedAt })
		.from(certificates)
		.where(and(eq(certificates.userId, userId), isNull(certificates.revokedAt)));
	const years = jpByYear(valid.map((c) => ({ jp: c.jp, at: c.issuedAt })), learningYear(now));

	const joined = await db
		.select({ id: workshops.id, title: workshops.title, startsOn: workshops.startsOn, endsOn: workshops.endsOn })
		.from(workshopMembers)
		.innerJoin(workshops, eq(workshops.id, workshopMembers.workshopId))
		.where(and(eq(workshopMembers.userId, userId), eq(workshopMembers.role, 'participant')))
		.orderBy(desc(workshops.startsOn), desc(workshops.id));
	const ids = joined.map((w) => w.id);
	const sessions = ids.length
		? await db.select({ id: workshopSessions.id, workshopId: workshopSessions.workshopId }).from(workshopSessions).where(inArray(workshopSessions.workshopId, ids))
		: [];
	const present = sessions.length
		? await db
				.select({ sessionId: sessionAttendance.sessionId })
				.from(sessionAttendance)
				.where(and(eq(sessionAttendance.userId, userId), eq(sessionAttendance.present, true), inArray(sessionAttendance.sessionId, sessions.map((s) => s.id))))
		: [];
	const presentIds = new Set(present.map((p) => p.sessionId));
	const recordWorkshops: RecordWorkshop[] = [];
	for (const w of joined) {
		const settings = await learningSettings(db, w.id);
		const mine = sessions.filter((s) => s.workshopId === w.id);
		const attended = mine.filter((s) => presentIds.has(s.id)).length;
		recordWorkshops.push({
			id: w.id,
			title: w.title,
			startsOn: w.startsOn?.toISOString() ?? null,
			endsOn: w.endsOn?.toISOString() ?? null,
			jp: settings.jp,
			attended,
			sessions: mine.length,
			completed: meetsAttendanceRule(attended, mine.length, settings.minAttendancePercent)
		});
	}

	const contributed = await db
		.select({ title: innovations.title, slug: innovations.slug, status: innovations.status })
		.from(innovationMembers)
		.innerJoin(innovations, eq(innovations.id, innovationMembers.innovationId))
		.where(eq(innovationMembers.userId, userId))
		.orderBy(asc(innovations.title));

	return {
		years,
		workshops: recordWorkshops,
		certificates: own,
		methods: [...(await methodsPractisedBy(db, userId))].sort(),
		innovations: contributed
	};
}
