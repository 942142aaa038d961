/** The learning record as CSV and PDF for the participant's HR office (their own record only). */
import { eq } from 'drizzle-orm';
import * as m from '../../paraglide/messages';
import { getLocale } from '../../paraglide/runtime';
import type { Database } from '../db/client';
import { agencies, users } from '../db/schema';
import { getMethod, methodText } from '../../methods';
import { formatLearningDate } from './certificate-pdf';
import { toCsv } from './csv';
import { learningRecordOf } from './record';
import { renderTablePdf } from './report-pdf';
import type { ReportFile } from './reports';

function methodName(id: string): string {
	const method = getMethod(id);
	return method ? methodText(method, getLocale() === 'en' ? 'en' : 'id').name : id;
}

/** The user's own record as a CSV or PDF file. */
export async function exportLearningRecord(db: Database, userId: number, format: 'csv' | 'pdf'): Promise<ReportFile> {
	const record = await learningRecordOf(db, userId);
	const [person] = await db
		.select({ name: users.name, nip: users.nip, agency: agencies.name })
		.from(users)
		.leftJoin(agencies, eq(agencies.id, users.agencyId))
		.where(eq(users.id, userId));
	const certificateRows = record.certificates.map((c) => [
		c.workshopTitle,
		String(c.jp),
		formatLearningDate(c.issuedAt),
		c.number,
		c.revoked ? m.certificate_revoked_badge() : m.certificate_valid_badge()
	]);
	const filename = `catatan-belajar-${userId}`;
	if (format === 'csv') {
		const rows: (string | number)[][] = [
			[m.certificate_recipient_label(), person?.name ?? ''],
			[m.certificate_nip_label(), person?.nip ?? ''],
			[m.learning_admin_agency_col(), person?.agency ?? ''],
			[],
			[m.learning_year_col(), m.learning_jp_col(), m.learning_status_col()],
			...record.years.map((y) => [y.year, y.jp, y.met ? m.learning_jp_met() : m.learning_jp_missing({ missing: y.target - y.jp })]),
			[],
			[m.learning_workshop_col(), m.learning_jp_col(), m.learning_date_col(), m.certificate_number_label(), m.learning_status_col()],
			...certificateRows,
			[],
			[m.learning_methods_heading()],
			...record.methods.map((id) => [methodName(id)])
		];
		return { filename: `${filename}.csv`, body: Buffer.from(toCsv(rows)) };
	}
	const body = await renderTablePdf(
		m.learning_title(),
		[
			[person?.name, person?.nip ? `NIP ${person.nip}` : '', person?.agency].filter(Boolean).join(' · '),
			m.learning_pdf_generated({ date: formatLearningDate(new Date().toISOString()) })
		],
		[
			{
				heading: m.learning_jp_heading(),
				columns: [
					{ label: m.learning_year_col(), width: 80 },
					{ label: m.learning_jp_col(), width: 80 },
					{ label: m.learning_status_col(), width: 200 }
				],
				rows: record.years.map((y) => [String(y.year), String(y.jp), y.met ? m.learning_jp_met() : m.learning_jp_missing({ missing: y.target - y.jp })])
			},
			{
				heading: m.learning_certificates_heading(),
				columns: [
					{ label: m.learning_workshop_col(), width: 170 },
					{ label: m.learning_jp_col(), width: 35 },
					{ label: m.learning_date_col(), width: 95 },
					{ label: m.certificate_number_label(), width: 130 },
					{ label: m.learning_status_col(), width: 65 }
				],
				rows: certificateRows
			},
			{
				heading: m.learning_methods_heading(),
				columns: [{ label: m.learning_methods_heading(), width: 400 }],
				rows: record.methods.map((id) => [methodName(id)])
			}
		]
	);
	return { filename: `${filename}.pdf`, body };
}
