import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime';

// `/en/...` URLs serve the same routes as the Indonesian ones.
export const reroute: Reroute = (request) => deLocalizeUrl(request.url).pathname;
