import { INK_COLORS, DASHES, SIZES, type InkColor, type Dash, type Size } from '../colors';
import { finite, isRecord, nullableId, oneOf, own, text, type Field } from '../fields';
import { COORD_LIMIT, MAX_LABEL, MIN_SIZE } from '../limits';
import type { Vec } from '../math';
import { defineShape, type BaseShape } from '../shape-def';

/**
 * One end of a connector. `x, y` is always a world point: where a free end sits, and for a bound end
 * the last resolved position (used when its shape disappears). A bound end follows `shapeId`:
 * at `anchor` (0–1 across the shape's box, rotating with it) or, when `anchor` is null, at the
 * point of the shape's outline facing the other end.
 */
export interface ConnectorEnd {
	x: number;
	y: number;
	shapeId: string | null;
	anchor: Vec | null;
}

export const ARROWHEADS = ['none', 'arrow'] as const;
export type Arrowhead = (typeof ARROWHEADS)[number];

export const ROUTES = ['straight', 'elbow'] as const;
export type Route = (typeof ROUTES)[number];

/** A line or arrow between two shapes or points. */
export interface ConnectorProps {
	start: ConnectorEnd;
	end: ConnectorEnd;
	label: string;
	color: InkColor;
	dash: Dash;
	size: Size;
	startArrow: Arrowhead;
	endArrow: Arrowhead;
	route: Route;
}

export type ConnectorShape = BaseShape<'connector', ConnectorProps>;

const coord = finite(0, -COORD_LIMIT, COORD_LIMIT);
const unit = finite(0.5, 0, 1);
const target = nullableId();

/** Reads a connector end; anything unusable becomes a free end at the origin. */
export function connectorEnd(): Field<ConnectorEnd> {
	return {
		read(raw, note) {
			if (raw === undefined) note('missing');
			else if (!isRecord(raw)) note('wrong-type');
			const shapeId = own(raw, 'shapeId') === undefined ? null : target.read(own(raw, 'shapeId'), note);
			const rawAnchor = own(raw, 'anchor');
			let anchor: Vec | null = null;
			if (rawAnchor !== null && rawAnchor !== undefined) {
				if (isRecord(rawAnchor)) {
					anchor = { x: unit.read(own(rawAnchor, 'x'), note), y: unit.read(own(rawAnchor, 'y'), note) };
				} else note('wrong-type');
			}
			return {
				x: coord.read(own(raw, 'x'), note),
				y: coord.read(own(raw, 'y'), note),
				shapeId,
				// An anchor without a shape means nothing; keep the record canonical.
				anchor: shapeId === null ? null : anchor
			};
		}
	};
}

export const connectorShape = defineShape<'connector', ConnectorProps>({
	type: 'connector',
	props: {
		start: connectorEnd(),
		end: connectorEnd(),
		label: text(MAX_LABEL),
		color: oneOf(INK_COLORS, 'ink'),
		dash: oneOf(DASHES, 'solid'),
		size: oneOf(SIZES, 'm'),
		startArrow: oneOf(ARROWHEADS, 'none'),
		endArrow: oneOf(ARROWHEADS, 'arrow'),
		route: oneOf(ROUTES, 'straight')
	},
	textFields: ['label'],
	migrations: [],
	defaultSize: { w: MIN_SIZE, h: MIN_SIZE },
	rotatable: false,
	normalize(shape, note) {
		let { start, end } = shape.props;
		// A connector cannot bind to itself; it would have no position to follow.
		if (start.shapeId === shape.id) {
			note('props.start', 'invalid');
			start = { ...start, shapeId: null, anchor: null };
		}
		if (end.shapeId === shape.id) {
			note('props.end', 'invalid');
			end = { ...end, shapeId: null, anchor: null };
		}
		// The record's box is the box of its stored end points, so the spatial index has a fallback.
		const x = Math.min(start.x, end.x);
		const y = Math.min(start.y, end.y);
		const w = Math.max(MIN_SIZE, Math.abs(end.x - start.x));
		const h = Math.max(MIN_SIZE, Math.abs(end.y - start.y));
		if (x !== shape.x || y !== shape.y) note('x', 'derived');
		if (w !== shape.w || h !== shape.h) note('w', 'derived');
		return { ...shape, x, y, w, h, props: { ...shape.props, start, end } };
	}
});
