/** Localized messages for the image pipeline's refusals, shared by every upload form. */
import * as m from '../../paraglide/messages';
import { IMAGE_LIMITS, type ImageErrorCode } from './images';

/** Upload cap in whole megabytes, as the forms state it. */
export const IMAGE_MAX_MB = Math.round(IMAGE_LIMITS.maxBytes / 1024 / 1024);

/** The message for a refused upload (`missing`: no file was chosen). */
export function imageErrorMessage(code: ImageErrorCode | 'missing'): string {
	switch (code) {
		case 'too_large':
			return m.media_error_too_large({ max: IMAGE_MAX_MB });
		case 'svg':
			return m.media_error_svg();
		case 'too_many_pixels':
			return m.media_error_too_many_pixels();
		case 'too_small':
			return m.media_error_too_small();
		case 'unreadable':
			return m.media_error_unreadable();
		case 'missing':
		case 'empty':
			return m.media_error_missing();
		default:
			return m.media_error_not_an_image();
	}
}
