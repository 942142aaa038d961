/**
 * The method library: every design-thinking method, in stage order. Add a method by writing its
 * module (`<method-id>.ts`) and listing it here; the pages, search and templates pick it up.
 */
import { STAGES, type Stage } from '../stages';
import type { Method, MethodLocale, MethodText } from './types';
import { stakeholderMap } from './stakeholder-map';
import { interviewNotes } from './interview-notes';
import { empathyMap } from './empathy-map';
import { userJourney } from './user-journey';
import { persona } from './persona';
import { fiveWhys } from './five-whys';
import { pointOfView } from './point-of-view';
import { howMightWe } from './how-might-we';
import { crazy8s } from './crazy-8s';
import { brainstormAffinity } from './brainstorm-affinity';
import { impactEffort } from './impact-effort';
import { storyboard } from './storyboard';
import { prototypeTestCard } from './prototype-test-card';
import { feedbackCaptureGrid } from './feedback-capture-grid';
import { roseThornBud } from './rose-thorn-bud';

export type { Method, MethodLocale, MethodText, TemplateContext } from './types';

/** Every method, ordered by stage and then as listed. */
export const METHODS: readonly Method[] = [
	stakeholderMap,
	interviewNotes,
	empathyMap,
	userJourney,
	persona,
	fiveWhys,
	pointOfView,
	howMightWe,
	crazy8s,
	brainstormAffinity,
	impactEffort,
	storyboard,
	prototypeTestCard,
	feedbackCaptureGrid,
	roseThornBud
].sort((a, b) => STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage));

/** A method by id, or undefined. */
export function getMethod(id: string): Method | undefined {
	return METHODS.find((m) => m.id === id);
}

/** The methods of one stage. */
export function methodsForStage(stage: Stage): Method[] {
	return METHODS.filter((m) => m.stage === stage);
}

/** The method's content in a language. */
export function methodText(method: Method, locale: MethodLocale): MethodText {
	return method.text[locale];
}
