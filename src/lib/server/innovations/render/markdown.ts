/**
 * Markdown → safe HTML for the narrative fields of an entry.
 *
 * `marked` parses (CommonMark + GFM, fast, no DOM). Its output is never trusted: raw HTML in the
 * source passes through marked untouched, so everything goes through `sanitize-html` with an
 * allow-list. We chose sanitize-html over DOMPurify because it runs on htmlparser2 in plain Node
 * (DOMPurify needs a DOM such as jsdom on the server), it is maintained by Apostrophe with a long
 * security record, and its allow-list API states exactly which tags, attributes and URL schemes
 * survive. Images are not allowed in Markdown: pictures go through the media pipeline (re-encoded,
 * alt text required), and remote images would let authors track readers.
 */
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const marked = new Marked({ gfm: true, breaks: true, async: false });

// Headings are demoted: the entry page owns h1/h2, a narrative section is at most h3.
const HEADING_MAP: Record<string, string> = { h1: 'h3', h2: 'h3', h3: 'h4', h4: 'h4', h5: 'h4', h6: 'h4' };

const SANITIZE: sanitizeHtml.IOptions = {
	allowedTags: [
		'p', 'br', 'strong', 'em', 'del', 's', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'h3', 'h4', 'hr', 'a',
		'table', 'thead', 'tbody', 'tr', 'th', 'td'
	],
	allowedAttributes: { a: ['href', 'title', 'rel'], ol: ['start'], th: ['align'], td: ['align'] },
	allowedSchemes: ['http', 'https', 'mailto'],
	allowedSchemesAppliedToAttributes: ['href'],
	allowProtocolRelative: false,
	// Script and style contents are dropped with their tags, not left as visible text.
	nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math'],
	disallowedTagsMode: 'discard',
	transformTags: {
		...Object.fromEntries(Object.entries(HEADING_MAP).map(([from, to]) => [from, sanitizeHtml.simpleTransform(to, {})])),
		// Links written by authors are user content: no referrer, no ranking credit, no window.opener.
		a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow ugc noopener noreferrer' })
	}
};

/** Hard cap on the Markdown source we parse (fields are validated far below this). */
const MAX_SOURCE = 20_000;

/** Renders Markdown to sanitized HTML; empty input gives an empty string. */
export function renderMarkdown(source: string): string {
	const trimmed = source.slice(0, MAX_SOURCE).trim();
	if (!trimmed) return '';
	const html = marked.parse(trimmed) as string;
	return sanitizeHtml(html, SANITIZE).trim();
}

/** Escapes text for HTML contexts outside Svelte (emails). */
export function escapeHtml(value: string): string {
	return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
