/**
 * What the method pages receive: the content in one language and a light outline of the board
 * template (frames and notes as boxes), never the method modules or model records themselves.
 */
import type { Stage } from '../stages';
import type { Method, MethodLocale, MethodText } from './types';

export interface MethodSummary {
	id: string;
	stage: Stage;
	minutes: number;
	groupSize: readonly [number, number];
	name: string;
	summary: string;
}

/** One frame of a template, as the preview draws it. */
export interface TemplateFrameOutline {
	x: number;
	y: number;
	w: number;
	h: number;
	color: string;
	name: string;
	prompt: string;
	notes: { x: number; y: number; w: number; h: number; color: string; text: string }[];
}

export interface MethodDetail extends MethodSummary {
	text: MethodText;
	template: { frames: TemplateFrameOutline[]; bounds: { x: number; y: number; w: number; h: number } };
}

/** The list entry of a method in a language. */
export function toMethodSummary(method: Method, locale: MethodLocale): MethodSummary {
	const t = method.text[locale];
	return { id: method.id, stage: method.stage, minutes: method.minutes, groupSize: method.groupSize, name: t.name, summary: t.summary };
}

/** A method's full content in a language, with an outline of its template for the preview. */
export function toMethodDetail(method: Method, locale: MethodLocale): MethodDetail {
	let n = 0;
	const records = method.template({ locale, author: '', now: 0, newId: () => `p${++n}` });
	const frames: TemplateFrameOutline[] = [];
	for (const record of records) {
		if (record.type !== 'frame') continue;
		const children = records.filter((r) => r.parentId === record.id);
		const prompt = children.find((c) => c.type === 'text');
		frames.push({
			x: record.x,
			y: record.y,
			w: record.w,
			h: record.h,
			color: record.props.color,
			name: record.props.name,
			prompt: prompt?.type === 'text' ? prompt.props.text : '',
			notes: children.flatMap((c) => (c.type === 'sticky' ? [{ x: c.x, y: c.y, w: c.w, h: c.h, color: c.props.color, text: c.props.text }] : []))
		});
	}
	const minX = Math.min(...frames.map((f) => f.x));
	const minY = Math.min(...frames.map((f) => f.y));
	const maxX = Math.max(...frames.map((f) => f.x + f.w));
	const maxY = Math.max(...frames.map((f) => f.y + f.h));
	return {
		...toMethodSummary(method, locale),
		text: method.text[locale],
		template: { frames, bounds: { x: minX, y: minY, w: maxX - minX, h: maxY - minY } }
	};
}
