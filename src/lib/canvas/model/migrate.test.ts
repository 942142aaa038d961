import { describe, expect, it } from 'vitest';
import { finite, text } from './fields';
import { restoreShape } from './restore';
import type { ShapeSchema } from './schema';
import { defineShape, type RawShape } from './shape-def';

// A fixture type with a history: v1 renamed `label` to `title`, v2 added `weight` (was implied 1).
const calls: string[] = [];
const badge = defineShape<'badge', { title: string; weight: number }>({
	type: 'badge',
	props: { title: text(50), weight: finite(1, 0, 10) },
	textFields: ['title'],
	migrations: [
		{
			version: 1,
			name: 'rename-label-to-title',
			up(record: RawShape) {
				calls.push('rename');
				const { label, ...props } = record.props;
				return { ...record, props: { ...props, title: label } };
			}
		},
		{
			version: 2,
			name: 'add-weight',
			up(record: RawShape) {
				calls.push('weight');
				return { ...record, props: { ...record.props, weight: record.props.weight ?? 2 } };
			}
		}
	],
	defaultSize: { w: 10, h: 10 },
	rotatable: true
});
const exploding = defineShape<'boom', { n: number }>({
	type: 'boom',
	props: { n: finite(0, 0, 1) },
	textFields: [],
	migrations: [
		{
			version: 1,
			name: 'throws',
			up() {
				throw new Error('bad data');
			}
		}
	],
	defaultSize: { w: 1, h: 1 },
	rotatable: false
});
const schema: ShapeSchema = { defs: { badge, boom: exploding } as unknown as ShapeSchema['defs'] };

const base = { id: 'b1', type: 'badge', x: 0, y: 0, w: 10, h: 10, rotation: 0, parentId: null, order: 'a0', locked: false, author: 'u', createdAt: 0, updatedAt: 0 };

describe('migrations', () => {
	it('runs every step, in order, for an unversioned record', () => {
		calls.length = 0;
		const result = restoreShape({ ...base, props: { label: 'Ide' } }, undefined, { schema });
		expect(calls).toEqual(['rename', 'weight']);
		expect(result.ok && result.shape).toMatchObject({ v: 2, props: { title: 'Ide', weight: 2 } });
	});

	it('runs only the steps after the record version', () => {
		calls.length = 0;
		const result = restoreShape({ ...base, v: 1, props: { title: 'Ide' } }, undefined, { schema });
		expect(calls).toEqual(['weight']);
		expect(result.ok && result.shape).toMatchObject({ v: 2, props: { title: 'Ide', weight: 2 } });
	});

	it('runs nothing for a current record', () => {
		calls.length = 0;
		const result = restoreShape({ ...base, v: 2, props: { title: 'Ide', weight: 5 } }, undefined, { schema });
		expect(calls).toEqual([]);
		expect(result.ok && result.repaired).toEqual([]);
	});

	it('drops a record whose migration throws', () => {
		const result = restoreShape({ ...base, id: 'x', type: 'boom', props: {} }, undefined, { schema });
		expect(result).toEqual({ ok: false, dropped: { id: 'x', reason: 'migration-failed' } });
	});

	it('treats a garbage version as 0', () => {
		calls.length = 0;
		const result = restoreShape({ ...base, v: 'two', props: { label: 'x' } }, undefined, { schema });
		expect(calls).toEqual(['rename', 'weight']);
		expect(result.ok && result.repaired).toContainEqual({ id: 'b1', field: 'v', reason: 'wrong-type' });
	});
});
