/** Simple tabular PDFs (workshop report, learning record) with pdfkit; see certificate-pdf.ts for the library choice. */
import PDFDocument from 'pdfkit';

export interface PdfTable {
	heading?: string;
	columns: { label: string; width: number }[];
	rows: string[][];
}

/** A portrait A4 document with a title, lines of text under it, and tables. */
export function renderTablePdf(title: string, lines: string[], tables: PdfTable[]): Promise<Buffer> {
	const doc = new PDFDocument({ size: 'A4', margin: 48, info: { Title: title, Author: 'Ruang Pijar' } });
	const chunks: Buffer[] = [];
	const done = new Promise<Buffer>((resolve, reject) => {
		doc.on('data', (c: Buffer) => chunks.push(c));
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.on('error', reject);
	});
	const left = 48;
	doc.font('Helvetica-Bold').fontSize(18).fillColor('#111827').text(title, left, 48);
	doc.font('Helvetica').fontSize(10).fillColor('#374151');
	for (const line of lines) doc.text(line);
	for (const table of tables) {
		doc.moveDown(1);
		if (table.heading) doc.font('Helvetica-Bold').fontSize(12).fillColor('#111827').text(table.heading, left);
		doc.moveDown(0.3);
		const row = (cells: string[], bold: boolean) => {
			if (doc.y > doc.page.height - 80) doc.addPage();
			const y = doc.y;
			let x = left;
			let bottom = y;
			doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9).fillColor('#111827');
			table.columns.forEach((col, i) => {
				doc.text(cells[i] ?? '', x, y, { width: col.width - 6 });
				bottom = Math.max(bottom, doc.y);
				x += col.width;
			});
			doc.y = bottom + 3;
			doc.moveTo(left, doc.y - 1).lineTo(x, doc.y - 1).lineWidth(0.3).stroke('#d1d5db');
		};
		row(table.columns.map((c) => c.label), true);
		for (const cells of table.rows) row(cells, false);
	}
	doc.end();
	return done;
}
