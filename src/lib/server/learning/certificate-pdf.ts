/**
 * The certificate as a PDF, rendered on the server.
 *
 * Library choice: pdfkit. It is pure JavaScript (no native build, so npm 11's skipped install
 * scripts do not matter), actively maintained, ships the 14 standard PDF fonts (no font files of
 * our own), and draws text, lines and PNG images — everything a one-page certificate needs.
 * pdf-lib would also work but has not been released since 2021. The QR code is a PNG from the
 * `qrcode` package, pointing at the public verification page.
 */
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import * as m from '../../paraglide/messages';
import { getLocale } from '../../paraglide/runtime';
import { LEARNING_TIME_ZONE } from '../../learning/rules';
import type { CertificateDocument } from './certificates';

/** The public verification URL of a certificate number. */
export function verificationUrl(origin: string, number: string): string {
	return new URL(`/sertifikat/${encodeURIComponent(number)}`, origin).href;
}

/** Formats a date in the request's language, in Jakarta time. */
export function formatLearningDate(iso: string | null): string {
	if (!iso) return '';
	return new Intl.DateTimeFormat(getLocale() === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'long', timeZone: LEARNING_TIME_ZONE }).format(
		new Date(iso)
	);
}

/** "1 – 2 March 2026", one date, or empty when the workshop has no dates. */
export function formatDateRange(startsOn: string | null, endsOn: string | null): string {
	const from = formatLearningDate(startsOn);
	const to = formatLearningDate(endsOn);
	if (from && to && from !== to) return `${from} – ${to}`;
	return from || to;
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		doc.on('data', (chunk: Buffer) => chunks.push(chunk));
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.on('error', reject);
	});
}

/** Renders one certificate (A4 landscape) with its number and a QR code to `verifyUrl`. */
export async function renderCertificatePdf(cert: CertificateDocument, verifyUrl: string): Promise<Buffer> {
	const doc = new PDFDocument({
		size: 'A4',
		layout: 'landscape',
		// A small bottom margin: the footer sits low, and text past the margin would start a second page.
		margins: { top: 56, left: 56, right: 56, bottom: 24 },
		info: { Title: `${m.certificate_pdf_title()} ${cert.number}`, Author: 'Ruang Pijar', Subject: cert.workshopTitle }
	});
	const done = collect(doc);
	const width = doc.page.width;
	const height = doc.page.height;
	const inner = width - 112;

	doc.rect(24, 24, width - 48, height - 48).lineWidth(3).stroke('#b45309');
	doc.rect(32, 32, width - 64, height - 64).lineWidth(0.75).stroke('#b45309');

	doc.fillColor('#b45309').font('Helvetica-Bold').fontSize(14).text('RUANG PIJAR', 56, 64, { width: inner, align: 'center', characterSpacing: 3 });
	doc.moveDown(0.6);
	doc.fillColor('#111827').font('Helvetica-Bold').fontSize(30).text(m.certificate_pdf_title(), { width: inner, align: 'center' });
	doc.font('Helvetica').fontSize(11).fillColor('#4b5563').text(`${m.certificate_number_label()}: ${cert.number}`, { width: inner, align: 'center' });
	doc.moveDown(1.2);
	doc.fontSize(13).fillColor('#374151').text(m.certificate_pdf_awarded_to(), { width: inner, align: 'center' });
	doc.moveDown(0.4);
	doc.font('Helvetica-Bold').fontSize(24).fillColor('#111827').text(cert.recipientName, { width: inner, align: 'center' });
	const identity = [cert.nip ? `NIP ${cert.nip}` : '', cert.agency ?? ''].filter(Boolean).join(' · ');
	if (identity) doc.font('Helvetica').fontSize(12).fillColor('#374151').text(identity, { width: inner, align: 'center' });
	doc.moveDown(1);
	doc.font('Helvetica').fontSize(13).fillColor('#374151').text(m.certificate_pdf_for_completing(), { width: inner, align: 'center' });
	doc.moveDown(0.3);
	doc.font('Helvetica-Bold').fontSize(18).fillColor('#111827').text(cert.workshopTitle, { width: inner, align: 'center' });
	const dates = formatDateRange(cert.startsOn, cert.endsOn);
	doc.moveDown(0.3);
	doc.font('Helvetica').fontSize(12).fillColor('#374151');
	if (dates) doc.text(dates, { width: inner, align: 'center' });
	doc.moveDown(0.4);
	doc.font('Helvetica-Bold').fontSize(14).fillColor('#b45309').text(m.certificate_pdf_jp({ jp: String(cert.jp) }), { width: inner, align: 'center' });

	const footY = height - 180;
	doc.font('Helvetica').fontSize(11).fillColor('#374151');
	doc.text(m.certificate_pdf_issued_on({ date: formatLearningDate(cert.issuedAt) }), 72, footY, { width: 360 });
	if (cert.facilitators.length) {
		doc.moveDown(2.2);
		doc.moveTo(72, doc.y).lineTo(320, doc.y).lineWidth(0.75).stroke('#9ca3af');
		doc.moveDown(0.3);
		doc.font('Helvetica-Bold').fillColor('#111827').text(cert.facilitators.join(', '), 72, doc.y, { width: 360 });
		doc.font('Helvetica').fillColor('#4b5563').text(m.certificate_pdf_facilitator(), { width: 360 });
	}

	const qr = await QRCode.toBuffer(verifyUrl, { type: 'png', margin: 1, width: 240, errorCorrectionLevel: 'M' });
	const qrSize = 104;
	const qrX = width - 72 - qrSize;
	doc.image(qr, qrX, footY - 6, { width: qrSize, height: qrSize });
	doc.font('Helvetica').fontSize(8).fillColor('#4b5563').text(m.certificate_pdf_verify_hint(), qrX - 96, footY + qrSize, { width: qrSize + 96, align: 'right' });
	doc.text(verifyUrl, qrX - 96, doc.y, { width: qrSize + 96, align: 'right' });
	if (cert.revokedAt) {
		doc.font('Helvetica-Bold').fontSize(40).fillColor('#b91c1c').opacity(0.35).text(m.certificate_revoked_badge(), 0, height / 2 - 20, { width, align: 'center' });
		doc.opacity(1);
	}
	doc.end();
	return done;
}
