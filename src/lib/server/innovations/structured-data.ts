/**
 * schema.org JSON-LD for an entry page (search engines and link previews). The JSON is made safe
 * to embed inside a <script> element here: every `<` is escaped, so no text in an entry can close
 * the element.
 */
import type { PublicInnovation } from '../../innovations/public-entry';

/** Absolute URL of the entry's lead image (the 960 px WebP, else the largest), or null. */
export function leadImageUrl(entry: PublicInnovation, origin: string): string | null {
	const first = entry.media[0];
	if (!first) return null;
	const candidates = first.srcsetWebp.split(',').map((s) => s.trim().split(' ')[0]!).filter(Boolean);
	const pick = candidates.find((c) => c.endsWith('/960.webp')) ?? first.src;
	return pick ? `${origin}${pick}` : null;
}

/** The JSON-LD document as a string ready for `<script type="application/ld+json">`. */
export function entryJsonLd(entry: PublicInnovation, origin: string): string {
	const url = `${origin}/inovasi/${entry.slug}`;
	const image = leadImageUrl(entry, origin);
	const doc = {
		'@context': 'https://schema.org',
		'@type': 'CreativeWork',
		'@id': url,
		url,
		name: entry.title,
		headline: entry.title,
		abstract: entry.summary,
		description: entry.summary,
		inLanguage: 'id',
		datePublished: entry.publishedAt ?? undefined,
		dateModified: entry.updatedAt,
		image: image ?? undefined,
		keywords: [...entry.themes.map((t) => t.nameId), ...entry.tags.map((t) => t.name)].join(', ') || undefined,
		creativeWorkStatus: entry.stage,
		author: entry.agency ? { '@type': 'GovernmentOrganization', name: entry.agency.name } : undefined,
		contributor: entry.team.map((p) => ({ '@type': 'Person', name: p.name })),
		spatialCoverage: entry.province
			? { '@type': 'Place', name: [entry.regency, entry.province.name].filter(Boolean).join(', '), address: { '@type': 'PostalAddress', addressRegion: entry.province.name, addressCountry: 'ID' } }
			: undefined,
		interactionStatistic: [
			{ '@type': 'InteractionCounter', interactionType: 'https://schema.org/LikeAction', userInteractionCount: entry.counts.appreciations },
			{ '@type': 'InteractionCounter', interactionType: 'https://schema.org/CommentAction', userInteractionCount: entry.counts.comments }
		],
		publisher: { '@type': 'Organization', name: 'Ruang Pijar', url: origin }
	};
	return scriptSafeJson(doc);
}

/**
 * JSON to embed in a `<script type="application/ld+json">` element: every `<` escaped, so no text
 * can close the element, and the two line separators JavaScript once refused.
 */
export function scriptSafeJson(doc: unknown): string {
	return JSON.stringify(doc).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
