/**
 * "Start a draft from a board": the team picks frames and notes of a design-thinking board (problem
 * statement, how-might-we, chosen idea, test results) to prefill the entry, and which of them to keep
 * as a read-only snapshot. The board is read from its persisted document and every shape passes the
 * board's restore gate (`readBoard`); only what the person may view is offered.
 */
import * as Y from 'yjs';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { boards } from '../db/schema';
import { authorizeBoard, type BoardActor } from '../boards/access';
import { BOARD_ID_PATTERN } from '../boards/boards';
import { DatabaseBoardStore } from '../realtime/persistence';
import { readBoard } from '../../canvas/sync/shapes';
import { frameContents } from '../../canvas/export/scene';
import type { Shape } from '../../canvas/model/schema';
import * as m from '../../paraglide/messages';
import { LIMITS } from '../../innovations/fields';
import { createDraft } from './drafts';

export const BOARD_USES = ['problem', 'hmw', 'idea', 'test'] as const;
export type BoardUse = (typeof BOARD_USES)[number];

export interface BoardPick {
	id: string;
	kind: 'frame' | 'note';
	/** Frame name, or the note's text. */
	label: string;
	/** Texts of the notes a frame carries (empty for a note). */
	notes: string[];
	/** A guess from the frame's name, so common templates need no clicks. */
	suggested: BoardUse | null;
}

export interface BoardOutline {
	board: { id: string; title: string };
	picks: BoardPick[];
}

/** Loose notes offered at most: a board full of ideas is chosen from by frames. */
const MAX_LOOSE_NOTES = 60;

const TEXT_TYPES = new Set(['sticky', 'text', 'rect', 'ellipse']);

function textOf(shape: Shape): string {
	if (shape.type === 'frame') return shape.props.name;
	if (shape.type === 'sticky' || shape.type === 'text' || shape.type === 'rect' || shape.type === 'ellipse') return shape.props.text;
	return '';
}

/** Guesses what a frame holds from its name (Indonesian and English template names). */
export function suggestUse(name: string): BoardUse | null {
	const n = name.toLowerCase();
	if (/bagaimana|how might|\bhmw\b/.test(n)) return 'hmw';
	if (/masalah|problem|definisi|define/.test(n)) return 'problem';
	if (/uji|test|hasil|umpan balik|feedback/.test(n)) return 'test';
	if (/ide|idea|solusi|solution|terpilih|chosen|prototipe|prototype/.test(n)) return 'idea';
	return null;
}

/** The board's current shapes, through the restore gate; null when the actor may not view it. */
export async function readBoardShapes(db: Database, actor: BoardActor, boardId: string): Promise<{ title: string; teamId: number | null; workshopId: number | null; shapes: Shape[] } | null> {
	if (!BOARD_ID_PATTERN.test(boardId)) return null;
	const auth = await authorizeBoard(db, boardId, actor);
	if (!auth.exists || !auth.role) return null;
	const [row] = await db.select({ title: boards.title, teamId: boards.teamId, workshopId: boards.workshopId }).from(boards).where(eq(boards.id, boardId));
	if (!row) return null;
	const loaded = await new DatabaseBoardStore(db).load(boardId);
	const doc = new Y.Doc();
	try {
		for (const update of loaded.updates) Y.applyUpdate(doc, update);
		return { ...row, shapes: readBoard(doc).shapes };
	} finally {
		doc.destroy();
	}
}

/** What the picker shows: frames with their notes, then notes outside any frame. */
export async function boardOutline(db: Database, actor: BoardActor, boardId: string): Promise<BoardOutline | null> {
	const board = await readBoardShapes(db, actor, boardId);
	if (!board) return null;
	const picks: BoardPick[] = [];
	for (const frame of board.shapes.filter((s) => s.type === 'frame')) {
		const notes = frameContents(board.shapes, frame.id)
			.filter((s) => s.id !== frame.id && TEXT_TYPES.has(s.type))
			.map(textOf)
			.filter((t) => t.trim());
		picks.push({ id: frame.id, kind: 'frame', label: textOf(frame) || '—', notes, suggested: suggestUse(textOf(frame)) });
	}
	const loose = board.shapes.filter((s) => s.parentId === null && TEXT_TYPES.has(s.type) && textOf(s).trim()).slice(0, MAX_LOOSE_NOTES);
	for (const note of loose) picks.push({ id: note.id, kind: 'note', label: textOf(note), notes: [], suggested: null });
	return { board: { id: boardId, title: board.title }, picks };
}

export interface BoardDraftInput {
	title: string;
	/** Shape id → what it prefills. */
	uses: Record<string, BoardUse>;
	/** Shape ids (frames or notes) kept in the snapshot. */
	snapshot: string[];
}

const bullets = (texts: string[]) => texts.map((t) => `- ${t.replace(/\s+/g, ' ').trim()}`).join('\n');

/** Creates a draft prefilled from the chosen frames and notes; null when the board is not viewable. */
export async function createDraftFromBoard(db: Database, actor: BoardActor, boardId: string, input: BoardDraftInput): Promise<number | null> {
	const board = await readBoardShapes(db, actor, boardId);
	if (!board) return null;
	const byId = new Map(board.shapes.map((s) => [s.id, s]));
	const texts: Record<BoardUse, string[]> = { problem: [], hmw: [], idea: [], test: [] };
	for (const [id, use] of Object.entries(input.uses)) {
		const shape = byId.get(id);
		if (!shape || !BOARD_USES.includes(use)) continue;
		const inside = shape.type === 'frame' ? frameContents(board.shapes, id).filter((s) => s.id !== id && TEXT_TYPES.has(s.type)) : [shape];
		texts[use].push(...inside.map(textOf).filter((t) => t.trim()));
	}
	const section = (heading: string, list: string[]) => (list.length ? `**${heading}**\n\n${bullets(list)}` : '');
	const background = [section(m.innovation_board_use_problem(), texts.problem), section(m.innovation_board_use_hmw(), texts.hmw)]
		.filter(Boolean)
		.join('\n\n');
	const kept = new Map<string, Shape>();
	for (const id of input.snapshot) {
		const shape = byId.get(id);
		if (!shape) continue;
		for (const s of shape.type === 'frame' ? frameContents(board.shapes, id) : [shape]) kept.set(s.id, s);
	}
	// Notes kept without their frame would point at a parent that is not in the snapshot.
	const snapshot = [...kept.values()].map((s) => (s.parentId && !kept.has(s.parentId) ? { ...s, parentId: null } : s));
	return createDraft(db, actor.id, {
		title: input.title.slice(0, LIMITS.title),
		background: background.slice(0, LIMITS.narrative),
		solution: bullets(texts.idea).slice(0, LIMITS.narrative),
		results: bullets(texts.test).slice(0, LIMITS.narrative),
		teamId: board.teamId,
		workshopId: board.workshopId,
		sourceBoardId: boardId,
		boardSnapshot: snapshot.length ? snapshot : null
	});
}
