/**
 * The learning record, paths, demo seed and admin report on PGlite and PostgreSQL: methods count
 * only with presence on a workshop board from their template; a record holds only its owner's
 * certificates; the demo seed is idempotent; JP delivered counts valid certificates only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '../db/testing';
import type { DatabaseHandle } from '../db/client';
import { boardPresence, certificates, learningPaths, sessionAttendance, users, workshopSessions } from '../db/schema';
import { seedDemo } from '../db/seed';
import { createTestBoard, createTestTeam, createTestUser } from '../realtime/testing';
import { isWorkshopError } from '../workshops/errors';
import { learningYear } from '../../learning/rules';
import { revokeCertificate } from './certificates';
import { getPath, listPaths, savePath } from './paths';
import { learningRecordOf, methodsPractisedBy } from './record';
import { jpDelivered, workshopReport } from './reports';
import { exportLearningRecord } from './record-export';
import { pdfText } from './pdf-text';
import { workshops } from '../db/schema';

describe.each(TEST_DATABASE_KINDS)('learning record on %s', (kind) => {
	let handle: DatabaseHandle;

	beforeAll(async () => {
		handle = await createTestDatabase(kind);
	}, 60_000);

	afterAll(async () => {
		await handle?.close();
	});

	it('counts a method only with presence on a workshop board from its template', async () => {
		const { db } = handle;
		const ani = await createTestUser(db, 'Ani');
		const team = await createTestTeam(db, { team: [[ani, 'participant']] });
		const visited = await createTestBoard(db, ani, { teamId: team.teamId, workshopId: team.workshopId, template: 'persona' });
		await createTestBoard(db, ani, { teamId: team.teamId, workshopId: team.workshopId, template: 'five-whys' });
		const personal = await createTestBoard(db, ani, { template: 'empathy-map' });
		await db.insert(boardPresence).values([
			{ boardId: visited, userId: ani.id },
			{ boardId: personal, userId: ani.id }
		]);
		expect([...(await methodsPractisedBy(db, ani.id))]).toEqual(['persona']);
		await savePath(db, null, { slug: 'uji', title: 'Uji', description: '', methodIds: ['persona', 'five-whys', 'no-such-method'] });
		const path = await getPath(db, ani.id, 'uji');
		expect(path?.progress).toMatchObject({ done: 1, total: 2, next: 'five-whys' });
		const participant = await createTestUser(db, 'Peserta');
		await expect(savePath(db, participant, { slug: 'x', title: 'X', description: '', methodIds: ['persona'] })).rejects.toSatisfy((e) =>
			isWorkshopError(e, 'forbidden')
		);
	});

	it('seeds the demo idempotently: sessions, attendance, one certificate, two paths', async () => {
		const { db } = handle;
		await seedDemo(db);
		await seedDemo(db);
		expect(await db.select().from(workshopSessions)).toHaveLength(2);
		expect(await db.select().from(sessionAttendance)).toHaveLength(8);
		const live = await db.select().from(certificates);
		expect(live).toHaveLength(1);
		expect(live[0]!.jp).toBe(8);
		expect((await db.select().from(learningPaths)).map((p) => p.slug).sort()).toEqual(['dasar-design-thinking', 'fasilitator-muda', 'uji']);

		const [putri] = await db.select().from(users).where(eq(users.email, 'peserta@ruangpijar.id'));
		const [rudi] = await db.select().from(users).where(eq(users.email, 'peserta4@ruangpijar.id'));
		const record = await learningRecordOf(db, putri!.id);
		expect(record.certificates.map((c) => c.number)).toEqual([live[0]!.number]);
		expect(record.years[0]).toMatchObject({ year: learningYear(new Date()), jp: 8, met: false, percent: 40 });
		expect(record.workshops[0]).toMatchObject({ attended: 2, sessions: 2, completed: true, jp: 8 });
		// Rudi attended one of two sessions: below 75%, and another's certificate is not in his record.
		const rudiRecord = await learningRecordOf(db, rudi!.id);
		expect(rudiRecord.certificates).toEqual([]);
		expect(rudiRecord.workshops[0]).toMatchObject({ attended: 1, sessions: 2, completed: false });
		expect((await listPaths(db, rudi!.id)).map((p) => p.slug)).toContain('fasilitator-muda');
	});

	it('exports the workshop report for its facilitators and the record for its owner', async () => {
		const { db } = handle;
		const [wulan] = await db.select().from(users).where(eq(users.email, 'fasilitator@ruangpijar.id'));
		const [putri] = await db.select().from(users).where(eq(users.email, 'peserta@ruangpijar.id'));
		const [demo] = await db.select().from(workshops).where(eq(workshops.joinCode, 'PIJAR1'));
		const facilitator = { id: wulan!.id, role: wulan!.role };
		const csv = (await workshopReport(db, facilitator, demo!.id, 'csv', 'Laporan')).body.toString('utf8');
		expect(csv.split('\r\n')[0]).toContain('Sesi 1: Empati');
		expect(csv).toMatch(/Rudi Peserta,.*,1\/2,/);
		const pdf = (await workshopReport(db, facilitator, demo!.id, 'pdf', 'Laporan')).body;
		expect(await pdfText(new Uint8Array(pdf))).toContain('Putri Peserta');
		await expect(workshopReport(db, { id: putri!.id, role: 'participant' }, demo!.id, 'csv', 'x')).rejects.toSatisfy((e) =>
			isWorkshopError(e, 'forbidden')
		);
		const own = (await exportLearningRecord(db, putri!.id, 'csv')).body.toString('utf8');
		expect(own).toContain('Putri Peserta');
		expect(own).toMatch(/RP-\d{4}-[A-Z2-7]{10}/);
		expect(own).not.toContain('Rudi Peserta');
		expect(await pdfText(new Uint8Array((await exportLearningRecord(db, putri!.id, 'pdf')).body))).toContain('Putri Peserta');
	});

	it('reports JP delivered by agency and province for admins, valid certificates only', async () => {
		const { db } = handle;
		const [admin] = await db.select().from(users).where(eq(users.email, 'admin@ruangpijar.id'));
		const actor = { id: admin!.id, role: 'admin' as const };
		const year = learningYear(new Date());
		const report = await jpDelivered(db, actor, year);
		expect(report.byAgency.reduce((sum, r) => sum + r.jp, 0)).toBe(8);
		expect(report.byProvince.reduce((sum, r) => sum + r.certificates, 0)).toBe(1);
		await expect(jpDelivered(db, { id: admin!.id, role: 'facilitator' }, year)).rejects.toSatisfy((e) => isWorkshopError(e, 'forbidden'));
		const [cert] = await db.select().from(certificates);
		await revokeCertificate(db, actor, cert!.number, 'uji');
		expect((await jpDelivered(db, actor, year)).byAgency).toEqual([]);
	});
});
