/**
 * Turns a method's board layout (frames with a title, a prompt and example notes, in both languages)
 * into board records. Every record is made with the model's `createShape`, so it passes the same
 * restore gate a board read from the network does; nothing here knows about Yjs or the canvas.
 */
import {
	createId,
	createShape,
	orderKeysBetween,
	FRAME_HEADER,
	type InkColor,
	type Shape,
	type Size,
	type StickyColor
} from '../canvas/model';
import { FONT_SIZES } from '../canvas/export/palette';
import { NOTE_PADDING, textHeight as wrappedHeight } from '../canvas/render/shapes/text-fit';
import type { Localized, Method, TemplateContext } from './types';

/** An example sticky note inside a frame. */
export interface NoteSpec {
	text: Localized;
	color?: StickyColor;
}

/** A free text inside a frame (an axis label, a column heading). */
export interface LabelSpec {
	text: Localized;
	/** Position relative to the frame's top-left corner. */
	x: number;
	y: number;
	w: number;
	h?: number;
}

/** One frame of a template, in template coordinates (the template's origin is 0, 0). */
export interface FrameSpec {
	x: number;
	y: number;
	w: number;
	h: number;
	color: InkColor;
	title: Localized;
	/** What the team writes in this frame, shown at its top. */
	prompt: Localized;
	notes?: readonly NoteSpec[];
	/** Color of the example notes when a note names none. */
	noteColor?: StickyColor;
	labels?: readonly LabelSpec[];
}

/** A whole template: a heading and its frames. */
export interface TemplateSpec {
	/** Heading above the frames (usually the method's name and time box). */
	heading: Localized;
	/** One line under the heading: how to use the board. */
	instructions: Localized;
	frames: readonly FrameSpec[];
}

/** Sizes of the parts of a frame's layout, in world units. */
export const TEMPLATE_LAYOUT = {
	padding: 24,
	/** Two lines of prompt text at `textSize`. */
	promptHeight: 72,
	/** The canvas's default note size, so example notes look like the ones a team adds. */
	note: 200,
	noteGap: 20,
	/** Space between neighbouring frames, the same in every template so the library looks like one set. */
	frameGap: 60,
	headingHeight: 72,
	instructionsHeight: 56,
	/** Space between the heading block and the first frame row (the first frame titles sit in it). */
	headingGap: 48,
	/**
	 * Type size of prompts, labels and example notes. 'm' (22 units), not 's': a template is read
	 * zoomed to fit, around 0.45 on a laptop, where 16-unit text is a 7 px smudge.
	 */
	textSize: 'm'
} as const satisfies Record<string, number | Size>;

/** Inner padding of a free text's box on the canvas, per side. */
export const TEXT_PADDING = 4;
export { NOTE_PADDING };

/** Height a free text needs in a box `width` wide at `fontSize` (see text-fit.ts), to keep template texts inside their boxes. */
export function textHeight(text: string, width: number, fontSize: number, padding = TEXT_PADDING): number {
	return wrappedHeight(text, width, fontSize, padding);
}

/**
 * Type size preset of an example note: the template's text size when the text wraps into the note
 * at that size, else one step smaller. The canvas shrinks note text by area alone, which lets long
 * texts in narrow notes spill over the top and bottom edges.
 */
function noteSize(text: string): Size {
	const { note, textSize } = TEMPLATE_LAYOUT;
	return textHeight(text, note, FONT_SIZES[textSize], NOTE_PADDING) <= note ? textSize : 's';
}

/** Where example notes go inside a frame: a grid below the prompt, left to right, top to bottom. */
export function notePositions(frame: { x: number; y: number; w: number }, count: number): { x: number; y: number }[] {
	const { padding, promptHeight, note, noteGap } = TEMPLATE_LAYOUT;
	const top = frame.y + FRAME_HEADER + padding + promptHeight + noteGap;
	const perRow = Math.max(1, Math.floor((frame.w - 2 * padding + noteGap) / (note + noteGap)));
	return Array.from({ length: count }, (_, i) => ({
		x: frame.x + padding + (i % perRow) * (note + noteGap),
		y: top + Math.floor(i / perRow) * (note + noteGap)
	}));
}

/** Builds the records of a template for a board: heading, frames, prompts, labels and notes. */
export function buildTemplate(spec: TemplateSpec, context: TemplateContext): Shape[] {
	const { locale } = context;
	const ox = context.origin?.x ?? 0;
	const oy = context.origin?.y ?? 0;
	const { padding, promptHeight, note, headingHeight, instructionsHeight, headingGap, textSize } = TEMPLATE_LAYOUT;
	const width = Math.max(...spec.frames.map((f) => f.x + f.w));

	type Draft = { make: (id: string, order: string) => Shape };
	const drafts: Draft[] = [];
	const ids: string[] = [];
	const newId = context.newId;
	const base = { author: context.author, now: context.now };
	const reserve = (make: (id: string, order: string) => Shape) => {
		drafts.push({ make });
		return drafts.length - 1;
	};

	// Heading and instructions sit above the frames, so the frames keep the template's 0, 0 origin.
	const top = oy - headingGap - instructionsHeight - headingHeight;
	reserve((id, order) =>
		createShape('text', { x: ox, y: top, w: width, h: headingHeight, props: { text: spec.heading[locale], size: 'xl', color: 'ink' } }, { ...base, id, order })
	);
	reserve((id, order) =>
		createShape(
			'text',
			{ x: ox, y: top + headingHeight, w: width, h: instructionsHeight, props: { text: spec.instructions[locale], size: 'm', color: 'grey' } },
			{ ...base, id, order }
		)
	);

	for (const frame of spec.frames) {
		const fx = ox + frame.x;
		const fy = oy + frame.y;
		const frameIndex = reserve((id, order) =>
			createShape('frame', { x: fx, y: fy, w: frame.w, h: frame.h, props: { name: frame.title[locale], color: frame.color } }, { ...base, id, order })
		);
		const parent = () => ids[frameIndex]!;
		reserve((id, order) =>
			createShape(
				'text',
				{
					x: fx + padding,
					y: fy + FRAME_HEADER + padding,
					w: frame.w - 2 * padding,
					h: promptHeight,
					parentId: parent(),
					props: { text: frame.prompt[locale], size: textSize, color: 'grey' }
				},
				{ ...base, id, order }
			)
		);
		for (const label of frame.labels ?? []) {
			reserve((id, order) =>
				createShape(
					'text',
					{ x: fx + label.x, y: fy + label.y, w: label.w, h: label.h ?? 40, parentId: parent(), props: { text: label.text[locale], size: textSize, color: 'ink' } },
					{ ...base, id, order }
				)
			);
		}
		const notes = frame.notes ?? [];
		notePositions({ x: fx, y: fy, w: frame.w }, notes.length).forEach((pos, i) => {
			const spec = notes[i]!;
			reserve((id, order) =>
				createShape(
					'sticky',
					{ x: pos.x, y: pos.y, w: note, h: note, parentId: parent(), props: { text: spec.text[locale], color: spec.color ?? frame.noteColor ?? 'yellow', size: noteSize(spec.text[locale]) } },
					{ ...base, id, order }
				)
			);
		});
	}

	// Frames come before their children in `drafts`, so children stack above their frame.
	for (let i = 0; i < drafts.length; i++) ids.push((newId ?? createId)());
	const orders = orderKeysBetween(context.topOrder ?? null, null, drafts.length);
	return drafts.map((draft, i) => draft.make(ids[i]!, orders[i]!));
}

/** A method whose template is a frame layout; the template's heading is its name and time box. */
export function defineMethod(def: Omit<Method, 'template'> & { board: Omit<TemplateSpec, 'heading'> }): Method {
	const { board, ...method } = def;
	const heading: Localized = {
		id: `${method.text.id.name} · ${method.minutes} menit`,
		en: `${method.text.en.name} · ${method.minutes} min`
	};
	return { ...method, template: (context) => buildTemplate({ heading, ...board }, context) };
}
