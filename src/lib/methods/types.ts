/**
 * The method library's record types. A method is curriculum content (what to do, why, how long)
 * in Bahasa Indonesia and English, plus the board template a team starts from. Pure data and
 * functions: no Svelte, no server code, so pages, the board editor and the server share it.
 */
import type { Shape } from '../canvas/model';
import type { Stage } from '../stages';

/** The languages method content is written in (the app's locales). */
export const METHOD_LOCALES = ['id', 'en'] as const;
export type MethodLocale = (typeof METHOD_LOCALES)[number];

/** A short string in both languages (frame titles, prompts, example notes). */
export type Localized = Readonly<Record<MethodLocale, string>>;

/** A method's content in one language. */
export interface MethodText {
	name: string;
	/** One sentence for lists and search results. */
	summary: string;
	/** What the method is for: the question it answers. */
	purpose: string;
	/** The situation in which to reach for it. */
	whenToUse: string;
	/** What the team does, in order. */
	steps: readonly string[];
	/** What to prepare (on the board or in the room). */
	materials: readonly string[];
	/** Advice for the facilitator running it. */
	tips: readonly string[];
	/** A worked example from an Indonesian public service. */
	example: string;
}

/** Where a template goes and who makes it. */
export interface TemplateContext {
	locale: MethodLocale;
	/** User id stamped on the records as author. */
	author: string;
	/** Creation time (epoch ms). */
	now: number;
	/** Fresh ids; tests pass a deterministic factory. */
	newId?: () => string;
	/** Top-left corner of the template on the board (default 0, 0). */
	origin?: { x: number; y: number };
	/** Highest order key already on the board; template records stack above it. */
	topOrder?: string | null;
}

/** One design-thinking method of the library. */
export interface Method {
	/** Stable id: the URL `/metode/<id>`, the board's `meta.template`. */
	id: string;
	stage: Stage;
	/** Time box for one run, in minutes. */
	minutes: number;
	/** Group size it works best with, inclusive. */
	groupSize: readonly [number, number];
	text: Readonly<Record<MethodLocale, MethodText>>;
	/** The board template: frames with titles and prompts, and example notes, as valid model records. */
	template(context: TemplateContext): Shape[];
}
