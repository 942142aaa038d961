/**
 * `use:enhance` for pages that must stay light (the entry page's 60 KB JavaScript budget): SvelteKit's
 * form code is fetched on the first submit of a form, and that submit is then replayed through it.
 * Without JavaScript, or when the code cannot be loaded, the form posts the ordinary way.
 */
import type { Attachment } from 'svelte/attachments';

/** Attachment for a POST form: progressive enhancement, loaded on first use. */
export const lazyEnhance: Attachment<HTMLFormElement> = (form) => {
	let destroy: (() => void) | null = null;
	let loading = false;
	const onSubmit = (event: SubmitEvent) => {
		event.preventDefault();
		// A second click while the code loads must not post twice.
		if (loading) return;
		loading = true;
		const submitter = event.submitter;
		const replay = () => {
			form.removeEventListener('submit', onSubmit);
			form.requestSubmit(submitter);
		};
		import('$app/forms').then(({ enhance }) => {
			destroy = enhance(form).destroy;
			replay();
		}, replay);
	};
	form.addEventListener('submit', onSubmit);
	return () => {
		form.removeEventListener('submit', onSubmit);
		destroy?.();
	};
};
