/**
 * CSV of sticky notes for affinity analysis in a spreadsheet: RFC 4180 (CRLF rows, quoted fields,
 * doubled quotes), a UTF-8 BOM so Excel reads Indonesian names correctly, and a guard against
 * formula injection: a note starting with = + - @ would run as a formula when the file is opened.
 */
import type { Shape } from './schema';

/** Column ids in export order; the UI may pass translated headers. */
export const STICKY_CSV_COLUMNS = ['text', 'color', 'author', 'frame', 'votes'] as const;

// Cells starting with these are interpreted as formulas by Excel, LibreOffice and Google Sheets.
const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralizes a text cell that a spreadsheet would run as a formula (prefixes a single quote, as OWASP advises). */
export function escapeFormula(cell: string): string {
	return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Quotes a field when it holds a comma, quote or line break (RFC 4180 §2.6–2.7). */
export function quoteField(field: string): string {
	return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** Rows to CSV text with CRLF line ends. */
export function toCsv(rows: readonly (readonly string[])[], options: { bom?: boolean } = {}): string {
	const body = rows.map((row) => row.map(quoteField).join(',')).join('\r\n') + '\r\n';
	return (options.bom ?? true ? '\uFEFF' : '') + body;
}

/** Parses RFC 4180 CSV (also accepts LF line ends and a leading BOM) into rows of fields. */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	let i = text.startsWith('\uFEFF') ? 1 : 0;
	for (; i < text.length; i++) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"') {
				if (text[i + 1] === '"') {
					field += '"';
					i++;
				} else quoted = false;
			} else field += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') {
			row.push(field);
			field = '';
		} else if (ch === '\r' || ch === '\n') {
			if (ch === '\r' && text[i + 1] === '\n') i++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += ch;
	}
	if (field !== '' || row.length > 0) {
		row.push(field);
		rows.push(row);
	}
	return rows;
}

export interface StickyCsvOptions {
	/** Display name for a user id (default: the id). */
	authorName?: (userId: string) => string;
	/** Votes per shape id (see tallyVotes). */
	votes?: ReadonlyMap<string, number>;
	/** Header labels in STICKY_CSV_COLUMNS order (default: the column ids). */
	headers?: readonly string[];
	bom?: boolean;
}

/**
 * CSV rows of every sticky note: text, color id, author, name of the frame holding it, votes.
 * Notes are grouped by frame and read top-to-bottom, left-to-right, as people read a board.
 */
export function stickiesToCsv(shapes: readonly Shape[], options: StickyCsvOptions = {}): string {
	const frames = new Map<string, string>();
	for (const shape of shapes) if (shape.type === 'frame') frames.set(shape.id, shape.props.name);
	const frameOf = (s: Shape) => (s.parentId !== null ? (frames.get(s.parentId) ?? '') : '');
	const notes = shapes
		.filter((s) => s.type === 'sticky')
		.sort((a, b) => {
			const fa = frameOf(a);
			const fb = frameOf(b);
			if (fa !== fb) return fa < fb ? -1 : 1;
			return a.y - b.y || a.x - b.x || (a.id < b.id ? -1 : 1);
		});
	const rows: string[][] = [[...(options.headers ?? STICKY_CSV_COLUMNS)]];
	for (const note of notes) {
		if (note.type !== 'sticky') continue;
		rows.push([
			escapeFormula(note.props.text),
			note.props.color,
			escapeFormula(options.authorName ? options.authorName(note.author) : note.author),
			escapeFormula(frameOf(note)),
			String(options.votes?.get(note.id) ?? 0)
		]);
	}
	return toCsv(rows, { bom: options.bom });
}
