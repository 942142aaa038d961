import { describe, expect, it } from 'vitest';
import type { BoardSnapshotView } from '../../innovations/board-view';
import { boardSnapshotSvg } from './board-svg';

const text = (lines: string[]) => ({ x: 10, y: 20, size: 16, weight: 400, color: '#1f2933', anchor: 'start' as const, lines, halo: false });

describe('board snapshot on the entry page', () => {
	it('is inline SVG titled for screen readers, with hostile board text escaped', () => {
		const view = {
			viewBox: [0, 0, 400, 300],
			shapeCount: 2,
			items: [
				{ kind: 'rect', x: 0, y: 0, width: 200, height: 120, radius: 8, fill: '#fde68a', stroke: '#1f2933', strokeWidth: 1, shadow: true, text: text(['<script>alert(1)</script>']) },
				{ kind: 'text', text: text(['"><img src=x onerror=alert(2)>']) }
			]
		} as unknown as BoardSnapshotView;
		const svg = boardSnapshotSvg(view);
		expect(svg.startsWith('<svg ')).toBe(true);
		expect(svg).toContain('role="img"');
		expect(svg).toMatch(/<title id="rp-title">[^<]*2[^<]*<\/title>/);
		expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(svg).toContain('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
		expect(svg).not.toMatch(/<script|<img/);
	});
});
