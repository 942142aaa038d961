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

/** Arrowhead presets the style bar offers, each a pair of `startArrow` / `endArrow`. */
export const ARROW_STYLES = ['none', 'end', 'both'] as const;
export type ArrowStyle = (typeof ARROW_STYLES)[number];

/** The two ends of a connector, by prop name. */
export type ConnectorEndName = 'start' | 'end';

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

/** The arrowhead preset a connector shows, or null for a start-only arrow (no preset matches). */
export function arrowStyleOf(props: Pick<ConnectorProps, 'startArrow' | 'endArrow'>): ArrowStyle | null {
	if (props.endArrow === 'none') return props.startArrow === 'none' ? 'none' : null;
	return props.startArrow === 'none' ? 'end' : 'both';
}

/** The props that give a connector an arrowhead preset. */
export function arrowStyleProps(style: ArrowStyle): Pick<ConnectorProps, 'startArrow' | 'endArrow'> {
	return { startArrow: style === 'both' ? 'arrow' : 'none', endArrow: style === 'none' ? 'none' : 'arrow' };
}

/** The box of a connector's stored end points, so the spatial index has a fallback. */
function endsBox(start: ConnectorEnd, end: ConnectorEnd): { x: number; y: number; w: number; h: number } {
	return {
		x: Math.min(start.x, end.x),
		y: Math.min(start.y, end.y),
		w: Math.max(MIN_SIZE, Math.abs(end.x - start.x)),
		h: Math.max(MIN_SIZE, Math.abs(end.y - start.y))
	};
}

/**
 * The connector with one end moved to `point`: bound to `targetId` (following the outline point that
 * faces the other end) or free there when `targetId` is null. Binding to the connector itself or to
 * the shape the other end holds would leave no line to draw, so those ends stay free.
 */
export function withConnectorEnd(connector: ConnectorShape, which: ConnectorEndName, point: Vec, targetId: string | null): ConnectorShape {
	const other = connector.props[which === 'start' ? 'end' : 'start'];
	const shapeId = targetId !== null && targetId !== connector.id && targetId !== other.shapeId ? targetId : null;
	const moved: ConnectorEnd = { x: point.x, y: point.y, shapeId, anchor: null };
	const props = { ...connector.props, [which]: moved };
	return { ...connector, ...endsBox(props.start, props.end), props };
}

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
		const { x, y, w, h } = endsBox(start, end);
		if (x !== shape.x || y !== shape.y) note('x', 'derived');
		if (w !== shape.w || h !== shape.h) note('w', 'derived');
		return { ...shape, x, y, w, h, props: { ...shape.props, start, end } };
	}
});
