/**
 * The image pipeline: untrusted bytes in, a few re-encoded renditions out.
 *
 * - The type is sniffed from magic bytes; the browser's Content-Type and file name are ignored.
 *   SVG is refused outright (it is a document that can carry script), as is anything that is not a
 *   raster format we decode.
 * - Dimensions are read from the header before decoding and capped (`MAX_INPUT_PIXELS`); sharp's
 *   `limitInputPixels` enforces the same cap while decoding, so a small file that inflates to
 *   gigapixels (a decompression bomb) is refused without allocating it.
 * - Output is re-encoded by sharp (libvips), which drops EXIF/XMP/ICC-attached metadata (GPS!)
 *   unless asked to keep it; orientation is applied first so photos stay upright.
 * - Renditions: widths from `WIDTHS` up to the original, each as WebP and AVIF, byte-bounded by
 *   lowering quality when a rendition comes out too heavy.
 */
import sharp, { type Metadata, type Sharp, type SharpOptions } from 'sharp';

export const IMAGE_LIMITS = {
	/** Upload size cap; the form says so and the server refuses above it. */
	maxBytes: 8 * 1024 * 1024,
	/** 40 megapixels: more than any phone photo, far below what would exhaust memory when decoded. */
	maxInputPixels: 40_000_000,
	/** Smallest accepted side: tinier images are icons or tracking pixels, not documentation. */
	minSide: 64,
	/** Largest side kept; the entry page never shows an image wider than this. */
	maxSide: 1600,
	/** Upper bound per rendition; quality steps down until it fits. */
	maxOutputBytes: 700 * 1024
} as const;

/** Rendition widths for `srcset`. */
export const WIDTHS = [480, 960, 1600] as const;
const QUALITY_STEPS = [72, 60, 48] as const;

export type SniffedType = 'jpeg' | 'png' | 'gif' | 'webp' | 'avif' | 'svg' | 'unknown';

export type ImageErrorCode = 'empty' | 'too_large' | 'svg' | 'not_an_image' | 'too_many_pixels' | 'too_small' | 'unreadable';

export interface ImageRendition {
	format: 'webp' | 'avif';
	width: number;
	height: number;
	data: Buffer;
}

export type ProcessedImage =
	| { ok: true; sourceMime: string; width: number; height: number; renditions: ImageRendition[] }
	| { ok: false; error: ImageErrorCode };

const MIME: Record<Exclude<SniffedType, 'svg' | 'unknown'>, string> = {
	jpeg: 'image/jpeg',
	png: 'image/png',
	gif: 'image/gif',
	webp: 'image/webp',
	avif: 'image/avif'
};

/** Identifies a file by its first bytes. */
export function sniffImageType(data: Uint8Array): SniffedType {
	const b = data;
	const ascii = (from: number, to: number) => String.fromCharCode(...b.subarray(from, to));
	if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
	if (b.length >= 8 && ascii(0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
	if (b.length >= 6 && (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a')) return 'gif';
	if (b.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
	if (b.length >= 12 && ascii(4, 8) === 'ftyp' && ['avif', 'avis'].includes(ascii(8, 12))) return 'avif';
	// SVG is text: look past a BOM, whitespace, XML declaration and comments for an <svg root.
	const head = Buffer.from(b.subarray(0, 4096)).toString('utf8').replace(/^\uFEFF/, '').trimStart().toLowerCase();
	if (head.startsWith('<svg') || ((head.startsWith('<?xml') || head.startsWith('<!')) && head.includes('<svg'))) return 'svg';
	return 'unknown';
}

async function encode(pipeline: Sharp, format: 'webp' | 'avif'): Promise<Buffer> {
	let out = Buffer.alloc(0);
	for (const quality of QUALITY_STEPS) {
		const clone = pipeline.clone();
		// AVIF effort 2: AVIF at libaom's default effort takes seconds per image on two cores.
		out = await (format === 'webp' ? clone.webp({ quality, effort: 4 }) : clone.avif({ quality: quality - 17, effort: 2 })).toBuffer();
		if (out.byteLength <= IMAGE_LIMITS.maxOutputBytes) break;
	}
	return out;
}

/** Validates and re-encodes an uploaded image into WebP and AVIF renditions. */
export async function processImage(data: Buffer): Promise<ProcessedImage> {
	if (data.byteLength === 0) return { ok: false, error: 'empty' };
	if (data.byteLength > IMAGE_LIMITS.maxBytes) return { ok: false, error: 'too_large' };
	const type = sniffImageType(data);
	if (type === 'svg') return { ok: false, error: 'svg' };
	if (type === 'unknown') return { ok: false, error: 'not_an_image' };
	const options: SharpOptions = { limitInputPixels: IMAGE_LIMITS.maxInputPixels, failOn: 'error', animated: false };
	let meta: Metadata;
	try {
		meta = await sharp(data, options).metadata();
	} catch (error) {
		// libvips checks limitInputPixels against the header already, before any pixel is decoded.
		return { ok: false, error: /pixel limit/i.test(String(error)) ? 'too_many_pixels' : 'unreadable' };
	}
	if (!meta.width || !meta.height) return { ok: false, error: 'unreadable' };
	if (meta.width * meta.height > IMAGE_LIMITS.maxInputPixels) return { ok: false, error: 'too_many_pixels' };
	if (Math.min(meta.width, meta.height) < IMAGE_LIMITS.minSide) return { ok: false, error: 'too_small' };
	try {
		// Decode once, upright, bounded; every rendition is derived from this in-memory raster.
		const { data: raster, info } = await sharp(data, options)
			.rotate()
			.resize({ width: IMAGE_LIMITS.maxSide, height: IMAGE_LIMITS.maxSide, fit: 'inside', withoutEnlargement: true })
			.raw()
			.toBuffer({ resolveWithObject: true });
		const base = () => sharp(raster, { raw: { width: info.width, height: info.height, channels: info.channels } });
		const widths: number[] = WIDTHS.filter((w) => w < info.width);
		widths.push(info.width);
		const renditions: ImageRendition[] = [];
		for (const width of widths) {
			const height = Math.max(1, Math.round((info.height * width) / info.width));
			const pipeline = base().resize({ width, height });
			for (const format of ['webp', 'avif'] as const) {
				renditions.push({ format, width, height, data: await encode(pipeline, format) });
			}
		}
		return { ok: true, sourceMime: MIME[type], width: info.width, height: info.height, renditions };
	} catch {
		return { ok: false, error: 'unreadable' };
	}
}
