/**
 * "What changed since the last review": the curator compares the content frozen at their last
 * decision with the working copy, field by field, words for prose and lines for lists.
 */
import { diffLines, diffWords } from 'diff';
import type { InnovationContent } from './content';
import { NARRATIVE_FIELDS } from '../../innovations/fields';

export interface DiffPart {
	value: string;
	change: 'added' | 'removed' | 'same';
}

export interface FieldDiff {
	/** Field key; the page labels it with `innovation_field_<key>`. */
	key: string;
	parts: DiffPart[];
}

/** Fields compared as prose (word diff). */
const PROSE = ['title', 'summary', ...NARRATIVE_FIELDS, 'awards'] as const;

/** Everything else, flattened to one line per item (line diff). */
function listFields(c: InnovationContent): Record<string, string> {
	const lines = (items: string[]) => (items.length ? `${items.join('\n')}\n` : '');
	return {
		stage: lines([c.stage]),
		stillRunning: lines([String(c.stillRunning)]),
		dates: lines([[c.startedOn ?? '', c.endedOn ?? ''].join(' – ')]),
		isDigital: lines([String(c.isDigital)]),
		form: lines([c.form]),
		agency: lines(c.agency ? [c.agency.name] : []),
		governmentLevel: lines(c.governmentLevel ? [c.governmentLevel] : []),
		province: lines(c.province ? [c.province.name] : []),
		regency: lines(c.regency ? [c.regency] : []),
		cohort: lines(c.cohort ? [c.cohort] : []),
		videoUrl: lines(c.videoUrl ? [c.videoUrl] : []),
		indicators: lines(
			c.indicators.map((i) => `${i.name}: ${i.baseline || '–'} → ${i.value} ${i.unit} (${i.measuredOn ?? '–'}; ${i.source || '–'})`)
		),
		themes: lines(c.themes.map((t) => t.nameId)),
		sdgs: lines(c.sdgs.map((s) => `${s.number}. ${s.nameId}`)),
		tags: lines(c.tags.map((t) => t.name)),
		media: lines(c.media.map((m) => `${m.alt}${m.caption ? ` — ${m.caption}` : ''}`))
	};
}

const toParts = (changes: { value: string; added?: boolean; removed?: boolean }[]): DiffPart[] =>
	changes.map((c) => ({ value: c.value, change: c.added ? 'added' : c.removed ? 'removed' : 'same' }));

/** Changed fields between two versions of content; with no earlier version everything counts as added. */
export function diffContent(before: InnovationContent | null, after: InnovationContent): FieldDiff[] {
	const out: FieldDiff[] = [];
	for (const key of PROSE) {
		const a = before ? before[key] : '';
		const b = after[key];
		if (a === b) continue;
		out.push({ key, parts: toParts(diffWords(a, b)) });
	}
	const beforeLists = before ? listFields(before) : null;
	const afterLists = listFields(after);
	for (const [key, b] of Object.entries(afterLists)) {
		const a = beforeLists?.[key] ?? '';
		if (a === b) continue;
		out.push({ key, parts: toParts(diffLines(a, b)) });
	}
	// The board snapshot is only flagged as changed; the preview above shows its drawing.
	const boardBefore = before?.boardSnapshot ? JSON.stringify(before.boardSnapshot) : '';
	const boardAfter = after.boardSnapshot ? JSON.stringify(after.boardSnapshot) : '';
	if (boardBefore !== boardAfter) {
		out.push({ key: 'boardSnapshot', parts: [{ value: boardAfter ? '✓' : '–', change: boardAfter ? 'added' : 'removed' }] });
	}
	return out;
}
