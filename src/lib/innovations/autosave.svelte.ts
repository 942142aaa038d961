/**
 * Save-as-you-go for the guided form. Without JavaScript each step is a plain form POST; with it,
 * this posts the same form to the same action a moment after typing stops and when a field loses
 * focus. It never rewrites the inputs (the person may still be typing); it only reports its state.
 */
import { deserialize } from '$app/forms';
import { invalidate } from '$app/navigation';
import type { Attachment } from 'svelte/attachments';

export type AutosaveState = 'idle' | 'dirty' | 'saving' | 'saved' | 'invalid' | 'error';

/** Autosave status of one form, as runes state the page can show. */
export class Autosave {
	state = $state<AutosaveState>('idle');
	savedAt = $state<Date | null>(null);
	errors = $state.raw<Record<string, string>>({});
	#timer: ReturnType<typeof setTimeout> | undefined;
	#inflight: Promise<void> | null = null;
	#again = false;
	/**
	 * Bumped by every full submit. Clicking "save & next" blurs the field first, which starts an
	 * autosave; if that answer arrived after the submit's navigation, its refresh of the old step's
	 * data raced the new step and could land the person back on the old one. Answers from before
	 * the submit are dropped.
	 */
	#generation = 0;
	readonly #delay: number;

	constructor(delay = 1500) {
		this.#delay = delay;
	}

	/** Attach to a `<form method="POST" action="?/save">`. */
	attach: Attachment<HTMLFormElement> = (form) => {
		const schedule = () => {
			this.state = 'dirty';
			clearTimeout(this.#timer);
			this.#timer = setTimeout(() => void this.#save(form), this.#delay);
		};
		const onInput = (event: Event) => {
			if ((event.target as HTMLInputElement | null)?.type === 'file') return;
			schedule();
		};
		const onBlur = () => {
			if (this.state !== 'dirty') return;
			clearTimeout(this.#timer);
			void this.#save(form);
		};
		// A full submit (a button) takes over; a pending or in-flight autosave would only race it.
		const onSubmit = () => {
			clearTimeout(this.#timer);
			this.#generation++;
			this.#again = false;
			if (this.state === 'saving') this.state = 'idle';
		};
		form.addEventListener('input', onInput);
		form.addEventListener('change', onInput);
		form.addEventListener('focusout', onBlur);
		form.addEventListener('submit', onSubmit);
		return () => {
			clearTimeout(this.#timer);
			form.removeEventListener('input', onInput);
			form.removeEventListener('change', onInput);
			form.removeEventListener('focusout', onBlur);
			form.removeEventListener('submit', onSubmit);
		};
	};

	async #save(form: HTMLFormElement): Promise<void> {
		if (this.#inflight) {
			this.#again = true;
			return this.#inflight;
		}
		this.state = 'saving';
		const generation = this.#generation;
		this.#inflight = (async () => {
			try {
				const response = await fetch(form.action, {
					method: 'POST',
					body: new FormData(form),
					headers: { accept: 'application/json', 'x-sveltekit-action': 'true' }
				});
				const result = deserialize(await response.text());
				if (generation !== this.#generation) return;
				if (result.type === 'success') {
					this.errors = {};
					this.savedAt = new Date();
					this.state = 'saved';
					// Refresh only the completeness meter; the inputs keep what the person typed.
					await invalidate('innovation:shell');
				} else if (result.type === 'failure') {
					this.errors = ((result.data as { errors?: Record<string, string> } | undefined)?.errors) ?? {};
					this.state = 'invalid';
				} else {
					this.state = 'error';
				}
			} catch {
				if (generation === this.#generation) this.state = 'error';
			}
		})();
		await this.#inflight;
		this.#inflight = null;
		if (this.#again) {
			this.#again = false;
			await this.#save(form);
		}
	}
}
