import { describe, expect, it } from 'vitest';
import { restoreShape, restoreShapes } from './restore';
import { SHAPE_DEFS, SHAPE_TYPES, BASE_KEYS, type Shape } from './schema';
import { isValidOrderKey } from './order';
import { make, prng } from '../test-utils';

// Seeded fuzzing: any failure replays from the seed printed in the test name.
const SEEDS = [1, 2, 3, 42, 2026];
const RECORDS_PER_SEED = 400;

function garbage(rand: () => number, depth = 0): unknown {
	const pick = Math.floor(rand() * 16);
	switch (pick) {
		case 0:
			return NaN;
		case 1:
			return rand() < 0.5 ? Infinity : -Infinity;
		case 2:
			return (rand() - 0.5) * 10 ** Math.floor(rand() * 320);
		case 3:
			return -0;
		case 4:
			return Math.floor(rand() * 10) - 3;
		case 5: {
			const chars = ['a', ' ', '\n', '\u0000', '\uD800', '\uDC00', '😀', '=', '"', ',', 'é', '\u202E'];
			let s = '';
			const n = Math.floor(rand() ** 3 * 300);
			for (let i = 0; i < n; i++) s += chars[Math.floor(rand() * chars.length)];
			return s;
		}
		case 6:
			return rand() < 0.5;
		case 7:
			return null;
		case 8:
			return undefined;
		case 9:
			return ['__proto__', 'constructor', 'toString', 'a0', 'a1', 'Zz', '', 'frame', 'sticky'][Math.floor(rand() * 9)];
		case 10:
		case 11:
			if (depth > 4) return 1;
			return Array.from({ length: Math.floor(rand() * 6) }, () => garbage(rand, depth + 1));
		default: {
			if (depth > 4) return {};
			const keys = [...BASE_KEYS, 'props', 'text', 'points', 'start', 'end', 'shapeId', 'anchor', 'x', 'y', '__proto__'];
			const out: Record<string, unknown> = {};
			const n = Math.floor(rand() * 6);
			for (let i = 0; i < n; i++) {
				const key = keys[Math.floor(rand() * keys.length)] as string;
				Object.defineProperty(out, key, { value: garbage(rand, depth + 1), enumerable: true, configurable: true, writable: true });
			}
			return out;
		}
	}
}

/** A valid shape with some fields replaced by garbage or deleted. */
function mutated(rand: () => number, index: number, ids: string[]): unknown {
	// Every third id is a frame and frames link to frames, so nesting and cycles get exercised.
	const isFrame = index % 3 === 0;
	const type = isFrame ? 'frame' : (SHAPE_TYPES[Math.floor(rand() * SHAPE_TYPES.length)] as (typeof SHAPE_TYPES)[number]);
	const record = JSON.parse(JSON.stringify(make(type, `s${index}`))) as Record<string, unknown>;
	const props = record.props as Record<string, unknown>;
	// Link to other records, so relations (parents, connector ends, cycles) get exercised.
	const frameIds = ids.filter((_, i) => i % 3 === 0);
	if (rand() < 0.7) record.parentId = isFrame ? frameIds[Math.floor(rand() * frameIds.length)] : ids[Math.floor(rand() * ids.length)];
	if (type === 'connector') {
		props.start = { x: 0, y: 0, shapeId: ids[Math.floor(rand() * ids.length)], anchor: null };
		props.end = { x: 9, y: 9, shapeId: ids[Math.floor(rand() * ids.length)], anchor: { x: rand(), y: rand() } };
	}
	const fields = [...BASE_KEYS, ...Object.keys(SHAPE_DEFS[type].props).map((k) => `props.${k}`)];
	const edits = Math.floor(rand() * 4);
	for (let i = 0; i < edits; i++) {
		const field = fields[Math.floor(rand() * fields.length)] as string;
		const [target, key] = field.startsWith('props.') ? [props, field.slice(6)] : [record, field];
		if (rand() < 0.2) delete target[key];
		else target[key] = garbage(rand);
	}
	return record;
}

function expectValidBoard(shapes: Shape[]) {
	const byId = new Map(shapes.map((s) => [s.id, s]));
	expect(byId.size).toBe(shapes.length);
	for (const shape of shapes) {
		// Valid means: reading it again changes nothing.
		const again = restoreShape(JSON.parse(JSON.stringify(shape)));
		expect(again.ok && again.repaired).toEqual([]);
		expect(again.ok && again.shape).toEqual(shape);
		expect(isValidOrderKey(shape.order)).toBe(true);
		const numbers = [shape.x, shape.y, shape.w, shape.h, shape.rotation, ...(shape.type === 'pen' ? shape.props.points : [])];
		for (const n of numbers) {
			expect(Number.isFinite(n)).toBe(true);
			// -0 and 0 encode differently in Yjs: peers must agree byte for byte.
			expect(Object.is(n, -0)).toBe(false);
		}
		if (shape.parentId !== null) expect(byId.get(shape.parentId)?.type).toBe('frame');
		if (shape.type === 'connector') {
			for (const end of [shape.props.start, shape.props.end]) {
				if (end.shapeId !== null) expect(byId.get(end.shapeId)?.type).not.toMatch(/^(connector|undefined)$/);
			}
		}
	}
	// No parent chain loops.
	for (const shape of shapes) {
		let at: Shape | undefined = shape;
		for (let steps = 0; at && at.parentId !== null; steps++) {
			expect(steps).toBeLessThan(shapes.length + 1);
			at = byId.get(at.parentId);
		}
	}
}

const seen = { cycle: 0, orphan: 0, missingTarget: 0, dropped: 0 };

describe('restore gate fuzz', () => {
	it.each(SEEDS)('seed %i: garbage never throws and always yields a valid, stable board', (seed) => {
		const rand = prng(seed);
		const ids = Array.from({ length: 12 }, (_, i) => `s${i}`);
		const raw: unknown[] = [];
		for (let i = 0; i < RECORDS_PER_SEED; i++) {
			raw.push(rand() < 0.3 ? garbage(rand) : mutated(rand, i % 16, ids));
		}
		const result = restoreShapes(raw);
		expect(result.shapes.length + result.dropped.length).toBe(raw.length);
		seen.cycle += result.repaired.filter((r) => r.reason === 'cycle').length;
		seen.orphan += result.repaired.filter((r) => r.reason === 'orphan').length;
		seen.missingTarget += result.repaired.filter((r) => r.reason === 'missing-target').length;
		seen.dropped += result.dropped.length;
		expectValidBoard(result.shapes);
		// Idempotent: a restored board passes the gate untouched.
		const again = restoreShapes(result.shapes);
		expect(again.dropped).toEqual([]);
		expect(again.repaired).toEqual([]);
		expect(again.shapes).toEqual(result.shapes);
	});

	it.each(SEEDS)('seed %i: keyed input gives the same board whatever the key order', (seed) => {
		const rand = prng(seed);
		const ids = Array.from({ length: 30 }, (_, i) => `s${i}`);
		const entries = ids.map((id, i) => [id, mutated(rand, i, ids)] as const);
		const forward = restoreShapes(Object.fromEntries(entries));
		const backward = restoreShapes(Object.fromEntries([...entries].reverse()));
		expect(backward).toEqual(forward);
		seen.cycle += forward.repaired.filter((r) => r.reason === 'cycle').length;
	});

	it('exercised every relation repair (the fuzz is not vacuous)', () => {
		expect(seen.cycle).toBeGreaterThan(0);
		expect(seen.orphan).toBeGreaterThan(0);
		expect(seen.missingTarget).toBeGreaterThan(0);
		expect(seen.dropped).toBeGreaterThan(0);
	});
});
