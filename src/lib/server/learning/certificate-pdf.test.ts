import { describe, expect, it } from 'vitest';
import { renderCertificatePdf, verificationUrl } from './certificate-pdf';
import { pdfText } from './pdf-text';

describe('renderCertificatePdf', () => {
	it('prints name, NIP, agency, workshop, JP, facilitator, number and the verification URL', async () => {
		const url = verificationUrl('https://ruangpijar.test', 'RP-2026-ABCDEFGH23');
		expect(url).toBe('https://ruangpijar.test/sertifikat/RP-2026-ABCDEFGH23');
		const pdf = await renderCertificatePdf(
			{
				number: 'RP-2026-ABCDEFGH23',
				recipientName: 'Ani Lestari',
				nip: '199001012015031001',
				agency: 'Badan Kepegawaian Negara',
				workshopTitle: 'Kelas Kolaboratif Layanan Publik',
				startsOn: '2026-03-02T01:00:00.000Z',
				endsOn: '2026-03-03T09:00:00.000Z',
				jp: 8,
				facilitators: ['Fasilitator Satu'],
				issuedAt: '2026-03-03T10:00:00.000Z',
				revokedAt: null
			},
			url
		);
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		const text = await pdfText(new Uint8Array(pdf));
		for (const expected of [
			'Ani Lestari',
			'NIP 199001012015031001',
			'Badan Kepegawaian Negara',
			'Kelas Kolaboratif Layanan Publik',
			'8 Jam Pelajaran (JP)',
			'Fasilitator Satu',
			'RP-2026-ABCDEFGH23',
			url
		]) {
			expect(text).toContain(expected);
		}
		expect(text).not.toContain('DICABUT');
		// One page: the footer must not spill onto a second one.
		expect((pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length).toBe(1);
	});
});
