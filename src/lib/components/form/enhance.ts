/**
 * The `use:enhance` behaviour of forms that show errors from the server: values stay as typed,
 * named fields (passwords) are cleared on failure, and focus moves to the first invalid field — or
 * to the whole-form error — so keyboard and screen-reader users land on what needs fixing.
 */
import { tick } from 'svelte';
import type { SubmitFunction } from '@sveltejs/kit';

export interface EnhanceOptions {
	/** Called when the submission starts and ends (a "busy" flag for the submit button). */
	busy?: (busy: boolean) => void;
	/** Field names emptied after a failed submission (e.g. a rejected password). */
	clearOnFailure?: string[];
	/** Empties the form after a successful submission that stays on the page (password change). */
	resetOnSuccess?: boolean;
	/** Takes over a redirect (return true when handled), e.g. to reload the page fully. */
	onRedirect?: (location: string, formData: FormData) => boolean;
}

/** A submit function for `use:enhance` with the behaviour described above. */
export function enhanceForm(options: EnhanceOptions = {}): SubmitFunction {
	return ({ formElement, formData }) => {
		options.busy?.(true);
		return async ({ result, update }) => {
			try {
				if (result.type === 'redirect' && options.onRedirect?.(result.location, formData)) return;
				await update({ reset: false });
				if (result.type === 'success' && options.resetOnSuccess) formElement.reset();
				if (result.type !== 'failure') return;
				// The errors render on the next tick.
				await tick();
				for (const name of options.clearOnFailure ?? []) {
					const field = formElement.elements.namedItem(name);
					if (field instanceof HTMLInputElement) field.value = '';
				}
				const target =
					formElement.querySelector<HTMLElement>('[aria-invalid="true"]') ??
					formElement.querySelector<HTMLElement>('.form-error:not(:empty)');
				if (target) {
					if (!target.matches('input, select, textarea')) target.tabIndex = -1;
					target.focus();
				}
			} finally {
				options.busy?.(false);
			}
		};
	};
}
