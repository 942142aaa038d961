import { describe, expect, it } from 'vitest';
import { FALLBACK_ORDER, restoreShape, restoreShapes } from './restore';
import { COORD_LIMIT, MAX_FRAME_DEPTH, MAX_SHAPES, MAX_SIZE } from './limits';
import { make } from '../test-utils';
import type { Shape } from './schema';

const sticky = make('sticky', 's1', { x: 10, y: 20, props: { text: 'Halo' } });

function only(raw: unknown) {
	const result = restoreShape(raw);
	if (!result.ok) throw new Error(`dropped: ${result.dropped.reason}`);
	return result;
}

describe('restoreShape (one record)', () => {
	it('drops what is not a record, has no usable id, or has an unknown type', () => {
		expect(restoreShape(null)).toEqual({ ok: false, dropped: { id: '', reason: 'not-an-object' } });
		expect(restoreShape([sticky])).toMatchObject({ ok: false, dropped: { reason: 'not-an-object' } });
		expect(restoreShape({ ...sticky, id: 'has space' })).toMatchObject({ ok: false, dropped: { reason: 'invalid-id' } });
		expect(restoreShape({ ...sticky, id: '__proto__' })).toMatchObject({ ok: false, dropped: { reason: 'invalid-id' } });
		expect(restoreShape({ ...sticky, type: 'script' })).toEqual({ ok: false, dropped: { id: 's1', reason: 'unknown-type' } });
		expect(restoreShape({ ...sticky, type: 'toString' })).toMatchObject({ ok: false, dropped: { reason: 'unknown-type' } });
	});

	it('uses the storage key as the id', () => {
		const result = restoreShape({ ...sticky, id: 'other' }, 'key1');
		expect(result.ok && result.shape.id).toBe('key1');
		expect(result.ok && result.repaired).toContainEqual({ id: 'key1', field: 'id', reason: 'invalid' });
	});

	it('repairs NaN and Infinity geometry', () => {
		const { shape, repaired } = only({ ...sticky, x: NaN, y: Infinity, w: -Infinity, h: NaN, rotation: NaN });
		expect(shape).toMatchObject({ x: 0, y: 0, w: 200, h: 200, rotation: 0 });
		expect(repaired.map((r) => r.field).sort()).toEqual(['h', 'rotation', 'w', 'x', 'y']);
	});

	it('clamps coordinates and sizes to the board bounds', () => {
		const { shape } = only({ ...sticky, x: 1e300, y: -1e300, w: 1e12, h: 0 });
		expect(shape).toMatchObject({ x: COORD_LIMIT, y: -COORD_LIMIT, w: MAX_SIZE, h: 1 });
	});

	it('defaults every missing field', () => {
		const { shape, repaired } = only({ id: 'bare', type: 'sticky' });
		expect(shape).toEqual({ ...make('sticky', 'bare', {}, FALLBACK_ORDER), author: '', createdAt: 0, updatedAt: 0 });
		expect(repaired.filter((r) => r.reason === 'missing').length).toBeGreaterThan(10);
	});

	it('replaces wrongly typed fields', () => {
		const { shape } = only({ ...sticky, x: '12', locked: 'yes', parentId: 42, author: 7, order: 5, props: 'text' });
		expect(shape).toMatchObject({ x: 0, locked: false, parentId: '42', author: '7', order: FALLBACK_ORDER });
		expect(shape.props).toEqual(make('sticky', 's1').props);
	});

	it('accepts props flat beside the base fields', () => {
		const { shape } = only({ id: 'flat', type: 'sticky', text: 'Ide', color: 'pink' });
		expect(shape.props).toMatchObject({ text: 'Ide', color: 'pink' });
	});

	it('never lets prototype keys through', () => {
		const raw = JSON.parse(
			'{"id":"p1","type":"sticky","__proto__":{"polluted":true,"x":999},"props":{"__proto__":{"text":"evil"},"constructor":{"prototype":{"bad":1}}}}'
		);
		const { shape } = only(raw);
		expect(shape.x).toBe(0);
		expect(shape.props).toMatchObject({ text: '' });
		expect(Object.keys(shape)).not.toContain('__proto__');
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(({} as Record<string, unknown>).bad).toBeUndefined();
		// Values inherited from a polluted prototype are not the record's own.
		const inherited = Object.create({ x: 500, props: { text: 'inherited' } });
		Object.assign(inherited, { id: 'p2', type: 'sticky' });
		expect(only(inherited).shape).toMatchObject({ x: 0, props: { text: '' } });
	});

	it('survives deep nesting, cycles and throwing getters', () => {
		let deep: unknown = 'x';
		for (let i = 0; i < 100_000; i++) deep = { props: deep, text: [deep] };
		expect(restoreShape({ ...sticky, props: deep }).ok).toBe(true);
		const cyclic: Record<string, unknown> = { ...sticky };
		cyclic.props = cyclic;
		expect(restoreShape(cyclic).ok).toBe(true);
		const trap = { id: 't1', type: 'sticky', get x(): number { throw new Error('trap'); } };
		expect(restoreShape(trap)).toEqual({ ok: false, dropped: { id: 't1', reason: 'unreadable' } });
	});

	it('caps huge strings without echoing them in reports', () => {
		const huge = 'A'.repeat(5_000_000);
		const { shape } = only({ ...sticky, props: { text: huge, color: huge } });
		expect(shape.type === 'sticky' && shape.props.text.length).toBe(10_000);
		const dropped = restoreShape({ ...sticky, id: huge });
		expect(dropped).toEqual({ ok: false, dropped: { id: '', reason: 'invalid-id' } });
	});

	it('turns -0 into 0 so peers encode the same bytes', () => {
		expect(Object.is(only({ ...sticky, x: -0 }).shape.x, 0)).toBe(true);
	});
});

describe('restoreShapes (a whole board)', () => {
	it('accepts an object keyed by id and sorts the result bottom to top', () => {
		const a = make('sticky', 'a', {}, 'a2');
		const b = make('sticky', 'b', {}, 'a1');
		const result = restoreShapes({ a, b });
		expect(result.shapes.map((s) => s.id)).toEqual(['b', 'a']);
		expect(result.dropped).toEqual([]);
		expect(result.repaired).toEqual([]);
	});

	it('drops duplicates and reports every dropped record', () => {
		const result = restoreShapes([sticky, sticky, { type: 'sticky' }, 'junk', { ...sticky, id: 'k', type: 'video' }]);
		expect(result.shapes.map((s) => s.id)).toEqual(['s1']);
		expect(result.dropped).toEqual([
			{ id: 's1', reason: 'duplicate-id' },
			{ id: '', reason: 'invalid-id' },
			{ id: '', reason: 'not-an-object' },
			{ id: 'k', reason: 'unknown-type' }
		]);
	});

	it('reparents orphans and children of non-frames to the root', () => {
		const rect = make('rect', 'r');
		const orphan = make('sticky', 'o', { parentId: 'gone' });
		const wrongParent = make('sticky', 'w', { parentId: 'r' });
		const result = restoreShapes([rect, orphan, wrongParent]);
		expect(result.shapes.every((s) => s.parentId === null)).toBe(true);
		expect(result.repaired).toEqual(
			expect.arrayContaining([
				{ id: 'o', field: 'parentId', reason: 'orphan' },
				{ id: 'w', field: 'parentId', reason: 'orphan' }
			])
		);
	});

	it('breaks parent cycles at the frame with the smallest id, the same whatever the input order', () => {
		const f1 = make('frame', 'f1', { parentId: 'f3' });
		const f2 = make('frame', 'f2', { parentId: 'f1' });
		const f3 = make('frame', 'f3', { parentId: 'f2' });
		const self = make('frame', 'f4', { parentId: 'f4' });
		const child = make('sticky', 'c', { parentId: 'f2' });
		for (const input of [[f1, f2, f3, self, child], [child, self, f3, f2, f1]]) {
			const byId = new Map(restoreShapes(input).shapes.map((s) => [s.id, s.parentId]));
			expect(Object.fromEntries(byId)).toEqual({ f1: null, f2: 'f1', f3: 'f2', f4: null, c: 'f2' });
		}
	});

	it(`moves frames nested deeper than ${MAX_FRAME_DEPTH} to the root`, () => {
		const frames: Shape[] = [];
		for (let i = 0; i < MAX_FRAME_DEPTH + 3; i++) frames.push(make('frame', `f${i}`, { parentId: i === 0 ? null : `f${i - 1}` }));
		const result = restoreShapes(frames);
		const parents = new Map(result.shapes.map((s) => [s.id, s.parentId]));
		expect(parents.get(`f${MAX_FRAME_DEPTH}`)).toBeNull();
		expect(parents.get(`f${MAX_FRAME_DEPTH - 1}`)).toBe(`f${MAX_FRAME_DEPTH - 2}`);
		expect(parents.get(`f${MAX_FRAME_DEPTH + 1}`)).toBe(`f${MAX_FRAME_DEPTH}`);
		expect(result.repaired).toContainEqual({ id: `f${MAX_FRAME_DEPTH}`, field: 'parentId', reason: 'too-deep' });
	});

	it('frees connector ends whose shape is missing or is a connector', () => {
		const note = make('sticky', 'n');
		const other = make('connector', 'k');
		const c = make('connector', 'c', {
			props: {
				start: { x: 1, y: 2, shapeId: 'gone', anchor: { x: 0, y: 0 } },
				end: { x: 3, y: 4, shapeId: 'k', anchor: null }
			}
		});
		const kept = make('connector', 'c2', { props: { start: { x: 0, y: 0, shapeId: 'n', anchor: null } } });
		const result = restoreShapes([note, other, c, kept]);
		const byId = new Map(result.shapes.map((s) => [s.id, s]));
		const repaired = byId.get('c');
		expect(repaired?.type === 'connector' && repaired.props.start).toEqual({ x: 1, y: 2, shapeId: null, anchor: null });
		expect(repaired?.type === 'connector' && repaired.props.end).toEqual({ x: 3, y: 4, shapeId: null, anchor: null });
		const bound = byId.get('c2');
		expect(bound?.type === 'connector' && bound.props.start.shapeId).toBe('n');
	});

	it(`keeps at most ${MAX_SHAPES} shapes, the bottom-most, out of 100,000`, () => {
		const raw: Record<string, unknown> = {};
		const template = make('sticky', 'tmp');
		for (let i = 0; i < 100_000; i++) {
			const id = `s${i}`;
			// Valid keys in id order: 'a0' then a fraction that never ends in the zero digit.
			raw[id] = { ...template, id, order: `a0${String(i).padStart(6, '0')}1` };
		}
		const result = restoreShapes(raw);
		expect(result.shapes.length).toBe(MAX_SHAPES);
		expect(result.dropped.length).toBe(100_000 - MAX_SHAPES);
		expect(result.dropped.every((d) => d.reason === 'over-limit')).toBe(true);
		expect(result.shapes[MAX_SHAPES - 1]?.order).toBe(`a0${String(MAX_SHAPES - 1).padStart(6, '0')}1`);
	});

	it('returns nothing but never throws for non-board input', () => {
		for (const junk of [undefined, null, 42, 'board', true]) {
			expect(restoreShapes(junk).shapes).toEqual([]);
		}
	});
});
