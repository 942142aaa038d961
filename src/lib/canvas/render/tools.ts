/** The canvas tools, their keyboard shortcuts, and which shape type each one creates. */
import type { ShapeType } from '../model';

export type Tool = 'select' | 'hand' | 'sticky' | 'text' | 'rect' | 'ellipse' | 'frame' | 'connector' | 'pen' | 'image';

/** Tools in toolbar order with their single-key shortcut (like Miro and FigJam). */
export const TOOLS: readonly { tool: Tool; key: string; edits: boolean }[] = [
	{ tool: 'select', key: 'v', edits: false },
	{ tool: 'hand', key: 'h', edits: false },
	{ tool: 'sticky', key: 'n', edits: true },
	{ tool: 'text', key: 't', edits: true },
	{ tool: 'rect', key: 'r', edits: true },
	{ tool: 'ellipse', key: 'o', edits: true },
	{ tool: 'frame', key: 'f', edits: true },
	{ tool: 'connector', key: 'l', edits: true },
	{ tool: 'pen', key: 'p', edits: true },
	{ tool: 'image', key: 'i', edits: true }
];

/** The shape type a tool creates by click or drag, or null for tools that do not. */
export function toolShape(tool: Tool): Extract<ShapeType, 'sticky' | 'text' | 'rect' | 'ellipse' | 'frame'> | null {
	switch (tool) {
		case 'sticky':
		case 'text':
		case 'rect':
		case 'ellipse':
		case 'frame':
			return tool;
		default:
			return null;
	}
}

/** The tool a shortcut key selects. */
export function toolForKey(key: string): Tool | null {
	return TOOLS.find((t) => t.key === key.toLowerCase())?.tool ?? null;
}
