import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { renderShareImage, shareCardSvg, wrapText } from './og-image';

describe('share image', () => {
	it('wraps long titles and marks the cut', () => {
		const lines = wrapText('Layanan Administrasi Kependudukan Jemput Bola untuk Desa Terpencil di Pegunungan Tengah Papua', 28, 3);
		expect(lines).toHaveLength(3);
		expect(lines.every((l) => l.length <= 29)).toBe(true);
		expect(lines[2]!.endsWith('…')).toBe(true);
	});

	it('escapes markup from the entry', () => {
		const svg = shareCardSvg({ title: '<script>&"', agency: 'A & B', province: 'Jawa', stage: 'Uji coba', siteName: 'Ruang Pijar' });
		expect(svg).not.toContain('<script>');
		expect(svg).toContain('&lt;script&gt;&amp;&quot;');
	});

	it('renders a 1200×630 PNG', async () => {
		const png = await renderShareImage({ title: 'Pelayanan Kesehatan Keliling', agency: 'Pemkab Temanggung', province: 'Jawa Tengah', stage: 'Diterapkan', siteName: 'Ruang Pijar' });
		const meta = await sharp(png).metadata();
		expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
	});
});
