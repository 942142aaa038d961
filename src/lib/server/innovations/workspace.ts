/**
 * What every page of the guided form shows around its step: the entry's title and status, the
 * completeness meter and which steps are done. Shaped here so the layout sends no raw rows.
 */
import { STEPS, type InnovationStatus, type Step } from '../../innovations/fields';
import { completeness } from './completeness';
import { loadContent, type InnovationContent } from './content';
import { getEntryHeader } from './drafts';
import type { EntryContext } from './http';
import { canEditContent } from './permissions';
import { availableActions, type ModerationAction } from './state-machine';

export interface EntryShell {
	id: number;
	title: string;
	slug: string;
	status: InnovationStatus;
	/** The public page exists (a published revision that is not archived). */
	isPublic: boolean;
	percent: number;
	missingRequired: string[];
	stepsDone: Record<Step, boolean>;
	canEdit: boolean;
	relation: 'team' | 'mentor' | 'curator';
	teamActions: ModerationAction[];
}

/** The shell of an entry for a viewer that passed `requireEntryView`. */
export async function entryShell(ctx: EntryContext): Promise<{ shell: EntryShell; content: InnovationContent }> {
	const header = await getEntryHeader(ctx.db, ctx.innovationId);
	const content = await loadContent(ctx.db, ctx.innovationId);
	if (!header || !content) throw new Error(`innovation ${ctx.innovationId} vanished`);
	const score = completeness(content);
	const stepsDone = Object.fromEntries(
		STEPS.map((step) => {
			const items = score.items.filter((i) => i.step === step);
			return [step, items.length > 0 && items.every((i) => i.done)];
		})
	) as Record<Step, boolean>;
	return {
		content,
		shell: {
			id: header.id,
			title: header.title,
			slug: header.slug,
			status: header.status,
			isPublic: header.publishedRevisionId !== null && header.status !== 'archived',
			percent: score.percent,
			missingRequired: score.missingRequired.map((i) => i.key),
			stepsDone,
			canEdit: canEditContent(ctx.access, header.status),
			relation: ctx.access.member ? 'team' : ctx.access.curator ? 'curator' : 'mentor',
			teamActions: ctx.access.member ? availableActions(header.status, 'team', header.publishedRevisionId !== null).filter((a) => a !== 'edit') : []
		}
	};
}
