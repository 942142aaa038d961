/**
 * Attachment for a `<details>` menu: Escape closes it and returns focus to its summary; a click or
 * focus outside closes it. Without JavaScript the menu still opens and closes with its summary.
 */
export function dismissible(details: HTMLDetailsElement): () => void {
	const summary = () => details.querySelector('summary');
	const outside = (target: EventTarget | null) => target instanceof Node && !details.contains(target);

	const onKeydown = (event: KeyboardEvent) => {
		if (event.key !== 'Escape' || !details.open) return;
		event.preventDefault();
		details.open = false;
		summary()?.focus();
	};
	const onPointerdown = (event: PointerEvent) => {
		if (details.open && outside(event.target)) details.open = false;
	};
	const onFocusin = (event: FocusEvent) => {
		if (details.open && outside(event.target)) details.open = false;
	};

	details.addEventListener('keydown', onKeydown);
	document.addEventListener('pointerdown', onPointerdown);
	document.addEventListener('focusin', onFocusin);
	return () => {
		details.removeEventListener('keydown', onKeydown);
		document.removeEventListener('pointerdown', onPointerdown);
		document.removeEventListener('focusin', onFocusin);
	};
}
