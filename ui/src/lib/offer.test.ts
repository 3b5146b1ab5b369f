import { beforeEach, describe, expect, it } from 'vitest';
import { setLang } from './i18n.svelte';
import { indexText, parseIndex, parsePricing, pricingText, tiersInWords } from './offer';

// The words asserted here are English: pin it, whatever the machine's locale.
beforeEach(() => setLang('en'));

describe('offer pricing text', () => {
  const cases: [string, string, string][] = [
    // text, kind, text written back
    ['total 1198000', 'total', 'total 1198000'],
    ['total 1=80000, 10=95000', 'tiers', 'total 1=80000, 10=95000'],
    ['per-site 1=9500, 5=8500, 10=7000', 'per-site', 'per-site 1=9500, 5=8500, 10=7000'],
    ['  total   42.50 ', 'total', 'total 42.50'],
  ];
  it.each(cases)('%s reads as %s and writes back', (text, kind, back) => {
    const p = parsePricing(text);
    expect(p.kind).toBe(kind);
    expect(pricingText(p)).toBe(back);
  });

  it('leaves out empty tier rows and says the tiers in words', () => {
    const p = { kind: 'tiers' as const, total: '', tiers: [{ from: '1', amount: '100' }, { from: '', amount: '' }, { from: '3', amount: '108' }] };
    expect(pricingText(p)).toBe('total 1=100, 3=108');
    expect(tiersInWords(p, 'USD')).toBe('1–2 participants: 100 USD in all; 3 or more participants: 108 USD in all');
    expect(tiersInWords({ ...p, kind: 'per-site' }, 'EUR')).toContain('108 EUR per site');
  });

  it('reads and writes the index per year', () => {
    const rows = parseIndex('2025=3.1, 2026=2.4');
    expect(rows).toEqual([{ year: '2025', pct: '3.1' }, { year: '2026', pct: '2.4' }]);
    expect(indexText([...rows, { year: '', pct: '' }])).toBe('2025=3.1, 2026=2.4');
    expect(parseIndex('')).toEqual([]);
  });
});
