/**
 * Attendance, certificates and the presence log on PGlite and PostgreSQL: presence recorded by a
 * live realtime server prefills attendance; corrections need a reason and are audited; forged
 * calls from non-facilitators change nothing; certificates go only to those who meet the rule,
 * verify until revoked, and are hidden from other participants.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '../db/testing';
import type { DatabaseHandle } from '../db/client';
import { auditLog, boardPresence, certificates, sessionAttendance } from '../db/schema';
import { connectClient, createTestBoard, createTestTeam, createTestUser, startTestServer, waitFor, type TestUser } from '../realtime/testing';
import { isWorkshopError } from '../workshops/errors';
import { addSession, attendanceSheet, confirmAttendance, saveLearningSettings, updateSession } from './attendance';
import {
	certificateForDownload,
	generateCertificateNumber,
	issueCertificates,
	listOwnCertificates,
	revokeCertificate,
	verifyCertificate
} from './certificates';
import { isLearningError } from './errors';
import { databasePresenceRecorder } from './presence';
import { VERIFY_PER_IP, verifyForVisitor } from './verification';
import { effectiveLimit, hitRateLimit } from '../auth/rate-limit';

const hour = 3_600_000;

describe('generateCertificateNumber', () => {
	it('has the RP-<year>- prefix and 10 base32 characters, never repeating', () => {
		const numbers = new Set(Array.from({ length: 2_000 }, () => generateCertificateNumber(2026)));
		expect(numbers.size).toBe(2_000);
		for (const n of numbers) expect(n).toMatch(/^RP-2026-[A-Z2-7]{10}$/);
	});
});

describe.each(TEST_DATABASE_KINDS)('learning record on %s', (kind) => {
	let handle: DatabaseHandle;
	let facilitator: TestUser;
	let admin: TestUser;
	let ani: TestUser;
	let budi: TestUser;
	let outsider: TestUser;
	let workshopId: number;
	let boardId: string;

	beforeAll(async () => {
		handle = await createTestDatabase(kind);
		const { db } = handle;
		facilitator = await createTestUser(db, 'Fasilitator Satu', 'facilitator');
		admin = await createTestUser(db, 'Admin', 'admin');
		ani = await createTestUser(db, 'Ani Lestari');
		budi = await createTestUser(db, 'Budi Santoso');
		outsider = await createTestUser(db, 'Orang Lain', 'facilitator');
		const team = await createTestTeam(db, {
			workshop: [[facilitator, 'facilitator']],
			team: [
				[ani, 'participant'],
				[budi, 'participant']
			]
		});
		workshopId = team.workshopId;
		boardId = await createTestBoard(db, facilitator, { teamId: team.teamId, workshopId, template: 'empathy-map' });
	}, 60_000);

	afterAll(async () => {
		await handle?.close();
	});

	it('records presence from a live realtime connection, join and leave', async () => {
		const recorder = databasePresenceRecorder(handle.db);
		const server = await startTestServer(handle.db, { presence: recorder });
		try {
			const client = connectClient(server.url, boardId, { token: ani.token });
			await client.synced;
			await recorder.settled();
			const [row] = await handle.db.select().from(boardPresence).where(eq(boardPresence.userId, ani.id));
			expect(row?.boardId).toBe(boardId);
			expect(row?.leftAt).toBeNull();
			client.destroy();
			await waitFor(async () => {
				await recorder.settled();
				const [after] = await handle.db.select().from(boardPresence).where(eq(boardPresence.userId, ani.id));
				return after?.leftAt instanceof Date;
			});
		} finally {
			await server.close();
		}
	});

	it('prefills attendance from board presence and needs a reason to correct it', async () => {
		const { db } = handle;
		const now = Date.now();
		const first = await addSession(db, facilitator, workshopId, { title: 'Sesi 1', startsAt: new Date(now - hour), endsAt: new Date(now + hour) });
		const second = await addSession(db, facilitator, workshopId, {
			title: 'Sesi 2',
			startsAt: new Date(now + 24 * hour),
			endsAt: new Date(now + 26 * hour)
		});
		const sheet = await attendanceSheet(db, facilitator, workshopId);
		expect(sheet.sessions.map((s) => s.title)).toEqual(['Sesi 1', 'Sesi 2']);
		const marks = Object.fromEntries(sheet.sessions[0]!.marks.map((mk) => [mk.name, mk.suggested]));
		expect(marks).toEqual({ 'Ani Lestari': true, 'Budi Santoso': false });
		expect(sheet.sessions[1]!.marks.every((mk) => !mk.suggested)).toBe(true);

		// A visit left open by a crashed process long ago does not suggest Budi for today's sessions.
		await db.insert(boardPresence).values({ boardId, userId: budi.id, joinedAt: new Date(now - 72 * hour) });
		const again = await attendanceSheet(db, facilitator, workshopId);
		expect(again.sessions[0]!.marks.find((mk) => mk.userId === budi.id)?.suggested).toBe(false);

		// Confirming exactly what the board suggests needs no reason.
		expect(await confirmAttendance(db, facilitator, workshopId, first, [ani.id], '')).toEqual({ changed: 2, corrected: 0 });
		// Marking Ani present in session 2 although she was not on the board is a correction.
		await expect(confirmAttendance(db, facilitator, workshopId, second, [ani.id], ' ')).rejects.toSatisfy((e) => isLearningError(e, 'reason_required'));
		expect(await db.select().from(sessionAttendance).where(eq(sessionAttendance.sessionId, second))).toEqual([]);
		expect(await confirmAttendance(db, facilitator, workshopId, second, [ani.id], 'Hadir di ruangan, laptop mati')).toEqual({
			changed: 2,
			corrected: 1
		});
		const [manual] = await db.select().from(sessionAttendance).where(eq(sessionAttendance.userId, ani.id)).orderBy(sessionAttendance.sessionId);
		expect(manual?.source).toBe('board_presence');
		const audits = await db.select().from(auditLog).where(eq(auditLog.subject, `workshop:${workshopId}`));
		const correction = audits.find((a) => a.action === 'attendance.correct');
		expect(correction?.actorId).toBe(facilitator.id);
		expect(JSON.parse(correction!.detail).reason).toBe('Hadir di ruangan, laptop mati');
		await expect(
			updateSession(db, facilitator, workshopId, second, { title: 'x', startsAt: new Date(now), endsAt: new Date(now - 1) })
		).rejects.toSatisfy((e) => isLearningError(e, 'session_order'));
	});

	it('refuses other facilitators and participants and changes nothing', async () => {
		const { db } = handle;
		const before = await db.select().from(sessionAttendance);
		const sheet = await attendanceSheet(db, facilitator, workshopId);
		const sessionId = sheet.sessions[0]!.id;
		for (const actor of [outsider, ani]) {
			await expect(confirmAttendance(db, actor, workshopId, sessionId, [], 'x')).rejects.toSatisfy((e) => isWorkshopError(e, 'forbidden'));
			await expect(saveLearningSettings(db, actor, workshopId, { jp: 99, minAttendancePercent: 1 })).rejects.toSatisfy((e) =>
				isWorkshopError(e, 'forbidden')
			);
			await expect(issueCertificates(db, actor, workshopId)).rejects.toSatisfy((e) => isWorkshopError(e, 'forbidden'));
		}
		expect(await db.select().from(sessionAttendance)).toEqual(before);
		expect(await db.select().from(certificates)).toEqual([]);
	});

	it('issues certificates only to those who meet the rule; verification ends with revocation', async () => {
		const { db } = handle;
		await expect(issueCertificates(db, facilitator, workshopId)).rejects.toSatisfy((e) => isLearningError(e, 'no_jp'));
		await saveLearningSettings(db, facilitator, workshopId, { jp: 8, minAttendancePercent: 75 });
		expect(await issueCertificates(db, facilitator, workshopId)).toBe(1);
		// Idempotent: a second click issues nothing new.
		expect(await issueCertificates(db, admin, workshopId)).toBe(0);
		const [own] = await listOwnCertificates(db, ani.id);
		expect(own?.jp).toBe(8);
		expect(await listOwnCertificates(db, budi.id)).toEqual([]);

		const verified = await verifyCertificate(db, own!.number.toLowerCase());
		expect(verified).toMatchObject({ recipientName: 'Ani Lestari', jp: 8, valid: true, revokedAt: null });
		expect(Object.keys(verified!)).not.toContain('nip');
		expect(await verifyCertificate(db, generateCertificateNumber(2026))).toBeNull();
		expect(await verifyCertificate(db, "RP-2026-' or 1=1 --")).toBeNull();

		expect((await certificateForDownload(db, ani, own!.number)).facilitators).toEqual(['Fasilitator Satu']);
		await certificateForDownload(db, facilitator, own!.number);
		for (const actor of [budi, outsider]) {
			await expect(certificateForDownload(db, actor, own!.number)).rejects.toSatisfy((e) => isWorkshopError(e, 'not_found'));
		}

		// Public lookups: a hit and a miss both take the padded time; an address that asked too often is stopped.
		for (const number of [own!.number, generateCertificateNumber(2026)]) {
			const started = performance.now();
			await verifyForVisitor(db, number, `198.51.100.${kind.length}`);
			expect(performance.now() - started).toBeGreaterThanOrEqual(145);
		}
		const address = `203.0.113.${kind.length}`;
		for (let i = 0; i < effectiveLimit(VERIFY_PER_IP); i++) await hitRateLimit(db, VERIFY_PER_IP, address);
		expect((await verifyForVisitor(db, own!.number, address)).kind).toBe('rate_limited');

		await expect(revokeCertificate(db, facilitator, own!.number, 'salah')).rejects.toSatisfy((e) => isWorkshopError(e, 'forbidden'));
		await revokeCertificate(db, admin, own!.number, 'Data kehadiran keliru');
		expect((await verifyCertificate(db, own!.number))?.valid).toBe(false);
		await expect(revokeCertificate(db, admin, own!.number, 'lagi')).rejects.toSatisfy((e) => isLearningError(e, 'already_revoked'));
		// Issuing again does not quietly replace the revoked certificate.
		expect(await issueCertificates(db, facilitator, workshopId)).toBe(0);
		const [audit] = await db.select().from(auditLog).where(eq(auditLog.action, 'certificate.revoke'));
		expect(audit?.detail).toBe('Data kehadiran keliru');
	});
});
