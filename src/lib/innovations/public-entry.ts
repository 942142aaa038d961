/**
 * The shape of an entry as pages render it (public page and the team's preview share it, so the
 * preview is exactly what will be published). Built on the server by `toPublicInnovation`; HTML
 * fields are already sanitized there.
 */
import type { GovernmentLevel, InnovationForm, InnovationStage, NarrativeField } from './fields';

export interface PublicBoardSnapshot {
	svg: string;
	shapeCount: number;
}

export interface PublicMediaItem {
	alt: string;
	caption: string;
	width: number;
	height: number;
	/** Largest WebP rendition (the `<img>` fallback). */
	src: string;
	srcsetWebp: string;
	srcsetAvif: string;
}

export interface PublicIndicator {
	name: string;
	baseline: string;
	value: string;
	unit: string;
	measuredOn: string | null;
	source: string;
}

export interface PublicInnovation {
	id: number;
	slug: string;
	title: string;
	summary: string;
	/** Narrative sections that have content, in page order: heading in the reader's language, sanitized HTML. */
	sections: { key: NarrativeField; title: string; html: string }[];
	stage: InnovationStage;
	stillRunning: boolean;
	startedOn: string | null;
	endedOn: string | null;
	isDigital: boolean;
	form: InnovationForm;
	governmentLevel: GovernmentLevel | null;
	agency: { name: string; kindNameId: string; kindNameEn: string } | null;
	province: { code: string; name: string } | null;
	regency: string;
	cohort: string;
	/** http(s) link to a video, or null. */
	videoUrl: string | null;
	awards: string[];
	indicators: PublicIndicator[];
	themes: { slug: string; nameId: string; nameEn: string }[];
	sdgs: { number: number; nameId: string; nameEn: string }[];
	tags: { slug: string; name: string }[];
	media: PublicMediaItem[];
	/** The team's board as inline SVG markup, serialized on the server (every board text escaped). */
	board: PublicBoardSnapshot | null;
	/** `profileHref`: the person's public page (`/profil/<handle>`, localized), or null when they have none. */
	team: { name: string; handle: string; role: 'lead' | 'member'; position: string; profileHref: string | null }[];
	mentors: { name: string; handle: string; profileHref: string | null }[];
	counts: { appreciations: number; views: number; comments: number; replications: number };
	featured: boolean;
	publishedAt: string | null;
	updatedAt: string;
}
