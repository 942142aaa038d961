import { describe, expect, it } from 'vitest';
import { fitStroke, simplifyStroke } from './stroke';

describe('stroke simplification', () => {
	it('drops points on a straight line and keeps the ends', () => {
		expect(simplifyStroke([0, 0, 1, 1, 2, 2, 3, 3, 10, 10], 0.5)).toEqual([0, 0, 10, 10]);
	});

	it('keeps corners beyond the tolerance', () => {
		expect(simplifyStroke([0, 0, 5, 0.2, 10, 0, 10, 10], 0.5)).toEqual([0, 0, 10, 0, 10, 10]);
		expect(simplifyStroke([0, 0, 5, 3, 10, 0], 0.5)).toEqual([0, 0, 5, 3, 10, 0]);
	});

	it('handles tiny and closed strokes', () => {
		expect(simplifyStroke([4, 4], 1)).toEqual([4, 4]);
		expect(simplifyStroke([0, 0, 10, 0, 10, 10, 0, 0], 0.5)).toEqual([0, 0, 10, 0, 10, 10, 0, 0]);
	});

	it('simplifies a 200,000-point scribble without overflowing the stack, under a point cap', () => {
		const points: number[] = [];
		for (let i = 0; i < 200_000; i++) points.push(Math.cos(i / 7) * (i % 500), Math.sin(i / 7) * (i % 500));
		const fitted = fitStroke(points, 1_000);
		expect(fitted.length / 2).toBeLessThanOrEqual(1_000);
		expect(fitted.slice(0, 2)).toEqual(points.slice(0, 2));
		expect(fitted.slice(-2)).toEqual(points.slice(-2));
	});
});
