// The UI's words (../locales/*.ftl, the files the Rust side reads), the chosen language and t().
/// <reference types="vite/client" />
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import en from '../../../locales/en.ftl?raw';
import fi from '../../../locales/fi.ftl?raw';
import sv from '../../../locales/sv.ftl?raw';
import tr from '../../../locales/tr.ftl?raw';
import zh from '../../../locales/zh.ftl?raw';

export type Lang = 'en' | 'fi' | 'sv' | 'tr' | 'zh';

/** Each language named in itself, as the picker shows it, with the Fluent source. */
export const LANGUAGES: { code: Lang; name: string; source: string }[] = [
  { code: 'en', name: 'English', source: en },
  { code: 'fi', name: 'suomi', source: fi },
  { code: 'sv', name: 'svenska', source: sv },
  { code: 'tr', name: 'Türkçe', source: tr },
  { code: 'zh', name: '简体中文', source: zh },
];

/** The Intl locale of each language when the system's own locale is of another language. */
const DEFAULT_LOCALE: Record<Lang, string> = { en: 'en-GB', fi: 'fi-FI', sv: 'sv-SE', tr: 'tr-TR', zh: 'zh-CN' };

/** Where the choice is remembered: the webview's localStorage (per user, per app). */
export const STORAGE_KEY = 'konsortio.lang';

const bundles = new Map<Lang, FluentBundle>(
  LANGUAGES.map(({ code, source }) => {
    // No isolation marks around arguments: no language here is written right to left.
    const bundle = new FluentBundle(code, { useIsolating: false });
    const errors = bundle.addResource(new FluentResource(source));
    if (errors.length) throw new Error(`locales/${code}.ftl: ${errors.join('; ')}`);
    return [code, bundle];
  }),
);

/** The language a tag names ("fi-FI", "sv", "zh-Hans-CN"), or null for one we do not speak. */
export function langOf(tag: string | null | undefined): Lang | null {
  const primary = (tag ?? '').split(/[-_.@]/)[0].toLowerCase();
  return LANGUAGES.some((l) => l.code === primary) ? (primary as Lang) : null;
}

function systemTag(): string | undefined {
  return typeof navigator !== 'undefined' ? navigator.language : undefined;
}

function stored(): string | null {
  try { return localStorage.getItem(STORAGE_KEY); } catch { return null; }
}

/** The remembered choice, else the system's language (first start), else English. */
export function initialLang(): Lang {
  return langOf(stored()) ?? langOf(systemTag()) ?? 'en';
}

const state = $state<{ lang: Lang }>({ lang: initialLang() });
if (typeof document !== 'undefined') document.documentElement.lang = state.lang;

/** The language the UI speaks now (reactive: views that read it follow a switch). */
export function currentLang(): Lang {
  return state.lang;
}

const listeners: (() => void)[] = [];

/** Hears every switch of language (format.ts keeps its `locale` binding current). */
export function onLangChange(listener: () => void) {
  listeners.push(listener);
}

/** Switches the whole UI at once and remembers the choice. */
export function setLang(lang: Lang) {
  state.lang = lang;
  listeners.forEach((l) => l());
  try { localStorage.setItem(STORAGE_KEY, lang); } catch { /* private mode: the choice lasts this run */ }
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

/** The Intl locale of the current language: the system's own when it is of that language
 * (keeps its region, e.g. sv-FI or en-US), else the language's usual one. */
export function intlLocale(lang: Lang = state.lang): string {
  const system = systemTag();
  if (system && langOf(system) === lang) {
    try { return Intl.getCanonicalLocales(system)[0]; } catch { /* fall through */ }
  }
  return DEFAULT_LOCALE[lang];
}

/** The message `id` in the current language, its `{ $name }`s from `args`; English if the
 * language lacks it (the resource tests make that a failing build), the id if English does too. */
export function t(id: string, args?: Record<string, FluentVariable>): string {
  for (const lang of [state.lang, 'en'] as Lang[]) {
    const bundle = bundles.get(lang)!;
    const message = bundle.getMessage(id);
    if (message?.value) return bundle.formatPattern(message.value, args);
  }
  return id;
}

/** Whether a message exists (e.g. an error code with its own words). */
export function has(id: string): boolean {
  return bundles.get('en')!.hasMessage(id);
}
