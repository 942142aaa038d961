/** Export formats, their media types and file names. */

export const EXPORT_FORMATS = ['png', 'svg', 'pdf', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Media type of each format (CSV as UTF-8 text, which spreadsheets read with the BOM the CSV carries). */
export const EXPORT_MIME: Readonly<Record<ExportFormat, string>> = {
	png: 'image/png',
	svg: 'image/svg+xml',
	pdf: 'application/pdf',
	csv: 'text/csv;charset=utf-8'
};

/**
 * A safe, readable file name: the board title (and frame name) in lower-case ASCII words joined by
 * hyphens, accents folded ("Ruang Rapat Édisi 2" → "ruang-rapat-edisi-2"); "papan" when nothing is left.
 */
export function exportFileName(boardTitle: string, frameName: string | null, format: ExportFormat): string {
	const slug = (value: string) =>
		value
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 60)
			.replace(/-+$/g, '');
	const parts = [slug(boardTitle) || 'papan', frameName ? slug(frameName) : ''].filter(Boolean);
	return `${parts.join('-')}.${format}`;
}
