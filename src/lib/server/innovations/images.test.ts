import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { IMAGE_LIMITS, processImage, sniffImageType } from './images';
import { pngBomb } from './test-images';

/** A noisy photo-like JPEG (noise defeats compression, like a real photo) with EXIF and GPS. */
async function photo(width: number, height: number): Promise<Buffer> {
	const noise = Buffer.alloc(width * height * 3);
	for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) % 251;
	return sharp(noise, { raw: { width, height, channels: 3 } })
		.jpeg({ quality: 90 })
		.withExif({ IFD0: { Copyright: 'Pemkab Uji', Artist: 'Nama Pegawai' }, IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '6/1 12/1 0/1' } })
		.toBuffer();
}

describe('sniffImageType', () => {
	it('recognizes formats by their bytes, not their names', async () => {
		const png = await sharp({ create: { width: 80, height: 80, channels: 3, background: '#c33' } }).png().toBuffer();
		const gif = await sharp({ create: { width: 80, height: 80, channels: 3, background: '#3c3' } }).gif().toBuffer();
		const webp = await sharp({ create: { width: 80, height: 80, channels: 3, background: '#33c' } }).webp().toBuffer();
		expect(sniffImageType(png)).toBe('png');
		expect(sniffImageType(gif)).toBe('gif');
		expect(sniffImageType(webp)).toBe('webp');
		expect(sniffImageType(await photo(80, 80))).toBe('jpeg');
		expect(sniffImageType(Buffer.from('\uFEFF  <?xml version="1.0"?><!-- x --><svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe('svg');
		expect(sniffImageType(Buffer.from('%PDF-1.7 ...'))).toBe('unknown');
		expect(sniffImageType(Buffer.from('<html><script>alert(1)</script>'))).toBe('unknown');
	});
});

describe('processImage', () => {
	it('re-encodes a photo into bounded WebP and AVIF renditions without its metadata', async () => {
		const input = await photo(2400, 1600);
		expect((await sharp(input).metadata()).exif).toBeDefined();
		const result = await processImage(input);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.sourceMime).toBe('image/jpeg');
		expect(result.width).toBe(IMAGE_LIMITS.maxSide);
		expect(result.height).toBe(Math.round((1600 * IMAGE_LIMITS.maxSide) / 2400));
		expect(result.renditions.map((r) => `${r.width}.${r.format}`)).toEqual([
			'480.webp', '480.avif', '960.webp', '960.avif', '1600.webp', '1600.avif'
		]);
		for (const r of result.renditions) {
			const meta = await sharp(r.data).metadata();
			expect(meta.format).toBe(r.format === 'webp' ? 'webp' : 'heif');
			expect(meta.width).toBe(r.width);
			expect(meta.exif, `${r.width}.${r.format} keeps no EXIF`).toBeUndefined();
			expect(meta.xmp).toBeUndefined();
			expect(r.data.byteLength).toBeLessThanOrEqual(IMAGE_LIMITS.maxOutputBytes * 1.5);
		}
	});

	it('never enlarges a small image', async () => {
		const input = await sharp({ create: { width: 300, height: 200, channels: 4, background: '#fa0' } }).png().toBuffer();
		const result = await processImage(input);
		expect(result.ok && result.renditions.map((r) => r.width)).toEqual([300, 300]);
	});

	it('applies EXIF orientation before dropping it', async () => {
		const input = await sharp({ create: { width: 400, height: 200, channels: 3, background: '#09c' } })
			.jpeg()
			.withMetadata({ orientation: 6 })
			.toBuffer();
		const result = await processImage(input);
		expect(result.ok && [result.width, result.height]).toEqual([200, 400]);
	});

	it('rejects a decompression bomb from its header, before decoding', async () => {
		const bomb = pngBomb(30_000, 30_000);
		expect(bomb.byteLength).toBeLessThan(100_000);
		expect(await processImage(bomb)).toEqual({ ok: false, error: 'too_many_pixels' });
	});

	it('rejects SVG, non-images, empty, tiny, oversized and truncated files', async () => {
		const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>');
		expect(await processImage(svg)).toEqual({ ok: false, error: 'svg' });
		expect(await processImage(Buffer.from('MZ\x90\x00 not an image'))).toEqual({ ok: false, error: 'not_an_image' });
		expect(await processImage(Buffer.alloc(0))).toEqual({ ok: false, error: 'empty' });
		const tiny = await sharp({ create: { width: 1, height: 1, channels: 3, background: '#000' } }).png().toBuffer();
		expect(await processImage(tiny)).toEqual({ ok: false, error: 'too_small' });
		const huge = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(IMAGE_LIMITS.maxBytes)]);
		expect(await processImage(huge)).toEqual({ ok: false, error: 'too_large' });
		const whole = await photo(200, 200);
		expect(await processImage(whole.subarray(0, 400))).toEqual({ ok: false, error: 'unreadable' });
	});

	it('disguised HTML with an image extension is still not an image', async () => {
		const html = Buffer.from('<!doctype html><img src=x onerror=alert(1)>');
		expect(await processImage(html)).toEqual({ ok: false, error: 'not_an_image' });
	});
});
