import { describe, expect, it } from 'vitest';
import { languageSwitchTarget, preferredLocaleRedirect, type PageRequest } from './locale-preference';

const page = (path: string, over: Partial<PageRequest> = {}): PageRequest => ({
	method: 'GET',
	url: new URL(path, 'http://localhost:3000'),
	fetchDest: 'document',
	saved: 'en',
	...over
});

describe('preferredLocaleRedirect', () => {
	it('sends an unprefixed page to the saved language, keeping the query', () => {
		expect(preferredLocaleRedirect(page('/'))).toBe('/en');
		expect(preferredLocaleRedirect(page('/papan?tab=2'))).toBe('/en/papan?tab=2');
	});

	it('leaves explicit English addresses alone', () => {
		expect(preferredLocaleRedirect(page('/en/papan'))).toBeNull();
	});

	it('does nothing without a saved choice, for the default language, or for junk', () => {
		expect(preferredLocaleRedirect(page('/papan', { saved: undefined }))).toBeNull();
		expect(preferredLocaleRedirect(page('/papan', { saved: 'id' }))).toBeNull();
		expect(preferredLocaleRedirect(page('/papan', { saved: 'xx' }))).toBeNull();
	});

	it('only redirects browser page loads', () => {
		expect(preferredLocaleRedirect(page('/papan', { method: 'POST' }))).toBeNull();
		expect(preferredLocaleRedirect(page('/papan', { fetchDest: 'empty' }))).toBeNull();
		expect(preferredLocaleRedirect(page('/papan', { fetchDest: null }))).toBeNull();
	});

	it('never bounces endpoints and files', () => {
		for (const path of ['/bahasa/id?ke=/', '/healthz', '/_app/immutable/x.js', '/feed.xml', '/api/inovasi']) {
			expect(preferredLocaleRedirect(page(path))).toBeNull();
		}
	});
});

describe('languageSwitchTarget', () => {
	it('keeps the page and query when switching language', () => {
		expect(languageSwitchTarget('en', '/papan?x=1')).toEqual({ locale: 'en', location: '/en/papan?x=1' });
		expect(languageSwitchTarget('id', '/en/papan?x=1')).toEqual({ locale: 'id', location: '/papan?x=1' });
		expect(languageSwitchTarget('en', '/')).toEqual({ locale: 'en', location: '/en' });
		expect(languageSwitchTarget('id', '/en')).toEqual({ locale: 'id', location: '/' });
	});

	it('rejects unknown languages', () => {
		expect(languageSwitchTarget('fr', '/')).toBeNull();
	});

	it('never redirects off the site', () => {
		for (const back of ['https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', null, '']) {
			const target = languageSwitchTarget('en', back);
			expect(target?.location).toBe('/en');
		}
	});
});
