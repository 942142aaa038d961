/**
 * Filtering the method library by stage and by words, for `/metode`. The library is small (tens of
 * methods), so a plain scan over the text in the reader's language is instant and needs no index.
 */
import type { Stage } from '../stages';
import type { Method, MethodLocale } from './types';

/** Lower case, accents removed, punctuation to spaces: "Peta Empati" and "peta-empati" match. */
export function normalizeSearchText(value: string): string {
	return value
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

function haystack(method: Method, locale: MethodLocale): string {
	const t = method.text[locale];
	return normalizeSearchText([method.id, t.name, t.summary, t.purpose, t.whenToUse, ...t.steps, ...t.materials].join(' '));
}

/** Methods of `stage` (all when null) whose text in `locale` contains every word of `query`, in library order. */
export function searchMethods(methods: readonly Method[], query: string, locale: MethodLocale, stage: Stage | null = null): Method[] {
	const words = normalizeSearchText(query).split(' ').filter(Boolean);
	return methods.filter((method) => {
		if (stage && method.stage !== stage) return false;
		if (words.length === 0) return true;
		const text = haystack(method, locale);
		// A word matches at the start of any word of the text ("wawan" finds "wawancara").
		return words.every((word) => text.startsWith(word) || text.includes(` ${word}`));
	});
}
