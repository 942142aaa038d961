import { describe, expect, it } from 'vitest';
import { BOARD_SCHEMA_VERSION, compareSchemaVersion, isShapeType, schemaVersions, SHAPE_DEFS, SHAPE_TYPES } from './schema';
import { MAX_ALT, MAX_LABEL, MAX_NAME, MAX_TEXT } from './limits';

describe('schema registry', () => {
	it('lists the eight board shape types', () => {
		expect(SHAPE_TYPES).toEqual(['sticky', 'text', 'rect', 'ellipse', 'frame', 'connector', 'image', 'pen']);
		expect(isShapeType('sticky')).toBe(true);
		expect(isShapeType('__proto__')).toBe(false);
		expect(isShapeType('hasOwnProperty')).toBe(false);
	});

	it('derives the board schema version from every migration of every record type', () => {
		const versions = schemaVersions();
		expect(Object.keys(versions)).toEqual([...SHAPE_TYPES, 'meta', 'facilitation']);
		expect(BOARD_SCHEMA_VERSION).toBe(1 + Object.values(versions).reduce((a, b) => a + b, 0));
	});

	it('compares a connecting client’s schema version', () => {
		expect(compareSchemaVersion(BOARD_SCHEMA_VERSION)).toBe('same');
		expect(compareSchemaVersion(BOARD_SCHEMA_VERSION + 1)).toBe('client-newer');
		expect(compareSchemaVersion(0)).toBe('invalid');
		expect(compareSchemaVersion('1')).toBe('invalid');
		expect(compareSchemaVersion(1.5)).toBe('invalid');
	});
});

describe('text limits an editor can read', () => {
	it('each text prop tells its own limit (the in-place editor stops typing there)', () => {
		expect(SHAPE_DEFS.connector.props.label.maxLength).toBe(MAX_LABEL);
		expect(SHAPE_DEFS.image.props.alt.maxLength).toBe(MAX_ALT);
		expect(SHAPE_DEFS.frame.props.name.maxLength).toBe(MAX_NAME);
		expect(SHAPE_DEFS.sticky.props.text.maxLength).toBe(MAX_TEXT);
	});
});
