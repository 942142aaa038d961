/**
 * The registry of record types and the board schema version. Clients send BOARD_SCHEMA_VERSION when
 * they connect; the server refuses clients older than itself (they would write records it has
 * migrated past) and tells them to reload.
 */
import type { ShapeDef } from './shape-def';
import { shapeVersion } from './shape-def';
import { connectorShape, type ConnectorShape } from './shapes/connector';
import { ellipseShape, type EllipseShape } from './shapes/ellipse';
import { frameShape, type FrameShape } from './shapes/frame';
import { imageShape, type ImageShape } from './shapes/image';
import { penShape, type PenShape } from './shapes/pen';
import { rectShape, type RectShape } from './shapes/rect';
import { stickyShape, type StickyShape } from './shapes/sticky';
import { textShape, type TextShape } from './shapes/text';
import { metaMigrations } from './state/meta';
import { facilitationMigrations } from './state/facilitation';

/** Every shape type by name. Add a new type here and in `Shape`. */
export const SHAPE_DEFS = {
	sticky: stickyShape,
	text: textShape,
	rect: rectShape,
	ellipse: ellipseShape,
	frame: frameShape,
	connector: connectorShape,
	image: imageShape,
	pen: penShape
} as const;

export type ShapeType = keyof typeof SHAPE_DEFS;

/** Any shape record. */
export type Shape =
	| StickyShape
	| TextShape
	| RectShape
	| EllipseShape
	| FrameShape
	| ConnectorShape
	| ImageShape
	| PenShape;

/** The record type of one shape type. */
export type ShapeOf<T extends ShapeType> = Extract<Shape, { type: T }>;

/** The props of one shape type. */
export type PropsOf<T extends ShapeType> = ShapeOf<T>['props'];

export const SHAPE_TYPES = Object.keys(SHAPE_DEFS) as ShapeType[];

/** Fields every shape record has, outside `props`; props never reuse these names. */
export const BASE_KEYS = [
	'id',
	'type',
	'v',
	'x',
	'y',
	'w',
	'h',
	'rotation',
	'parentId',
	'order',
	'locked',
	'author',
	'createdAt',
	'updatedAt'
] as const;

/** A set of shape types the restore gate accepts (the board's, or a test's). */
export interface ShapeSchema {
	readonly defs: Readonly<Record<string, ShapeDef<string, object>>>;
}

/** The board's shape schema. */
export const BOARD_SHAPES: ShapeSchema = {
	defs: SHAPE_DEFS as unknown as Record<string, ShapeDef<string, object>>
};

/** True when `type` names a known shape type. */
export function isShapeType(type: unknown): type is ShapeType {
	return typeof type === 'string' && Object.prototype.hasOwnProperty.call(SHAPE_DEFS, type);
}

/** Current version of every record type, as the server logs and compares it. */
export function schemaVersions(): Record<string, number> {
	const out: Record<string, number> = {};
	for (const type of SHAPE_TYPES) out[type] = shapeVersion(SHAPE_DEFS[type]);
	out.meta = metaMigrations.length;
	out.facilitation = facilitationMigrations.length;
	return out;
}

/**
 * One number for the whole document schema: 1 plus every migration of every record type. Migrations
 * are append-only, so this only grows, and adding any migration bumps it without a manual step.
 */
export const BOARD_SCHEMA_VERSION =
	1 + Object.values(schemaVersions()).reduce((sum, v) => sum + v, 0);

/** How a connecting client's schema compares with this build's. */
export function compareSchemaVersion(client: unknown): 'same' | 'client-older' | 'client-newer' | 'invalid' {
	if (typeof client !== 'number' || !Number.isInteger(client) || client < 1) return 'invalid';
	return client === BOARD_SCHEMA_VERSION ? 'same' : client < BOARD_SCHEMA_VERSION ? 'client-older' : 'client-newer';
}

