/** The board model bound to Yjs: shapes, board state, live view, in-place repair, undo, templates. */
export * from './doc';
export * from './shape-codec';
export * from './shapes';
export * from './live-shapes';
export * from './board-state';
export * from './restore-doc';
export * from './undo';
export * from './template';
