/**
 * Browser-only: PNG and PDF from an exported SVG. The SVG is drawn into a canvas at 2× (sharp on
 * high-density screens and in print), scaled down when the board is so large that the bitmap would
 * exhaust a modest laptop's memory or pass the browser's canvas limits.
 */
import { EXPORT_FONT } from './palette';
import type { Scene, SceneItem } from './scene';
import { safeHref } from './svg';
import type { MeasureEm } from './wrap';

/** Largest bitmap side (Chromium and Firefox allow more; 8192 px keeps every browser and GPU happy). */
export const MAX_RASTER_SIDE = 8192;
/** Largest bitmap area: 32 million pixels is 128 MB of RGBA, already a lot for a government laptop. */
export const MAX_RASTER_PIXELS = 32_000_000;

/** Pixels per world unit for a board of `width` × `height` units: `wanted`, or less to stay within the limits. */
export function rasterScale(width: number, height: number, wanted = 2): number {
	const w = Math.max(1, width);
	const h = Math.max(1, height);
	return Math.min(wanted, MAX_RASTER_SIDE / w, MAX_RASTER_SIDE / h, Math.sqrt(MAX_RASTER_PIXELS / (w * h)));
}

const RASTER_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

/**
 * The scene with every image replaced by an inline data URL. An SVG drawn as an image may not load
 * anything from outside itself, so PNG and PDF need images inline; an image that cannot be fetched,
 * or is not a raster image, becomes a blank placeholder.
 */
export async function inlineImages(scene: Scene, fetchImage: (url: string) => Promise<Response> = (url) => fetch(url, { credentials: 'same-origin' })): Promise<Scene> {
	const cache = new Map<string, Promise<string>>();
	const inline = (href: string): Promise<string> => {
		let pending = cache.get(href);
		if (!pending) {
			pending = (async () => {
				const url = safeHref(href);
				if (!url || url.startsWith('data:')) return url ?? '';
				try {
					const response = await fetchImage(url);
					if (!response.ok) return '';
					const blob = await response.blob();
					return RASTER_TYPES.has(blob.type) ? await blobToDataUrl(blob) : '';
				} catch {
					return '';
				}
			})();
			cache.set(href, pending);
		}
		return pending;
	};
	const items = await Promise.all(
		scene.items.map(async (item): Promise<SceneItem> => (item.kind === 'image' ? { ...item, href: await inline(item.href) } : item))
	);
	return { ...scene, items };
}

function blobToDataUrl(blob: Blob): Promise<string> {
	return new Promise((resolve, reject) => {
		const reader = new FileReader();
		reader.onload = () => resolve(String(reader.result));
		reader.onerror = () => reject(reader.error);
		reader.readAsDataURL(blob);
	});
}

/** Draws an SVG document into a PNG of `width` × `height` pixels (give the SVG that size too, so it is drawn as vector at full resolution). */
export async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.decoding = 'async';
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.max(1, Math.round(width));
		canvas.height = Math.max(1, Math.round(height));
		const context = canvas.getContext('2d');
		if (!context) throw new Error('export: no 2D canvas');
		context.drawImage(image, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('export: PNG encoding failed'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** PDF pages may be at most 200 inches (14,400 pt) on a side (PDF 1.7, annex C). */
const MAX_PDF_SIDE_PT = 14_400;

/**
 * One PDF page the size of the content (1 CSS px = 0.75 pt, shrunk to the PDF page limit) holding
 * the PNG. jsPDF is the PDF library: actively maintained, pure JavaScript, and it embeds a PNG as is;
 * pdf-lib would do the same but has had no release since 2021. It is loaded only when someone
 * exports a PDF, so it never weighs on opening a board.
 */
export async function pngToPdf(png: Blob, widthPx: number, heightPx: number, title: string): Promise<Blob> {
	const { jsPDF } = await import('jspdf');
	const fit = Math.min(1, MAX_PDF_SIDE_PT / (widthPx * 0.75), MAX_PDF_SIDE_PT / (heightPx * 0.75));
	const w = Math.max(1, widthPx * 0.75 * fit);
	const h = Math.max(1, heightPx * 0.75 * fit);
	const pdf = new jsPDF({ orientation: w >= h ? 'landscape' : 'portrait', unit: 'pt', format: [w, h], compress: true });
	pdf.setProperties({ title, creator: 'Ruang Pijar' });
	pdf.addImage(new Uint8Array(await png.arrayBuffer()), 'PNG', 0, 0, w, h);
	return pdf.output('blob');
}

/**
 * Text widths in ems from the browser's own fonts (a canvas measuring EXPORT_FONT), so lines break
 * where the rasterized text really ends; undefined where no canvas is available.
 */
export function browserMeasure(): MeasureEm | undefined {
	const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
	if (!context) return undefined;
	// Measured at 100 px for precision; exported text is drawn at many sizes, widths scale linearly.
	context.font = `100px ${EXPORT_FONT}`;
	const cache = new Map<string, number>();
	return (value) => {
		let width = cache.get(value);
		if (width === undefined) {
			width = context.measureText(value).width / 100;
			// Words repeat across a board; the cache stays bounded for pathological input.
			if (cache.size < 50_000) cache.set(value, width);
		}
		return width;
	};
}

/** Offers a file for download (an anchor with `download`, which every browser supports). */
export function saveFile(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	a.rel = 'noopener';
	document.body.append(a);
	a.click();
	a.remove();
	// Revoking at once can cancel the download in some browsers; a minute is plenty to start it.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
