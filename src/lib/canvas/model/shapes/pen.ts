import { INK_COLORS, SIZES, type InkColor, type Size } from '../colors';
import { isRecord, oneOf, own, type Field } from '../fields';
import { MAX_PEN_POINTS, MAX_SIZE, MIN_SIZE } from '../limits';
import { defineShape, type BaseShape } from '../shape-def';
import { fitStroke } from '../stroke';

/**
 * A freehand stroke. `points` is a flat list [x0, y0, x1, y1, …] relative to the shape's top-left,
 * simplified when the stroke ends; the box always wraps the points exactly.
 */
export interface PenProps {
	points: number[];
	color: InkColor;
	size: Size;
}

export type PenShape = BaseShape<'pen', PenProps>;

// Reading stops here: enough raw input for any honest stroke, bounded work for a hostile one.
const MAX_RAW_POINTS = MAX_PEN_POINTS * 10;

function coordinate(value: unknown): number | null {
	if (typeof value !== 'number' || !Number.isFinite(value)) return null;
	// `+ 0` turns -0 into 0: Yjs encodes them differently and peers must agree byte for byte.
	return Math.max(-MAX_SIZE, Math.min(MAX_SIZE, value)) + 0;
}

/** Reads a stroke given flat, as [x, y] pairs or as {x, y} objects; drops non-finite points and caps the count. */
export function strokePoints(): Field<number[]> {
	return {
		read(raw, note) {
			if (raw === undefined) return note('missing'), [0, 0];
			if (!Array.isArray(raw)) return note('wrong-type'), [0, 0];
			const flat = raw.length > 0 && typeof raw[0] === 'number';
			if (!flat && raw.length > 0) note('wrong-type');
			const out: number[] = [];
			let dirty = false;
			const limit = Math.min(flat ? raw.length >> 1 : raw.length, MAX_RAW_POINTS);
			if ((flat ? raw.length >> 1 : raw.length) > MAX_RAW_POINTS) note('too-long');
			if (flat && raw.length % 2 === 1) dirty = true;
			for (let i = 0; i < limit; i++) {
				let x: number | null;
				let y: number | null;
				if (flat) {
					x = coordinate(raw[i * 2]);
					y = coordinate(raw[i * 2 + 1]);
				} else {
					const p: unknown = raw[i];
					x = coordinate(Array.isArray(p) ? p[0] : isRecord(p) ? own(p, 'x') : undefined);
					y = coordinate(Array.isArray(p) ? p[1] : isRecord(p) ? own(p, 'y') : undefined);
				}
				if (x === null || y === null) {
					dirty = true;
					continue;
				}
				if (flat && (x !== raw[i * 2] || y !== raw[i * 2 + 1])) dirty = true;
				out.push(x, y);
			}
			if (dirty) note('invalid');
			if (out.length === 0) return note('invalid'), [0, 0];
			if (out.length / 2 > MAX_PEN_POINTS) {
				note('too-long');
				return fitStroke(out, MAX_PEN_POINTS);
			}
			return out;
		}
	};
}

export const penShape = defineShape<'pen', PenProps>({
	type: 'pen',
	props: {
		points: strokePoints(),
		color: oneOf(INK_COLORS, 'ink'),
		size: oneOf(SIZES, 'm')
	},
	textFields: [],
	migrations: [],
	defaultSize: { w: MIN_SIZE, h: MIN_SIZE },
	rotatable: true,
	normalize(shape, note) {
		const points = shape.props.points;
		let minX = Infinity;
		let minY = Infinity;
		let maxX = -Infinity;
		let maxY = -Infinity;
		for (let i = 0; i < points.length; i += 2) {
			const x = points[i] as number;
			const y = points[i + 1] as number;
			if (x < minX) minX = x;
			if (x > maxX) maxX = x;
			if (y < minY) minY = y;
			if (y > maxY) maxY = y;
		}
		// Shift the points so the box starts at their minimum and wraps them exactly.
		let shifted = points;
		if (minX !== 0 || minY !== 0) {
			note('props.points', 'derived');
			shifted = points.map((v, i) => Math.min(MAX_SIZE, v - (i % 2 === 0 ? minX : minY)) + 0);
		}
		const x = shape.x + minX;
		const y = shape.y + minY;
		const w = Math.max(MIN_SIZE, Math.min(MAX_SIZE, maxX - minX));
		const h = Math.max(MIN_SIZE, Math.min(MAX_SIZE, maxY - minY));
		if (x !== shape.x || y !== shape.y) note('x', 'derived');
		if (w !== shape.w || h !== shape.h) note('w', 'derived');
		return { ...shape, x, y, w, h, props: { ...shape.props, points: shifted } };
	}
});
