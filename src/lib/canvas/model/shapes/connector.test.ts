import { describe, expect, it } from 'vitest';
import { restoreShape } from '../restore';
import { connectorPath } from '../geometry';
import { make } from '../../test-utils';
import { ARROW_STYLES, arrowStyleOf, arrowStyleProps, withConnectorEnd, type ConnectorShape } from './connector';
import type { Shape } from '../schema';

function connector(): ConnectorShape {
	return make('connector', 'c1', {
		props: {
			start: { x: 0, y: 0, shapeId: 'a', anchor: { x: 1, y: 0.5 } },
			end: { x: 100, y: 50, shapeId: null, anchor: null }
		}
	});
}

describe('connector arrowhead presets', () => {
	it('round-trips every preset through the props', () => {
		for (const style of ARROW_STYLES) expect(arrowStyleOf(arrowStyleProps(style))).toBe(style);
	});

	it('maps props to presets, and a start-only arrow to none of them', () => {
		expect(arrowStyleOf({ startArrow: 'none', endArrow: 'arrow' })).toBe('end');
		expect(arrowStyleOf({ startArrow: 'arrow', endArrow: 'arrow' })).toBe('both');
		expect(arrowStyleOf({ startArrow: 'none', endArrow: 'none' })).toBe('none');
		expect(arrowStyleOf({ startArrow: 'arrow', endArrow: 'none' })).toBeNull();
	});
});

describe('withConnectorEnd', () => {
	it('binds an end to a new shape with an automatic anchor, keeping the drop point as fallback', () => {
		const moved = withConnectorEnd(connector(), 'end', { x: 300, y: 200 }, 'b');
		expect(moved.props.end).toEqual({ x: 300, y: 200, shapeId: 'b', anchor: null });
		expect(moved.props.start).toEqual(connector().props.start);
		expect({ x: moved.x, y: moved.y, w: moved.w, h: moved.h }).toEqual({ x: 0, y: 0, w: 300, h: 200 });
	});

	it('frees an end (also a bound one with an anchor) where it was dropped', () => {
		const moved = withConnectorEnd(connector(), 'start', { x: -40, y: 10 }, null);
		expect(moved.props.start).toEqual({ x: -40, y: 10, shapeId: null, anchor: null });
		expect(moved.x).toBe(-40);
	});

	it('never binds to the connector itself or to the shape its other end holds', () => {
		expect(withConnectorEnd(connector(), 'end', { x: 5, y: 5 }, 'c1').props.end.shapeId).toBeNull();
		expect(withConnectorEnd(connector(), 'end', { x: 5, y: 5 }, 'a').props.end.shapeId).toBeNull();
	});

	it('gives a record the restore gate accepts as it is', () => {
		const moved = withConnectorEnd(connector(), 'end', { x: 300, y: 200 }, 'b');
		const result = restoreShape(JSON.parse(JSON.stringify(moved)));
		expect(result.ok).toBe(true);
		if (result.ok) {
			expect(result.repaired).toEqual([]);
			expect(result.shape).toEqual(moved);
		}
	});

	it('draws to the new shape’s outline once bound', () => {
		const target = make('rect', 'b', { x: 200, y: 0, w: 100, h: 100 });
		const shapes = new Map<string, Shape>([['b', target]]);
		const moved = withConnectorEnd(make('connector', 'c2', { props: { start: { x: 0, y: 50, shapeId: null, anchor: null } } }), 'end', { x: 260, y: 40 }, 'b');
		const path = connectorPath(moved, (id) => shapes.get(id));
		expect(path[path.length - 1]).toEqual({ x: 200, y: 50 });
	});
});
