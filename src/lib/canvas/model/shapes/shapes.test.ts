import { describe, expect, it } from 'vitest';
import { createShape, defaultProps } from '../create';
import { restoreShape } from '../restore';
import { BASE_KEYS, SHAPE_DEFS, SHAPE_TYPES, type ShapeType } from '../schema';
import { MAX_PEN_POINTS, MAX_TEXT } from '../limits';
import { make } from '../../test-utils';

const now = 1_700_000_000_000;

describe.each(SHAPE_TYPES)('shape type %s', (type: ShapeType) => {
	const def = SHAPE_DEFS[type];

	it('creates a record that the validator accepts without repairs', () => {
		const shape = createShape(type, {}, { id: 'abc', author: '7', now, order: 'a1' });
		const again = restoreShape(JSON.parse(JSON.stringify(shape)));
		expect(again.ok).toBe(true);
		if (again.ok) {
			expect(again.repaired).toEqual([]);
			expect(again.shape).toEqual(shape);
		}
		expect(shape.v).toBe(def.migrations.length);
	});

	it('has migrations numbered 1, 2, 3… with unique names', () => {
		def.migrations.forEach((m, i) => expect(m.version).toBe(i + 1));
		expect(new Set(def.migrations.map((m) => m.name)).size).toBe(def.migrations.length);
	});

	it('keeps prop names apart from base fields', () => {
		for (const key of Object.keys(def.props)) expect(BASE_KEYS as readonly string[]).not.toContain(key);
	});

	it('declares only string props as text fields', () => {
		const props = defaultProps(type) as unknown as Record<string, unknown>;
		for (const field of def.textFields) expect(typeof props[field]).toBe('string');
	});

	it('reads a record from a newer schema best-effort and reports it', () => {
		const shape = make(type, 'x1');
		const result = restoreShape({ ...shape, v: shape.v + 5 });
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.repaired).toContainEqual({ id: 'x1', field: 'v', reason: 'future-version' });
	});

	it('replaces every wrongly typed prop with its default', () => {
		const shape = make(type, 'x2');
		const garbage = Object.fromEntries(Object.keys(def.props).map((k) => [k, { nested: [k] }]));
		const result = restoreShape({ ...shape, props: garbage });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const reasons = new Set(result.repaired.map((r) => r.field));
		for (const key of Object.keys(def.props)) expect(reasons.has(`props.${key}`)).toBe(true);
	});

	it(`forces rotation to 0 only for types that do not rotate (${def.rotatable ? 'rotates' : 'fixed'})`, () => {
		const result = restoreShape({ ...make(type, 'x3'), rotation: 1 });
		expect(result.ok && result.shape.rotation).toBe(def.rotatable ? 1 : 0);
	});
});

describe('sticky', () => {
	it('defaults to a yellow 200×200 note and validates its color from the palette', () => {
		const note = make('sticky', 's1');
		expect(note).toMatchObject({ w: 200, h: 200, props: { color: 'yellow', text: '' } });
		const bad = restoreShape({ ...note, props: { ...note.props, color: '#ff0' } });
		expect(bad.ok && bad.shape.props).toMatchObject({ color: 'yellow' });
		expect(bad.ok && bad.repaired).toEqual([{ id: 's1', field: 'props.color', reason: 'invalid' }]);
	});

	it('caps and sanitizes text', () => {
		const result = restoreShape({ ...make('sticky', 's2'), props: { text: 'a\u0000b\r\nc' + 'x'.repeat(MAX_TEXT) } });
		expect(result.ok).toBe(true);
		if (!result.ok || result.shape.type !== 'sticky') return;
		expect(result.shape.props.text.startsWith('ab\nc')).toBe(true);
		expect(result.shape.props.text.length).toBe(MAX_TEXT);
	});

	it('does not split an emoji when truncating', () => {
		const text = 'x'.repeat(MAX_TEXT - 1) + '😀';
		const result = restoreShape({ ...make('sticky', 's3'), props: { text } });
		expect(result.ok && result.shape.type === 'sticky' && result.shape.props.text).toBe('x'.repeat(MAX_TEXT - 1));
	});
});

describe('frame', () => {
	it('keeps its name on one line', () => {
		const frame = make('frame', 'f1', { props: { name: 'Empati\nwawancara' } });
		expect(frame.props.name).toBe('Empati wawancara');
	});
});

describe('connector', () => {
	it('derives its box from its end points', () => {
		const c = make('connector', 'c1', {
			props: { start: { x: 10, y: 20, shapeId: null, anchor: null }, end: { x: 110, y: 220, shapeId: null, anchor: null } }
		});
		expect(c).toMatchObject({ x: 10, y: 20, w: 100, h: 200, rotation: 0 });
	});

	it('cannot bind to itself and drops anchors of free ends', () => {
		const result = restoreShape({
			...make('connector', 'c2'),
			props: { start: { x: 0, y: 0, shapeId: 'c2', anchor: { x: 0.5, y: 0.5 } }, end: { x: 5, y: 5, anchor: { x: 2, y: 0 } } }
		});
		expect(result.ok).toBe(true);
		if (!result.ok || result.shape.type !== 'connector') return;
		expect(result.shape.props.start).toEqual({ x: 0, y: 0, shapeId: null, anchor: null });
		expect(result.shape.props.end).toEqual({ x: 5, y: 5, shapeId: null, anchor: null });
	});

	it('clamps anchors into the unit square', () => {
		const c = make('connector', 'c3', { props: { end: { x: 0, y: 0, shapeId: 's1', anchor: { x: 3, y: -1 } } } });
		expect(c.props.end.anchor).toEqual({ x: 1, y: 0 });
	});
});

describe('image', () => {
	it('keeps alt text and natural size, and marks a missing asset as empty', () => {
		const img = make('image', 'i1', { props: { assetId: 'up_123', alt: 'Foto wawancara', naturalW: 1200, naturalH: 800 } });
		expect(img.props).toEqual({ assetId: 'up_123', alt: 'Foto wawancara', naturalW: 1200, naturalH: 800 });
		const broken = restoreShape({ ...img, props: { ...img.props, assetId: '../../etc/passwd' } });
		expect(broken.ok && broken.shape.type === 'image' && broken.shape.props.assetId).toBe('');
	});
});

describe('pen', () => {
	it('wraps its box around the points and makes them relative to it', () => {
		const pen = make('pen', 'p1', { x: 100, y: 100, props: { points: [10, 20, 30, 60, 20, 40] } });
		expect(pen).toMatchObject({ x: 110, y: 120, w: 20, h: 40 });
		expect(pen.props.points).toEqual([0, 0, 20, 40, 10, 20]);
	});

	it('accepts point pairs and objects, dropping non-finite points', () => {
		const result = restoreShape({ ...make('pen', 'p2'), props: { points: [[0, 0], { x: 5, y: 5 }, [NaN, 1], [9, 9]] } });
		expect(result.ok && result.shape.type === 'pen' && result.shape.props.points).toEqual([0, 0, 5, 5, 9, 9]);
	});

	it(`simplifies strokes over ${MAX_PEN_POINTS} points`, () => {
		const points: number[] = [];
		for (let i = 0; i < MAX_PEN_POINTS * 3; i++) points.push(i, Math.sin(i / 50) * 100);
		const result = restoreShape({ ...make('pen', 'p3'), props: { points } });
		expect(result.ok).toBe(true);
		if (!result.ok || result.shape.type !== 'pen') return;
		expect(result.shape.props.points.length / 2).toBeLessThanOrEqual(MAX_PEN_POINTS);
		expect(result.shape.w).toBeCloseTo(MAX_PEN_POINTS * 3 - 1, 0);
		expect(result.repaired.some((r) => r.field === 'props.points' && r.reason === 'too-long')).toBe(true);
	});

	it('turns an empty stroke into a dot', () => {
		const result = restoreShape({ ...make('pen', 'p4'), props: { points: [] } });
		expect(result.ok && result.shape.type === 'pen' && result.shape.props.points).toEqual([0, 0]);
	});
});
