/**
 * Freehand strokes as flat point lists [x0, y0, x1, y1, …]: half the memory of point objects and
 * stored in the document as one plain array (a finished stroke never changes point by point).
 */

/** Ramer–Douglas–Peucker simplification of a flat point list; keeps the end points. Iterative, so long strokes cannot overflow the stack. */
export function simplifyStroke(points: readonly number[], tolerance: number): number[] {
	const n = points.length >> 1;
	if (n <= 2) return points.slice(0, n * 2);
	const keep = new Uint8Array(n);
	keep[0] = 1;
	keep[n - 1] = 1;
	const stack: number[] = [0, n - 1];
	const tol2 = tolerance * tolerance;
	while (stack.length > 0) {
		const last = stack.pop() as number;
		const first = stack.pop() as number;
		const ax = points[first * 2] as number;
		const ay = points[first * 2 + 1] as number;
		const dx = (points[last * 2] as number) - ax;
		const dy = (points[last * 2 + 1] as number) - ay;
		const len2 = dx * dx + dy * dy;
		let worst = -1;
		let worstD2 = tol2;
		for (let i = first + 1; i < last; i++) {
			const px = (points[i * 2] as number) - ax;
			const py = (points[i * 2 + 1] as number) - ay;
			let d2: number;
			if (len2 === 0) d2 = px * px + py * py;
			else {
				const t = Math.max(0, Math.min(1, (px * dx + py * dy) / len2));
				const ex = px - t * dx;
				const ey = py - t * dy;
				d2 = ex * ex + ey * ey;
			}
			if (d2 > worstD2) {
				worstD2 = d2;
				worst = i;
			}
		}
		if (worst !== -1) {
			keep[worst] = 1;
			stack.push(first, worst, worst, last);
		}
	}
	const out: number[] = [];
	for (let i = 0; i < n; i++) if (keep[i]) out.push(points[i * 2] as number, points[i * 2 + 1] as number);
	return out;
}

/** Simplifies with a growing tolerance until at most `maxPoints` remain, then samples evenly as a last resort. */
export function fitStroke(points: readonly number[], maxPoints: number, startTolerance = 0.5): number[] {
	let out = points.slice();
	let tolerance = startTolerance;
	for (let round = 0; round < 16 && out.length / 2 > maxPoints; round++) {
		out = simplifyStroke(out, tolerance);
		tolerance *= 2;
	}
	const n = out.length / 2;
	if (n <= maxPoints) return out;
	const sampled: number[] = [];
	for (let i = 0; i < maxPoints; i++) {
		const j = Math.round((i * (n - 1)) / (maxPoints - 1));
		sampled.push(out[j * 2] as number, out[j * 2 + 1] as number);
	}
	return sampled;
}
