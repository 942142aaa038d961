/**
 * A scene as a standalone SVG document. Board text is hostile input (anyone on a board can type
 * `<script>`), so every string written here passes `escapeXml`, characters XML cannot carry are
 * dropped, numbers are formatted from numbers, colors come from the palette, and image URLs pass
 * an allow-list. The document has no script, no event attribute and no external reference other
 * than allowed image URLs.
 */
import { EXPORT_FONT, EXPORT_PAGE, LINE_HEIGHT } from './palette';
import { num, type Scene, type SceneItem, type SceneText } from './scene';

// Everything XML 1.0 forbids: C0 controls except tab/LF/CR, lone surrogates, U+FFFE and U+FFFF.
const XML_INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes text for XML content and attribute values (both quote kinds), dropping characters XML cannot hold. */
export function escapeXml(value: string): string {
	return value.replace(XML_INVALID, '').replace(/[&<>"']/g, (ch) => ESCAPES[ch] as string);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/]+=*$/;

/** The URL if an exported image may point at it (http(s), a same-site path, or an inline raster image); else null. */
export function safeHref(href: string): string | null {
	if (DATA_IMAGE.test(href)) return href;
	if (href.startsWith('/') && !href.startsWith('//') && !href.includes('\\')) return href;
	try {
		const url = new URL(href);
		return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
	} catch {
		return null;
	}
}

export interface SvgOptions {
	/** Document title (the board's name), for screen readers and file browsers. */
	title?: string;
	/** Page color behind the board; null for transparent. */
	background?: string | null;
	/** Output pixels per world unit (width/height attributes); the drawing itself is vector. */
	scale?: number;
	/** Include the `<?xml …?>` declaration (for a file of its own, not for inline use). */
	declaration?: boolean;
}

/** Serializes a scene as an SVG document (see the module comment for what makes it safe). */
export function sceneToSvg(scene: Scene, options: SvgOptions = {}): string {
	const [x, y, w, h] = scene.viewBox;
	const scale = options.scale ?? 1;
	const background = options.background === undefined ? EXPORT_PAGE : options.background;
	const out: string[] = [];
	if (options.declaration ?? true) out.push('<?xml version="1.0" encoding="UTF-8"?>\n');
	out.push(
		`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${num(w * scale)}" height="${num(h * scale)}" viewBox="${num(x)} ${num(y)} ${num(w)} ${num(h)}" role="img"${options.title ? ' aria-labelledby="rp-title"' : ''}>`
	);
	if (options.title) out.push(`<title id="rp-title">${escapeXml(options.title)}</title>`);
	out.push(
		'<defs><filter id="rp-shadow" x="-10%" y="-10%" width="130%" height="140%">' +
			'<feDropShadow dx="0" dy="3" stdDeviation="4" flood-color="#1f2933" flood-opacity="0.18"/></filter></defs>'
	);
	if (background) out.push(`<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" fill="${attr(background)}"/>`);
	out.push(`<g font-family="${attr(EXPORT_FONT)}">`);
	for (const item of scene.items) out.push(itemToSvg(item));
	out.push('</g></svg>');
	return out.join('');
}

function attr(value: string): string {
	return escapeXml(value);
}

function transformAttr(transform: string | undefined): string {
	return transform ? ` transform="${attr(transform)}"` : '';
}

function dashAttr(dash: string | undefined): string {
	return dash ? ` stroke-dasharray="${attr(dash)}" stroke-linecap="round"` : '';
}

function itemToSvg(item: SceneItem): string {
	switch (item.kind) {
		case 'rect': {
			const dash = item.dashed ? (item.dashArray ?? '8 6') : undefined;
			const rect =
				`<rect x="${num(item.x)}" y="${num(item.y)}" width="${num(item.width)}" height="${num(item.height)}" rx="${num(item.radius)}"` +
				` fill="${attr(item.fill)}" stroke="${attr(item.stroke)}" stroke-width="${num(item.strokeWidth)}"${dashAttr(dash)}` +
				`${item.shadow ? ' filter="url(#rp-shadow)"' : ''}/>`;
			return group(item.transform, rect + (item.text ? textToSvg(item.text) : ''));
		}
		case 'ellipse': {
			const ellipse =
				`<ellipse cx="${num(item.cx)}" cy="${num(item.cy)}" rx="${num(item.rx)}" ry="${num(item.ry)}"` +
				` fill="${attr(item.fill)}" stroke="${attr(item.stroke)}" stroke-width="${num(item.strokeWidth)}"${dashAttr(item.dashArray)}/>`;
			return group(item.transform, ellipse + (item.text ? textToSvg(item.text) : ''));
		}
		case 'text':
			return group(item.transform, textToSvg(item.text));
		case 'path':
			return (
				`<path d="${attr(item.d)}" fill="${attr(item.fill)}" stroke="${attr(item.stroke)}" stroke-width="${num(item.strokeWidth)}"` +
				` stroke-linecap="round" stroke-linejoin="round"${item.dashArray ? ` stroke-dasharray="${attr(item.dashArray)}"` : ''}${transformAttr(item.transform)}/>`
			);
		case 'image': {
			const href = safeHref(item.href);
			const label = item.alt.trim() ? ` role="img" aria-label="${attr(item.alt)}"` : ' aria-hidden="true"';
			if (!href) {
				return `<rect x="${num(item.x)}" y="${num(item.y)}" width="${num(item.width)}" height="${num(item.height)}" fill="#e4e7eb"${label}${transformAttr(item.transform)}/>`;
			}
			return (
				`<image x="${num(item.x)}" y="${num(item.y)}" width="${num(item.width)}" height="${num(item.height)}"` +
				` href="${attr(href)}" xlink:href="${attr(href)}" preserveAspectRatio="xMidYMid meet"${label}${transformAttr(item.transform)}/>`
			);
		}
	}
}

function group(transform: string | undefined, body: string): string {
	return transform ? `<g${transformAttr(transform)}>${body}</g>` : body;
}

function textToSvg(text: SceneText): string {
	const step = text.size * LINE_HEIGHT;
	const halo = text.halo ? ` stroke="${EXPORT_PAGE}" stroke-width="${num(text.size / 4)}" stroke-linejoin="round" paint-order="stroke"` : '';
	let spans = '';
	text.lines.forEach((line, i) => {
		// Absolute positions per line: an empty line has no glyph to carry a relative offset.
		if (line) spans += `<tspan x="${num(text.x)}" y="${num(text.y + i * step)}">${escapeXml(line)}</tspan>`;
	});
	return (
		`<text font-size="${num(text.size)}" font-weight="${text.weight}" fill="${attr(text.color)}" text-anchor="${text.anchor}"${halo}>` +
		`${spans}</text>`
	);
}
