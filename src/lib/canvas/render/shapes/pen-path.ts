/** SVG path data for freehand strokes: quadratic curves through the midpoints, so strokes look smooth, not jagged. */

/** Path data for a flat point list relative to (0, 0). */
export function penPathData(points: readonly number[]): string {
	const n = points.length >> 1;
	if (n === 0) return '';
	const x = (i: number) => (points[i * 2] as number).toFixed(1);
	const y = (i: number) => (points[i * 2 + 1] as number).toFixed(1);
	if (n === 1) return `M${x(0)} ${y(0)}l0.01 0`;
	if (n === 2) return `M${x(0)} ${y(0)}L${x(1)} ${y(1)}`;
	let d = `M${x(0)} ${y(0)}`;
	for (let i = 1; i < n - 1; i++) {
		const mx = (((points[i * 2] as number) + (points[i * 2 + 2] as number)) / 2).toFixed(1);
		const my = (((points[i * 2 + 1] as number) + (points[i * 2 + 3] as number)) / 2).toFixed(1);
		d += `Q${x(i)} ${y(i)} ${mx} ${my}`;
	}
	return d + `L${x(n - 1)} ${y(n - 1)}`;
}
