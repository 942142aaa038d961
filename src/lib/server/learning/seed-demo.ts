/**
 * Demo learning data: the demo workshop (join code PIJAR1) gets 8 JP, two sessions on its first
 * day, confirmed attendance for the demo participants and a certificate for peserta@ruangpijar.id;
 * plus the two starter learning paths. Idempotent: each piece is added only when missing.
 */
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { certificates, sessionAttendance, users, workshopLearning, workshopSessions, workshops } from '../db/schema';
import { learningYear } from '../../learning/rules';
import { generateCertificateNumber } from './certificates';
import { seedLearningPaths } from './paths';

const HOUR = 3_600_000;

/** Adds the demo learning data (see the module comment). */
export async function seedDemoLearning(db: Database): Promise<void> {
	await seedLearningPaths(db);
	const [workshop] = await db.select().from(workshops).where(eq(workshops.joinCode, 'PIJAR1'));
	if (!workshop) return;
	const people = await db
		.select({ id: users.id, email: users.email, name: users.name })
		.from(users)
		.where(inArray(sql`lower(${users.email})`, ['fasilitator@ruangpijar.id', 'peserta@ruangpijar.id', 'peserta2@ruangpijar.id', 'peserta3@ruangpijar.id', 'peserta4@ruangpijar.id']));
	const id = (email: string) => people.find((p) => p.email.toLowerCase() === email)?.id;
	const facilitator = id('fasilitator@ruangpijar.id') ?? null;
	await db.transaction(async (tx) => {
		await tx.insert(workshopLearning).values({ workshopId: workshop.id, jp: 8, minAttendancePercent: 75 }).onConflictDoNothing();
		let sessions = await tx.select().from(workshopSessions).where(eq(workshopSessions.workshopId, workshop.id)).orderBy(workshopSessions.startsAt);
		if (!sessions.length) {
			// 09:00–12:00 and 13:00–16:00 Jakarta time on the workshop's first day (startsOn is 08:00 WIB).
			const day = workshop.startsOn ?? new Date();
			const nine = new Date(day.getTime() + HOUR);
			sessions = await tx
				.insert(workshopSessions)
				.values([
					{ workshopId: workshop.id, title: 'Sesi 1: Empati', startsAt: nine, endsAt: new Date(nine.getTime() + 3 * HOUR) },
					{ workshopId: workshop.id, title: 'Sesi 2: Definisi dan ide', startsAt: new Date(nine.getTime() + 4 * HOUR), endsAt: new Date(nine.getTime() + 7 * HOUR) }
				])
				.returning();
			const marks: [string, boolean, boolean][] = [
				['peserta@ruangpijar.id', true, true],
				['peserta2@ruangpijar.id', true, true],
				['peserta3@ruangpijar.id', true, true],
				['peserta4@ruangpijar.id', true, false]
			];
			for (const [email, first, second] of marks) {
				const userId = id(email);
				if (!userId) continue;
				for (const [session, present] of [
					[sessions[0]!, first],
					[sessions[1]!, second]
				] as const) {
					await tx
						.insert(sessionAttendance)
						.values({ sessionId: session.id, userId, present, source: 'manual', reason: 'Daftar hadir kertas (data demo)', recordedBy: facilitator })
						.onConflictDoNothing();
				}
			}
		}
		const holder = people.find((p) => p.email.toLowerCase() === 'peserta@ruangpijar.id');
		if (!holder) return;
		const [live] = await tx
			.select({ id: certificates.id })
			.from(certificates)
			.where(and(eq(certificates.userId, holder.id), eq(certificates.workshopId, workshop.id), isNull(certificates.revokedAt)));
		if (!live) {
			await tx.insert(certificates).values({
				number: generateCertificateNumber(learningYear(new Date())),
				userId: holder.id,
				workshopId: workshop.id,
				recipientName: holder.name,
				workshopTitle: workshop.title,
				jp: 8,
				issuedBy: facilitator
			});
		}
	});
}
