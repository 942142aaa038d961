/**
 * Caps enforced by the restore gate. Each one names what it guards: a board is downloaded by every
 * participant on modest laptops and kept in one Y.Doc, so a single hostile or buggy record must not
 * be able to make it slow, huge or unrenderable.
 */

/** Shapes per board: the canvas benchmark targets 5,000; four times that still renders, beyond it a laptop stalls. */
export const MAX_SHAPES = 20_000;

/** World coordinates stay within ±1e6: past that SVG transforms lose sub-pixel precision and zoom-to-fit becomes useless. */
export const COORD_LIMIT = 1_000_000;

/** A shape is at most 100,000 units on a side (a frame around a whole workshop), at least 1 so it stays hittable. */
export const MAX_SIZE = 100_000;
export const MIN_SIZE = 1;

/** Sticky and text bodies: an idea, not an essay; keeps one record under ~40 KB against pasted dumps. */
export const MAX_TEXT = 10_000;

/** Frame names and board titles are headings. */
export const MAX_NAME = 200;

/** Connector labels are a few words. */
export const MAX_LABEL = 500;

/** Image alt text: a description, WCAG suggests short; 1,000 leaves room for a complex diagram. */
export const MAX_ALT = 1_000;

/** Points per pen stroke after simplification; a long scribble simplifies to far fewer, more is an attack. */
export const MAX_PEN_POINTS = 5_000;

/** Fractional order keys grow ~1 char per bisection; 256 allows long sessions and bounds record size. */
export const MAX_ORDER_KEY = 256;

/** Ids (shape ids, user ids, asset ids): short opaque tokens. */
export const MAX_ID = 64;

/** Frames inside frames: deeper nesting is never meaningful on a workshop board and costs every parent walk. */
export const MAX_FRAME_DEPTH = 8;

/** Voting budget per person (dot voting typically uses 3–10 dots). */
export const MAX_VOTE_BUDGET = 99;

/** Voters whose ballots a board keeps: a workshop cohort, with a wide margin. */
export const MAX_VOTERS = 1_000;

/** Timestamps (epoch ms) up to year ~2286: anything larger is garbage. */
export const MAX_TIMESTAMP = 10_000_000_000_000;

/** Longest timer a facilitator can set: one workshop day. */
export const MAX_TIMER_MS = 24 * 60 * 60 * 1000;
