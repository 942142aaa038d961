import { clearBoardCaches } from '$lib/canvas/render/board-cache';

/**
 * Submit handler of the sign-out forms: deletes this browser's offline board copies, then posts the
 * form. Without JavaScript the form posts at once and the next page (signed out) deletes them.
 */
export function signOutClearingCaches(event: SubmitEvent): void {
	const form = event.currentTarget as HTMLFormElement;
	event.preventDefault();
	void clearBoardCaches().finally(() => form.submit());
}
