// Locale-aware formatting, sorting and search. Money is formatted from its exact text.
import type { Amount } from './api';
import { intlLocale, langOf, onLangChange } from './i18n.svelte';

/** The Intl locale of the chosen language, kept current on a switch (a live binding). The
 * functions below read `intlLocale()` themselves, so a view showing them follows a switch. */
export let locale = intlLocale();
onLangChange(() => { locale = intlLocale(); });

export function usableLocale(tag: string | undefined): string {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag ?? []);
    return canonical && canonical.toLowerCase() !== 'c' && canonical.toLowerCase() !== 'posix' ? canonical : 'en-GB';
  } catch {
    return 'en-GB';
  }
}

/** Money as the locale writes it, computed from the exact decimal text (no float). */
export function money(a: Amount | null | undefined, loc = intlLocale()): string {
  if (!a) return '';
  const negative = a.amount.startsWith('-');
  const [whole, fraction = ''] = a.amount.replace('-', '').split('.');
  const format = new Intl.NumberFormat(loc, {
    style: 'currency', currency: a.currency, minimumFractionDigits: fraction.length, maximumFractionDigits: fraction.length,
  });
  // The locale's pattern (sign, symbol, separators) from ±1, filled with the exact digits.
  const grouped = format.formatToParts(BigInt(whole)).filter((p) => p.type === 'integer' || p.type === 'group');
  const parts = format
    .formatToParts(negative ? -1n : 1n)
    .map((p) => ({ ...p, value: p.type === 'integer' ? grouped.map((g) => g.value).join('') : p.type === 'fraction' ? fraction : p.value }));
  if (langOf(loc) === 'tr') {
    // Turkish writes the lira after the amount, "1.234,56 ₺" as "1.234,56 TL", where CLDR
    // puts it first (DECISIONS 39).
    const sign = parts.find((p) => p.type === 'currency')?.value ?? a.currency;
    const digits = parts.filter((p) => p.type !== 'currency' && p.type !== 'literal').map((p) => p.value).join('');
    return `${digits}\u00a0${sign}`;
  }
  return parts.map((p) => p.value).join('');
}

/** An exact decimal ("1234.5") as the locale writes it: "1,234.5", "1 234,5". */
export function decimal(plain: string, loc = intlLocale()): string {
  const negative = plain.startsWith('-');
  const [whole, fraction = ''] = plain.replace('-', '').split('.');
  const format = new Intl.NumberFormat(loc, { minimumFractionDigits: fraction.length, maximumFractionDigits: fraction.length });
  const grouped = format.formatToParts(BigInt(whole)).filter((p) => p.type === 'integer' || p.type === 'group');
  const mark = fraction ? (format.formatToParts(0.5).find((p) => p.type === 'decimal')?.value ?? '.') : '';
  return `${negative ? '-' : ''}${grouped.map((p) => p.value).join('')}${mark}${fraction}`;
}

/** A percentage given as exact decimal text ("12.5" for 12.5 %) as the locale writes it:
 * "12.5%", "12,5 %", "%12,5". */
export function percent(plain: string, loc = intlLocale()): string {
  const parts = new Intl.NumberFormat(loc, { style: 'percent' }).formatToParts(1);
  const number = decimal(plain, loc);
  let placed = false;
  return parts
    .map((p) => (p.type === 'integer' || p.type === 'group' ? (placed ? '' : ((placed = true), number)) : p.value))
    .join('');
}

/** The difference b - a of two amounts in one currency, exactly (minor units as BigInt). */
export function minus(b: Amount, a: Amount): Amount {
  const digits = Math.max(decimals(a), decimals(b));
  const diff = minor(b, digits) - minor(a, digits);
  return { amount: fromMinor(diff, digits), currency: b.currency };
}

function decimals(a: Amount): number {
  return (a.amount.split('.')[1] ?? '').length;
}

function minor(a: Amount, digits: number): bigint {
  const [whole, fraction = ''] = a.amount.split('.');
  const negative = whole.startsWith('-');
  const v = BigInt(whole.replace('-', '') + fraction.padEnd(digits, '0'));
  return negative ? -v : v;
}

function fromMinor(v: bigint, digits: number): string {
  const negative = v < 0n;
  const s = (negative ? -v : v).toString().padStart(digits + 1, '0');
  const text = digits ? `${s.slice(0, -digits)}.${s.slice(-digits)}` : s;
  return negative ? `-${text}` : text;
}

/** The exact sum of amounts in one currency. */
export function sum(amounts: Amount[], currency: string): Amount {
  const digits = Math.max(0, ...amounts.map(decimals));
  const total = amounts.reduce((acc, a) => acc + minor(a, digits), 0n);
  return { amount: fromMinor(total, digits), currency };
}

/** Compares two amounts' values (for sorting). */
export function compareAmounts(a: Amount | null, b: Amount | null): number {
  if (!a || !b) return (a ? 1 : 0) - (b ? 1 : 0);
  const digits = Math.max(decimals(a), decimals(b));
  const d = minor(a, digits) - minor(b, digits);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** Compares numbers written as decimal text by value, exactly; blanks first, and text that
 * is not a number as text. */
export function compareDecimals(a: string, b: string): number {
  if (!DECIMAL.test(a) || !DECIMAL.test(b)) {
    return a === '' || b === '' ? (a === '' ? 0 : 1) - (b === '' ? 0 : 1) : compareText(a, b);
  }
  return compareAmounts({ amount: a, currency: '' }, { amount: b, currency: '' });
}

export function date(iso: string | null, loc = intlLocale()): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(loc, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

/** A date as the locale types it, all numbers: "22.11.2026" in Finnish, "2026-11-22" in
 * Swedish, "2026/11/22" in Chinese, "22/11/2026" in British English. Text that is not an ISO
 * date (a half-typed one) is returned as it is. */
export function dateField(iso: string, loc = intlLocale()): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return numericDate(loc).format(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/** The ISO date of what a user typed in the locale's order (day, month and year in any of
 * its separators), or as ISO (2026-11-22, always understood); null when it is no date. */
export function parseDateField(text: string, loc = intlLocale()): string | null {
  const groups = text.trim().split(/[^0-9]+/).filter(Boolean);
  if (groups.length !== 3) return null;
  const order = groups[0].length === 4 ? ['year', 'month', 'day'] : dateOrder(loc);
  const at = (part: string) => Number(groups[order.indexOf(part)]);
  const [y, mo, d] = [at('year'), at('month'), at('day')];
  if (String(y).length !== 4) return null;
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** How the locale writes today, for a field's placeholder: "pp.kk.vvvv" is not CLDR's, so the
 * example is a date ("31.12.2026"). */
export function dateExample(loc = intlLocale()): string {
  return dateField('2026-12-31', loc);
}

function numericDate(loc: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(loc, { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });
}

/** The order of year, month and day in the locale's numeric date. */
function dateOrder(loc: string): string[] {
  return numericDate(loc).formatToParts(Date.UTC(2026, 11, 31)).map((p) => p.type).filter((t) => t === 'year' || t === 'month' || t === 'day');
}

const collators = new Map<string, Intl.Collator>();

/** The collator of a locale, made once: Chinese sorts by pinyin (ICU's default for zh). */
function collator(loc: string): Intl.Collator {
  let c = collators.get(loc);
  if (!c) collators.set(loc, (c = new Intl.Collator(loc, { numeric: true, sensitivity: 'base' })));
  return c;
}

/** Sorts text as the chosen language does (Swedish å ä ö after z, Chinese by pinyin, numbers
 * by value). */
export function compareText(a: string, b: string, loc = intlLocale()): number {
  return collator(loc).compare(a, b);
}

/** Case- and accent-insensitive search that respects the language's own letters. */
export function matches(text: string, query: string, loc = intlLocale()): boolean {
  const fold = (s: string) => s.toLocaleLowerCase(loc).normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i');
  return fold(text).includes(fold(query.trim()));
}
