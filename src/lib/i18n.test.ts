import { describe, expect, it } from 'vitest';
import { deLocalizePath, localizePath, withoutTrailingSlash } from './i18n';

describe('withoutTrailingSlash', () => {
	it('drops trailing slashes but keeps the root, the query and the hash', () => {
		expect(withoutTrailingSlash('/en/')).toBe('/en');
		expect(withoutTrailingSlash('/en/?a=1#b')).toBe('/en?a=1#b');
		expect(withoutTrailingSlash('/')).toBe('/');
		expect(withoutTrailingSlash('/?a=/b/')).toBe('/?a=/b/');
	});
});

describe('localizePath', () => {
	it('prefixes English and leaves Indonesian bare', () => {
		expect(localizePath('/', 'en')).toBe('/en');
		expect(localizePath('/papan', 'en')).toBe('/en/papan');
		expect(localizePath('/papan?x=1', 'id')).toBe('/papan?x=1');
		expect(localizePath('/', 'id')).toBe('/');
	});
});

describe('deLocalizePath', () => {
	it('strips the English prefix', () => {
		expect(deLocalizePath('/en')).toBe('/');
		expect(deLocalizePath('/en/papan/3?tab=1')).toBe('/papan/3?tab=1');
		expect(deLocalizePath('/papan')).toBe('/papan');
	});
});
