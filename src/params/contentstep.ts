import type { ParamMatcher } from '@sveltejs/kit';

/** The guided-form steps that edit entry fields (media, team and submission have their own routes). */
export const match: ParamMatcher = (param) =>
	param === 'ringkasan' || param === 'cerita' || param === 'dampak' || param === 'pelaksanaan' || param === 'klasifikasi';
