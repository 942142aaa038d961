/** Reports: a workshop's attendance and completion (its facilitators), JP delivered by agency and province (admins). */
import { and, eq, isNull, sql } from 'drizzle-orm';
import * as m from '../../paraglide/messages';
import type { Database } from '../db/client';
import { agencies, certificates, provinces, users, workshops } from '../db/schema';
import { requireManager, type Actor } from '../workshops/access';
import { WorkshopError } from '../workshops/errors';
import { attendanceSheet } from './attendance';
import { toCsv } from './csv';
import { renderTablePdf } from './report-pdf';

/** A file to download. */
export interface ReportFile {
	filename: string;
	body: Buffer;
}

/** The attendance and completion report of one workshop (facilitators, admins). */
export async function workshopReport(db: Database, actor: Actor, workshopId: number, format: 'csv' | 'pdf', title: string): Promise<ReportFile> {
	await requireManager(db, actor, workshopId);
	const sheet = await attendanceSheet(db, actor, workshopId);
	const [workshop] = await db.select({ title: workshops.title }).from(workshops).where(eq(workshops.id, workshopId));
	const header = [
		m.attendance_participant_col(),
		...sheet.sessions.map((s) => s.title),
		m.attendance_attended_col(),
		m.attendance_meets_col(),
		m.certificate_col()
	];
	const rows = sheet.completion.map((person) => [
		person.name,
		...sheet.sessions.map((s) => {
			const mark = s.marks.find((mk) => mk.userId === person.userId);
			return mark?.present === true ? m.attendance_present_col() : mark?.present === false ? '—' : '';
		}),
		`${person.attended}/${person.sessions}`,
		person.meetsRule ? m.attendance_meets_yes() : m.attendance_meets_no(),
		person.certificateNumber ?? ''
	]);
	const base = `kehadiran-lokakarya-${workshopId}`;
	if (format === 'csv') return { filename: `${base}.csv`, body: Buffer.from(toCsv([header, ...rows])) };
	const sessionWidth = Math.max(40, Math.floor(200 / Math.max(1, sheet.sessions.length)));
	const body = await renderTablePdf(
		title,
		[workshop?.title ?? '', `${m.attendance_jp_label()}: ${sheet.settings.jp} · ${m.attendance_min_percent_label()}: ${sheet.settings.minAttendancePercent}`],
		[
			{
				columns: [
					{ label: header[0]!, width: 120 },
					...sheet.sessions.map((s) => ({ label: s.title, width: sessionWidth })),
					{ label: header[header.length - 3]!, width: 50 },
					{ label: header[header.length - 2]!, width: 55 },
					{ label: header[header.length - 1]!, width: 95 }
				],
				rows
			}
		]
	);
	return { filename: `${base}.pdf`, body };
}

/** JP delivered in a year, grouped by one dimension. */
export interface JpDeliveredRow {
	label: string | null;
	jp: number;
	people: number;
	certificates: number;
}

/** JP from valid certificates issued in `year` (Jakarta time), by the holder's agency and province (admins). */
export async function jpDelivered(db: Database, actor: Actor, year: number): Promise<{ byAgency: JpDeliveredRow[]; byProvince: JpDeliveredRow[] }> {
	if (actor.role !== 'admin') throw new WorkshopError('forbidden');
	const inYear = and(
		isNull(certificates.revokedAt),
		sql`extract(year from ${certificates.issuedAt} at time zone 'Asia/Jakarta') = ${year}`
	);
	const totals = {
		jp: sql<number>`coalesce(sum(${certificates.jp}), 0)::int`,
		people: sql<number>`count(distinct ${certificates.userId})::int`,
		certificates: sql<number>`count(*)::int`
	};
	const byAgency = await db
		.select({ label: agencies.name, ...totals })
		.from(certificates)
		.innerJoin(users, eq(users.id, certificates.userId))
		.leftJoin(agencies, eq(agencies.id, users.agencyId))
		.where(inYear)
		.groupBy(agencies.name)
		.orderBy(sql`2 desc`, agencies.name);
	const byProvince = await db
		.select({ label: provinces.name, ...totals })
		.from(certificates)
		.innerJoin(users, eq(users.id, certificates.userId))
		.leftJoin(provinces, eq(provinces.code, users.provinceCode))
		.where(inYear)
		.groupBy(provinces.name)
		.orderBy(sql`2 desc`, provinces.name);
	return { byAgency, byProvince };
}
