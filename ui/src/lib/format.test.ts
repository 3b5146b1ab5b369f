import { describe, expect, it } from 'vitest';
import { compareDecimals, compareText, dateField, matches, minus, money, parseDateField, sum, usableLocale } from './format';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('money is formatted from its exact text, per locale', () => {
  it.each([
    ['en-GB', { amount: '1234.56', currency: 'EUR' }, '€1,234.56'],
    ['fi-FI', { amount: '1234.56', currency: 'EUR' }, '1 234,56 €'],
    ['tr-TR', { amount: '1234.56', currency: 'TRY' }, '1.234,56 ₺'],
    ['zh-CN', { amount: '1234.56', currency: 'CNY' }, '¥1,234.56'],
    ['en-GB', { amount: '12345678901234567.89', currency: 'EUR' }, '€12,345,678,901,234,567.89'],
    ['en-GB', { amount: '-0.05', currency: 'EUR' }, '-€0.05'],
    ['ja-JP', { amount: '1500', currency: 'JPY' }, '￥1,500'],
  ])('%s %o', (loc, amount, text) => {
    expect(nbsp(money(amount, loc))).toBe(nbsp(text));
  });
});

describe('a date field reads and writes the locale\'s numeric date', () => {
  it.each([
    ['fi-FI', '2026-03-01', '1.3.2026'],
    ['sv-SE', '2026-03-01', '2026-03-01'],
    ['tr-TR', '2026-03-01', '01.03.2026'],
    ['zh-CN', '2026-03-01', '2026/3/1'],
    ['en-GB', '2026-03-01', '01/03/2026'],
    ['en-US', '2026-03-01', '3/1/2026'],
  ])('%s writes %s as %s, and reads it back', (loc, iso, shown) => {
    expect(dateField(iso, loc)).toBe(shown);
    expect(parseDateField(shown, loc)).toBe(iso);
  });

  it.each([
    ['fi-FI', '31.12.2026', '2026-12-31'],
    ['fi-FI', '2026-12-31', '2026-12-31'], // ISO is always understood
    ['en-US', '12/31/2026', '2026-12-31'],
    ['tr-TR', '31/12/2026', '2026-12-31'], // any separator
    ['fi-FI', '31.2.2026', null],          // no such day
    ['fi-FI', '12.2026', null],
    ['fi-FI', '1.3.26', null],             // a two-digit year is not guessed
    ['fi-FI', '', null],
  ])('%s reads %j as %s', (loc, text, iso) => {
    expect(parseDateField(text, loc)).toBe(iso);
  });

  it('leaves a half-typed date as it is', () => {
    expect(dateField('2026-1', 'fi-FI')).toBe('2026-1');
  });
});

describe('the locale', () => {
  it('falls back to en-GB when the system reports none Intl knows', () => {
    expect(usableLocale('fi-FI')).toBe('fi-FI');
    expect(usableLocale('C')).toBe('en-GB');
    expect(usableLocale('en_US.UTF-8')).toBe('en-GB');
    expect(usableLocale(undefined)).toBe('en-GB');
  });
});

describe('exact arithmetic on amounts', () => {
  it('subtracts and sums without floats', () => {
    expect(minus({ amount: '0.30', currency: 'EUR' }, { amount: '0.10', currency: 'EUR' }).amount).toBe('0.20');
    expect(minus({ amount: '10.00', currency: 'EUR' }, { amount: '12.50', currency: 'EUR' }).amount).toBe('-2.50');
    const cents = Array.from({ length: 10 }, () => ({ amount: '0.10', currency: 'EUR' }));
    expect(sum(cents, 'EUR').amount).toBe('1.00');
  });
});

describe('search and sorting respect the language', () => {
  it('finds İstanbul when searching istanbul in Turkish', () => {
    expect(matches('İstanbul Üniversitesi', 'istanbul', 'tr-TR')).toBe(true);
    expect(matches('Boğaziçi', 'bogazici', 'tr-TR')).toBe(true);
    expect(matches('Aalto', 'xyz', 'fi-FI')).toBe(false);
  });
  it('sorts decimal text by exact value, blanks first', () => {
    expect(['10.5', '', '-2', '9007199254740993.01', '9007199254740993.00', '2'].sort(compareDecimals))
      .toEqual(['', '-2', '2', '10.5', '9007199254740993.00', '9007199254740993.01']);
  });
  it('sorts numbers inside codes by value', () => {
    expect(['M10', 'M9', 'M100'].sort(compareText)).toEqual(['M9', 'M10', 'M100']);
  });
});
