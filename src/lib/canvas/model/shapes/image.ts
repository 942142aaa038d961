import { finite, idOr, text } from '../fields';
import { MAX_ALT, MAX_SIZE, MIN_SIZE } from '../limits';
import { defineShape, type BaseShape } from '../shape-def';

/**
 * An uploaded picture. The bytes live in the upload store (re-encoded on the server); the record keeps
 * only the asset id, the alt text every image needs, and the natural size for aspect-correct resizing.
 * An empty `assetId` renders as a "missing image" placeholder that still shows the alt text.
 */
export interface ImageProps {
	assetId: string;
	alt: string;
	naturalW: number;
	naturalH: number;
}

export type ImageShape = BaseShape<'image', ImageProps>;

export const imageShape = defineShape<'image', ImageProps>({
	type: 'image',
	props: {
		assetId: idOr(''),
		alt: text(MAX_ALT, { multiline: true }),
		naturalW: finite(1, MIN_SIZE, MAX_SIZE),
		naturalH: finite(1, MIN_SIZE, MAX_SIZE)
	},
	textFields: ['alt'],
	migrations: [],
	defaultSize: { w: 320, h: 240 },
	rotatable: true
});
