/** Test helper: the text of a PDF, read back with pdfjs (a devDependency; never imported by the app). */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** All text of a PDF, pages joined, whitespace collapsed. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
	// verbosity 0: pdfjs warns that it has no standard font data; text extraction does not need it.
	const pdf = await getDocument({ data: bytes, isEvalSupported: false, verbosity: 0 }).promise;
	const parts: string[] = [];
	for (let i = 1; i <= pdf.numPages; i++) {
		const content = await (await pdf.getPage(i)).getTextContent();
		parts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
	}
	await pdf.destroy();
	return parts.join('\n').replace(/\s+/g, ' ');
}
