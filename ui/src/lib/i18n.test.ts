// The translations as the UI reads them: every key in every language with the same variables, plurals, switching.
import { FluentResource } from '@fluent/bundle';
import { afterEach, describe, expect, it } from 'vitest';
import { currentLang, intlLocale, langOf, LANGUAGES, setLang, STORAGE_KEY, t } from './i18n.svelte';

type Node = string | { type: string; name?: string; selector?: Node; variants?: { value: Node[] | string }[]; args?: Node[]; value?: Node };

/** The variables a pattern names, in any variant or function argument. */
function vars(pattern: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(pattern)) pattern.forEach((p) => vars(p, out));
  else if (pattern && typeof pattern === 'object') {
    const n = pattern as Exclude<Node, string>;
    if (n.type === 'var' && n.name) out.add(n.name);
    if (n.selector) vars(n.selector, out);
    n.variants?.forEach((v) => vars(v.value, out));
    n.args?.forEach((a) => vars(a, out));
    if (n.type === 'narg') vars(n.value, out);
  }
  return out;
}

/** Each message id with its variables; fails on text the parser skipped as junk. */
function keys(code: string, source: string): Map<string, string[]> {
  const resource = new FluentResource(source) as unknown as { body: { id: string; value: unknown; attributes: Record<string, unknown> }[] };
  const declared = source.split('\n').filter((l) => /^-?[a-zA-Z][\w-]*\s*=/.test(l)).length;
  expect(resource.body.length, `${code}.ftl: a message did not parse`).toBe(declared);
  return new Map(resource.body.map((m) => [m.id, [...vars(m.value)].sort()]));
}

afterEach(() => setLang('en'));

describe('the translation files, as the UI reads them', () => {
  it('have every key of en.ftl in every language, with the same variables', () => {
    const english = keys('en', LANGUAGES[0].source);
    expect(english.size).toBeGreaterThan(100);
    for (const { code, source } of LANGUAGES) {
      const other = keys(code, source);
      const problems = [...english].flatMap(([id, v]) =>
        !other.has(id) ? [`${code} lacks ${id}`] : other.get(id)!.join() !== v.join() ? [`${code} ${id}: ${other.get(id)} vs ${v}`] : []);
      problems.push(...[...other.keys()].filter((id) => !english.has(id)).map((id) => `${code} has extra ${id}`));
      expect(problems).toEqual([]);
    }
  });

  it('pick plural forms by the language rules', () => {
    setLang('fi');
    expect([t('renewals-running', { count: 1 }), t('renewals-running', { count: 4 })])
      .toEqual(['1 voimassa oleva lisenssi tai sopimus;', '4 voimassa olevaa lisenssiä ja sopimusta;']);
    setLang('en');
    expect(t('renewals-running', { count: 1 })).toBe('1 running licence or deal;');
  });
});

describe('the chosen language', () => {
  it('is named by system locales, switches at once and is remembered', () => {
    expect([langOf('fi-FI'), langOf('sv_SE.UTF-8'), langOf('zh-Hans-CN'), langOf('de-DE'), langOf(undefined)]).toEqual(['fi', 'sv', 'zh', null, null]);
    setLang('zh');
    expect(currentLang()).toBe('zh');
    expect(t('app-nav-members')).toBe('成员馆');
    expect(localStorage.getItem(STORAGE_KEY)).toBe('zh');
    expect(document.documentElement.lang).toBe('zh');
    expect(intlLocale()).toBe('zh-CN');
    setLang('tr');
    expect(intlLocale()).toBe('tr-TR');
  });

  it('translates a backend error by its code, keeping its detail', async () => {
    const { errorText } = await import('./api');
    const e = { code: 'referenced', message: "FI-HY has finalised shares", field: null };
    expect(errorText(e)).toBe('FI-HY has finalised shares');
    setLang('fi');
    expect(errorText(e)).toBe('Muut tiedot viittaavat tähän: FI-HY has finalised shares');
    expect(errorText({ code: 'unknown_code', message: 'as it came', field: null })).toBe('as it came');
  });
});
