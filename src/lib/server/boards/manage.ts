/**
 * Making boards with content: a new board, blank or from a template, and a duplicate of a board.
 * The content is written as the board's first document state before anyone opens it, so every
 * client loads the same shapes from the realtime server.
 *
 * Templates come from the method library's registry (`src/lib/methods`: each method's `template()`
 * returns model records); anything offering `{ id, stage, text[locale].name, template() }` can
 * join that registry and shows up here without changes.
 */
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { boards } from '../db/schema';
import { DatabaseBoardStore, type BoardStore } from '../realtime/persistence';
import { initialBoardUpdate } from '../workshops/team-boards';
import { teamBoardAccess } from '../workshops/access';
import { getMethod, METHODS, type MethodLocale } from '../../methods';
import type { Stage } from '../../stages';
import { authorizeBoard, type BoardActor } from './access';
import { BOARD_ID_PATTERN, BOARD_TITLE_MAX, BoardError, createBoard } from './boards';
import { copyBoardDocument, readBoardState, writeFirstState, type LiveBoardState } from './content';
import { linkAllBoardImages } from './images';

/** A template the create form offers. */
export interface BoardTemplateOption {
	id: string;
	stage: Stage;
	name: string;
	minutes: number;
}

/** Every template of the registry, in stage order, named in `locale`. */
export function boardTemplates(locale: MethodLocale): BoardTemplateOption[] {
	return METHODS.map((method) => ({ id: method.id, stage: method.stage, name: method.text[locale].name, minutes: method.minutes }));
}

/** True when `id` names a template of the registry. */
export function isBoardTemplate(id: string): boolean {
	return getMethod(id) !== undefined;
}

export interface NewBoardInput {
	title: string;
	teamId?: number | null;
	/** A template id from the registry, or null for a blank board. */
	templateId: string | null;
	/** Language of the template's frame titles, prompts and example notes. */
	locale: MethodLocale;
}

/** Removes a board whose first state could not be written, so nothing is left half-made. */
async function undoCreate(db: Database, boardId: string): Promise<void> {
	await db.delete(boards).where(eq(boards.id, boardId));
}

/** Creates a board (see createBoard for who may) with its first state; returns its id. */
export async function createBoardWithContent(
	db: Database,
	actor: BoardActor,
	input: NewBoardInput,
	store: BoardStore = new DatabaseBoardStore(db)
): Promise<string> {
	if (input.templateId !== null && !isBoardTemplate(input.templateId)) throw new BoardError('not_found');
	const boardId = await createBoard(db, actor, { title: input.title, teamId: input.teamId ?? null });
	try {
		const [row] = await db.select({ stage: boards.stage }).from(boards).where(eq(boards.id, boardId));
		if (input.templateId) await db.update(boards).set({ template: input.templateId }).where(eq(boards.id, boardId));
		const update = initialBoardUpdate({
			title: input.title,
			stage: row?.stage ?? 'empati',
			methodId: input.templateId,
			locale: input.locale,
			author: String(actor.id),
			now: Date.now()
		});
		await writeFirstState(store, boardId, update);
	} catch (error) {
		await undoCreate(db, boardId);
		throw error;
	}
	return boardId;
}

export interface DuplicateOptions {
	/** Title of the copy (the route words it in the user's language, e.g. "Salinan …"). */
	title: string;
	/** The realtime server's open boards, read before the log (see LiveBoardState). */
	live?: LiveBoardState;
	store?: BoardStore;
}

/**
 * Copies a board's content into a new board the actor owns; returns the new id. Editors may
 * duplicate (viewers and commenters can export instead). A team board's copy stays with the team
 * when the actor may create boards for it, else it becomes the actor's own board. The copy is
 * linked to the source's pictures (shared files), so its image shapes show them.
 */
export async function duplicateBoard(db: Database, actor: BoardActor, boardId: string, options: DuplicateOptions): Promise<string> {
	if (!BOARD_ID_PATTERN.test(boardId)) throw new BoardError('not_found');
	const auth = await authorizeBoard(db, boardId, actor);
	if (!auth.exists || !auth.role) throw new BoardError('not_found');
	if (auth.role !== 'edit') throw new BoardError('forbidden');
	const [source] = await db.select({ template: boards.template, stage: boards.stage }).from(boards).where(eq(boards.id, boardId));
	if (!source) throw new BoardError('not_found');
	const store = options.store ?? new DatabaseBoardStore(db);
	const title = options.title.slice(0, BOARD_TITLE_MAX);
	const state = await readBoardState(store, boardId, options.live);
	const update = copyBoardDocument(state, { title, author: String(actor.id) });
	const teamId = auth.board.teamId !== null && (await teamBoardAccess(db, actor, auth.board.teamId)) === 'edit' ? auth.board.teamId : null;
	const copyId = await createBoard(db, actor, { title, teamId });
	try {
		await db.update(boards).set({ template: source.template, stage: source.stage }).where(eq(boards.id, copyId));
		// Linked after the state was read, so every picture the copied shapes show is included; before
		// the first state, so nobody opens the copy ahead of its pictures. Undo removes the links too.
		await linkAllBoardImages(db, boardId, copyId);
		await writeFirstState(store, copyId, update);
	} catch (error) {
		await undoCreate(db, copyId);
		throw error;
	}
	return copyId;
}
