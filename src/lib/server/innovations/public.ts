/**
 * Output shaping: content + live data → `PublicInnovation`. Nothing else leaves the server for the
 * entry page or the preview, and Markdown becomes sanitized HTML only here.
 */
import { NARRATIVE_FIELDS } from '../../innovations/fields';
import type { PublicInnovation, PublicMediaItem } from '../../innovations/public-entry';
import type { BoardSnapshotView } from '../../innovations/board-view';
import { sectionTitle } from '../../innovations/labels';
import { boardSnapshotSvg } from './board-svg';
import type { ContentMedia, InnovationContent } from './content';
import { renderMarkdown } from './render/markdown';
import { localizePath } from '../../i18n';
import type { Mentor, TeamMember } from './team';

/** URL of one rendition served by the media route. */
export function mediaUrl(uploadId: string, width: number, format: 'webp' | 'avif'): string {
	return `/media/${uploadId}/${width}.${format}`;
}

/** Maps stored media to `<picture>` sources. */
export function toPublicMedia(media: ContentMedia): PublicMediaItem {
	const srcset = (format: 'webp' | 'avif') =>
		media.variants
			.filter((v) => v.format === format)
			.sort((a, b) => a.width - b.width)
			.map((v) => `${mediaUrl(media.uploadId, v.width, format)} ${v.width}w`)
			.join(', ');
	const largest = media.variants.filter((v) => v.format === 'webp').sort((a, b) => b.width - a.width)[0];
	return {
		alt: media.alt,
		caption: media.caption,
		width: media.width,
		height: media.height,
		src: largest ? mediaUrl(media.uploadId, largest.width, 'webp') : '',
		srcsetWebp: srcset('webp'),
		srcsetAvif: srcset('avif')
	};
}

/** Only http(s) links leave as links; anything else (javascript:, data:) is dropped. */
export function safeHttpUrl(value: string): string | null {
	try {
		const url = new URL(value.trim());
		return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
	} catch {
		return null;
	}
}

export interface PublicEntryInput {
	id: number;
	slug: string;
	featured: boolean;
	publishedAt: Date | null;
	updatedAt: Date;
	content: InnovationContent;
	team: TeamMember[];
	mentors: Mentor[];
	counts: PublicInnovation['counts'];
	board: BoardSnapshotView | null;
	/** Per person: a public profile to link to, and whether they show their position (see `publicProfileFlags`). */
	profiles: Map<number, { linked: boolean; showPosition: boolean }>;
}

/** Shapes an entry for the public page and the preview; both list only members who chose to be shown. */
export function toPublicInnovation(input: PublicEntryInput): PublicInnovation {
	const c = input.content;
	return {
		id: input.id,
		slug: input.slug,
		title: c.title,
		summary: c.summary,
		// Headings are localized here so the page does not ship every field label's messages to the browser.
		sections: NARRATIVE_FIELDS.map((key) => ({ key, title: sectionTitle(key), html: renderMarkdown(c[key]) })).filter((s) => s.html !== ''),
		stage: c.stage,
		stillRunning: c.stillRunning,
		startedOn: c.startedOn,
		endedOn: c.stillRunning ? null : c.endedOn,
		isDigital: c.isDigital,
		form: c.form,
		governmentLevel: c.governmentLevel,
		agency: c.agency ? { name: c.agency.name, kindNameId: c.agency.kindNameId, kindNameEn: c.agency.kindNameEn } : null,
		province: c.province,
		regency: c.regency,
		cohort: c.cohort,
		videoUrl: c.videoUrl ? safeHttpUrl(c.videoUrl) : null,
		awards: c.awards
			.split('\n')
			.map((line) => line.replace(/^[-*•]\s*/, '').trim())
			.filter(Boolean),
		indicators: c.indicators,
		themes: c.themes.map(({ slug, nameId, nameEn }) => ({ slug, nameId, nameEn })),
		sdgs: c.sdgs,
		tags: c.tags,
		media: c.media.map(toPublicMedia),
		board: input.board ? { svg: boardSnapshotSvg(input.board), shapeCount: input.board.shapeCount } : null,
		// A position shows only when its owner made it public on their profile (it is profile data).
		team: input.team
			.filter((t) => t.public)
			.map((t) => ({
				name: t.name,
				handle: t.handle,
				role: t.role,
				position: input.profiles.get(t.userId)?.showPosition ? t.position : '',
				profileHref: profileHref(input.profiles.get(t.userId)?.linked, t.handle)
			})),
		mentors: input.mentors.map((t) => ({ name: t.name, handle: t.handle, profileHref: profileHref(input.profiles.get(t.userId)?.linked, t.handle) })),
		counts: input.counts,
		featured: input.featured,
		publishedAt: input.publishedAt?.toISOString() ?? null,
		updatedAt: input.updatedAt.toISOString()
	};
}

/** The person's public profile page in the request's language, or null when they have none to link. */
function profileHref(linked: boolean | undefined, handle: string): string | null {
	// Built here, not in the page: the entry page ships no link helper of its own (JS budget, issue 7).
	return linked ? localizePath(`/profil/${encodeURIComponent(handle)}`) : null;
}
