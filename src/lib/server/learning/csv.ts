/** CSV for HR exports: RFC 4180 quoting, a BOM so spreadsheet apps read UTF-8, and formula-injection guard. */

function cell(value: string | number | null | undefined): string {
	let text = value === null || value === undefined ? '' : String(value);
	// A leading = + - @ (or tab/CR) makes spreadsheets evaluate the cell; a quote mark defuses it.
	if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows (header first) as CSV text with CRLF line ends and a UTF-8 BOM. */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
	return '\uFEFF' + rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
