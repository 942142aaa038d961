/**
 * A board snapshot reduced to drawing primitives for a static, read-only SVG: the scene of the
 * board's single renderer (`canvas/export/scene.ts`) without uploaded images. The server serializes
 * it with the board's SVG exporter (`canvas/export/svg.ts`), which escapes every string, so no board
 * content can become markup. `transform` strings are built from numbers only (`rotate(deg cx cy)`).
 */
import type { Scene, SceneItem, SceneText } from '../canvas/export/scene';

export type SnapshotText = SceneText;

export type SnapshotItem = Exclude<SceneItem, { kind: 'image' }>;

export interface BoardSnapshotView extends Scene {
	items: SnapshotItem[];
}
