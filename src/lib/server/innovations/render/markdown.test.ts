import { describe, expect, it } from 'vitest';
import { Parser } from 'htmlparser2';
import { renderMarkdown } from './markdown';
import { XSS_VECTORS } from '../xss-vectors';

const ALLOWED_TAGS = new Set([
	'p', 'br', 'strong', 'em', 'del', 's', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'h3', 'h4', 'hr', 'a',
	'table', 'thead', 'tbody', 'tr', 'th', 'td'
]);
const ALLOWED_ATTRS: Record<string, string[]> = { a: ['href', 'title', 'rel'], ol: ['start'], th: ['align'], td: ['align'] };

/** Re-parses sanitized output the way a browser tokenizer would and lists every element and attribute. */
function inspect(html: string) {
	const found: { tag: string; attrs: Record<string, string> }[] = [];
	const parser = new Parser({ onopentag: (tag, attrs) => found.push({ tag, attrs }) }, { decodeEntities: true });
	parser.write(html);
	parser.end();
	return found;
}

describe('renderMarkdown', () => {
	it('renders the Markdown authors use', () => {
		const html = renderMarkdown('## Latar\n\n**Tebal** dan _miring_\n\n- satu\n- dua\n\n[situs](https://example.go.id)');
		expect(html).toContain('<h3>Latar</h3>');
		expect(html).toContain('<strong>Tebal</strong>');
		expect(html).toContain('<em>miring</em>');
		expect(html).toContain('<li>satu</li>');
		expect(html).toContain('<a href="https://example.go.id" rel="nofollow ugc noopener noreferrer">situs</a>');
	});

	it('keeps line breaks inside a paragraph and demotes headings', () => {
		expect(renderMarkdown('baris satu\nbaris dua')).toBe('<p>baris satu<br />baris dua</p>');
		expect(renderMarkdown('# Judul')).toBe('<h3>Judul</h3>');
	});

	it('drops images: pictures go through the media pipeline', () => {
		expect(renderMarkdown('![foto](https://example.org/x.png)')).not.toContain('<img');
	});

	it(`neutralizes ${XSS_VECTORS.length} XSS vectors`, () => {
		expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(100);
		for (const vector of XSS_VECTORS) {
			const html = renderMarkdown(vector);
			for (const { tag, attrs } of inspect(html)) {
				expect(ALLOWED_TAGS.has(tag), `${vector} → <${tag}>`).toBe(true);
				for (const [name, value] of Object.entries(attrs)) {
					expect(ALLOWED_ATTRS[tag]?.includes(name), `${vector} → ${tag}[${name}]`).toBe(true);
					// Relative links are harmless; any scheme must be one of the three allowed.
					if (name === 'href' && /^[^/?#]*:/.test(value)) expect(value, vector).toMatch(/^(https?:|mailto:)/i);
				}
			}
			expect(html.toLowerCase(), vector).not.toMatch(/<script|<iframe|<svg|<img|<style|<object|<embed|<math/);
		}
	});

	it('returns an empty string for blank input', () => {
		expect(renderMarkdown('   \n ')).toBe('');
	});
});
