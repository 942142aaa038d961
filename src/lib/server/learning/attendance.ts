/**
 * Workshop sessions, JP settings and attendance. Only the workshop's facilitators and admins may
 * read or change them (`requireManager` inside every call, so a forged post reaching any route is
 * refused); every change writes an audit_log row in the same transaction.
 */
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Database } from '../db/client';
import { auditLog, certificates, sessionAttendance, users, workshopLearning, workshopMembers, workshopSessions } from '../db/schema';
import type { AttendanceSource } from '../db/schema';
import { requireManager, type Actor } from '../workshops/access';
import { DEFAULT_MIN_ATTENDANCE_PERCENT, meetsAttendanceRule } from '../../learning/rules';
import { LearningError } from './errors';
import { presentOnWorkshopBoards } from './presence';

/** A workshop's JP value and attendance threshold. */
export interface LearningSettings {
	jp: number;
	minAttendancePercent: number;
}

/** The settings of a workshop (defaults when never saved). No authorization: callers check. */
export async function learningSettings(db: Database, workshopId: number): Promise<LearningSettings> {
	const [row] = await db.select().from(workshopLearning).where(eq(workshopLearning.workshopId, workshopId));
	return { jp: row?.jp ?? 0, minAttendancePercent: row?.minAttendancePercent ?? DEFAULT_MIN_ATTENDANCE_PERCENT };
}

function audit(db: Pick<Database, 'insert'>, actor: Actor, action: string, workshopId: number, detail: unknown) {
	return db.insert(auditLog).values({ actorId: actor.id, action, subject: `workshop:${workshopId}`, detail: JSON.stringify(detail) });
}

/** Saves the JP value and threshold (facilitators, admins). */
export async function saveLearningSettings(db: Database, actor: Actor, workshopId: number, settings: LearningSettings): Promise<void> {
	await requireManager(db, actor, workshopId);
	await db.transaction(async (tx) => {
		await tx
			.insert(workshopLearning)
			.values({ workshopId, ...settings })
			.onConflictDoUpdate({ target: workshopLearning.workshopId, set: { ...settings, updatedAt: new Date() } });
		await audit(tx, actor, 'learning.settings', workshopId, settings);
	});
}

/** What a session form carries. */
export interface SessionInput {
	title: string;
	startsAt: Date;
	endsAt: Date;
}

function checkOrder(input: SessionInput) {
	if (input.endsAt.getTime() <= input.startsAt.getTime()) throw new LearningError('session_order');
}

/** Adds a session to the workshop; returns its id. */
export async function addSession(db: Database, actor: Actor, workshopId: number, input: SessionInput): Promise<number> {
	await requireManager(db, actor, workshopId);
	checkOrder(input);
	return db.transaction(async (tx) => {
		const [row] = await tx.insert(workshopSessions).values({ workshopId, ...input }).returning({ id: workshopSessions.id });
		await audit(tx, actor, 'attendance.session_add', workshopId, { sessionId: row!.id, title: input.title });
		return row!.id;
	});
}

/** Changes a session's title and times (it must belong to the workshop). */
export async function updateSession(db: Database, actor: Actor, workshopId: number, sessionId: number, input: SessionInput): Promise<void> {
	await requireManager(db, actor, workshopId);
	checkOrder(input);
	await db.transaction(async (tx) => {
		const changed = await tx
			.update(workshopSessions)
			.set(input)
			.where(and(eq(workshopSessions.id, sessionId), eq(workshopSessions.workshopId, workshopId)))
			.returning({ id: workshopSessions.id });
		if (!changed.length) throw new LearningError('session_not_found');
		await audit(tx, actor, 'attendance.session_edit', workshopId, { sessionId, title: input.title });
	});
}

/** One participant's mark in one session, as the facilitator's sheet shows it. */
export interface AttendanceMark {
	userId: number;
	name: string;
	/** Board presence during the session suggests they were there. */
	suggested: boolean;
	/** The confirmed mark, or null when the session was not confirmed for them yet. */
	present: boolean | null;
	source: AttendanceSource | null;
	reason: string;
}

export interface SessionSheet {
	id: number;
	title: string;
	startsAt: string;
	endsAt: string;
	confirmed: boolean;
	marks: AttendanceMark[];
}

/** A participant's standing against the attendance rule. */
export interface CompletionRow {
	userId: number;
	name: string;
	attended: number;
	sessions: number;
	meetsRule: boolean;
	certificateNumber: string | null;
}

export interface AttendanceSheet {
	settings: LearningSettings;
	sessions: SessionSheet[];
	completion: CompletionRow[];
}

async function participantsOf(db: Database, workshopId: number) {
	return db
		.select({ userId: users.id, name: users.name })
		.from(workshopMembers)
		.innerJoin(users, eq(users.id, workshopMembers.userId))
		.where(and(eq(workshopMembers.workshopId, workshopId), eq(workshopMembers.role, 'participant')))
		.orderBy(asc(users.name), asc(users.id));
}

/** Completion of every participant (no authorization: callers check). */
export async function workshopCompletion(db: Database, workshopId: number): Promise<{ settings: LearningSettings; rows: CompletionRow[] }> {
	const settings = await learningSettings(db, workshopId);
	const people = await participantsOf(db, workshopId);
	const sessions = await db.select({ id: workshopSessions.id }).from(workshopSessions).where(eq(workshopSessions.workshopId, workshopId));
	const ids = sessions.map((s) => s.id);
	const marks = ids.length
		? await db
				.select({ userId: sessionAttendance.userId })
				.from(sessionAttendance)
				.where(and(inArray(sessionAttendance.sessionId, ids), eq(sessionAttendance.present, true)))
		: [];
	const attended = new Map<number, number>();
	for (const mark of marks) attended.set(mark.userId, (attended.get(mark.userId) ?? 0) + 1);
	const live = await db
		.select({ userId: certificates.userId, number: certificates.number })
		.from(certificates)
		.where(and(eq(certificates.workshopId, workshopId), isNull(certificates.revokedAt)));
	const numbers = new Map(live.map((c) => [c.userId, c.number]));
	return {
		settings,
		rows: people.map((p) => {
			const count = attended.get(p.userId) ?? 0;
			return {
				userId: p.userId,
				name: p.name,
				attended: count,
				sessions: ids.length,
				meetsRule: meetsAttendanceRule(count, ids.length, settings.minAttendancePercent),
				certificateNumber: numbers.get(p.userId) ?? null
			};
		})
	};
}

/** The facilitator's attendance sheet: sessions with marks prefilled from board presence, and completion. */
export async function attendanceSheet(db: Database, actor: Actor, workshopId: number): Promise<AttendanceSheet> {
	await requireManager(db, actor, workshopId);
	const people = await participantsOf(db, workshopId);
	const sessions = await db
		.select()
		.from(workshopSessions)
		.where(eq(workshopSessions.workshopId, workshopId))
		.orderBy(asc(workshopSessions.startsAt), asc(workshopSessions.id));
	const ids = sessions.map((s) => s.id);
	const recorded = ids.length ? await db.select().from(sessionAttendance).where(inArray(sessionAttendance.sessionId, ids)) : [];
	const sheets: SessionSheet[] = [];
	for (const session of sessions) {
		const seen = await presentOnWorkshopBoards(db, workshopId, session.startsAt, session.endsAt);
		const marks = new Map(recorded.filter((r) => r.sessionId === session.id).map((r) => [r.userId, r]));
		sheets.push({
			id: session.id,
			title: session.title,
			startsAt: session.startsAt.toISOString(),
			endsAt: session.endsAt.toISOString(),
			confirmed: marks.size > 0,
			marks: people.map((p) => {
				const mark = marks.get(p.userId);
				return {
					userId: p.userId,
					name: p.name,
					suggested: seen.has(p.userId),
					present: mark ? mark.present : null,
					source: mark?.source ?? null,
					reason: mark?.reason ?? ''
				};
			})
		});
	}
	const { settings, rows } = await workshopCompletion(db, workshopId);
	return { settings, sessions: sheets, completion: rows };
}

/**
 * Confirms a session's attendance: `presentUserIds` are present, every other participant absent.
 * A mark that differs from what board presence suggests is a manual correction and needs a reason.
 * Only changed marks are written and audited; ids that are not participants are ignored.
 */
export async function confirmAttendance(
	db: Database,
	actor: Actor,
	workshopId: number,
	sessionId: number,
	presentUserIds: readonly number[],
	reason: string
): Promise<{ changed: number; corrected: number }> {
	await requireManager(db, actor, workshopId);
	const [session] = await db
		.select()
		.from(workshopSessions)
		.where(and(eq(workshopSessions.id, sessionId), eq(workshopSessions.workshopId, workshopId)));
	if (!session) throw new LearningError('session_not_found');
	const people = await participantsOf(db, workshopId);
	const seen = await presentOnWorkshopBoards(db, workshopId, session.startsAt, session.endsAt);
	const wanted = new Set(presentUserIds);
	const existing = new Map(
		(await db.select().from(sessionAttendance).where(eq(sessionAttendance.sessionId, sessionId))).map((r) => [r.userId, r])
	);
	const changes = people
		.map((p) => {
			const present = wanted.has(p.userId);
			const source: AttendanceSource = present === seen.has(p.userId) ? 'board_presence' : 'manual';
			return { userId: p.userId, present, source, before: existing.get(p.userId) ?? null };
		})
		.filter((c) => !c.before || c.before.present !== c.present);
	const corrections = changes.filter((c) => c.source === 'manual');
	const why = reason.trim();
	if (corrections.length && !why) throw new LearningError('reason_required');
	if (!changes.length) return { changed: 0, corrected: 0 };
	await db.transaction(async (tx) => {
		for (const change of changes) {
			const values = {
				present: change.present,
				source: change.source,
				reason: change.source === 'manual' ? why : '',
				recordedBy: actor.id,
				recordedAt: new Date()
			};
			await tx
				.insert(sessionAttendance)
				.values({ sessionId, userId: change.userId, ...values })
				.onConflictDoUpdate({ target: [sessionAttendance.sessionId, sessionAttendance.userId], set: values });
		}
		await audit(tx, actor, corrections.length ? 'attendance.correct' : 'attendance.confirm', workshopId, {
			sessionId,
			reason: corrections.length ? why : undefined,
			marks: changes.map((c) => ({ userId: c.userId, present: c.present, source: c.source, was: c.before?.present ?? null }))
		});
	});
	return { changed: changes.length, corrected: corrections.length };
}
