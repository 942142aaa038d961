/**
 * The five design-thinking stages every board, team and workshop moves through, in order.
 * Pure data shared by browser, server and the board model; labels live in the messages (`stage_*`).
 */
export const STAGES = ['empati', 'definisi', 'ideasi', 'prototipe', 'uji'] as const;
export type Stage = (typeof STAGES)[number];

/** True when the value is one of the five stage ids. */
export function isStage(value: unknown): value is Stage {
	return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}

/** The stage after this one, or null after the last (uji). */
export function nextStage(stage: Stage): Stage | null {
	const i = STAGES.indexOf(stage);
	return STAGES[i + 1] ?? null;
}

/** Zero-based position of a stage (for progress bars and comparisons). */
export function stageIndex(stage: Stage): number {
	return STAGES.indexOf(stage);
}

