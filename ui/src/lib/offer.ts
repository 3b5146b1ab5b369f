// An offer version as the form edits it: the pricing text (docs/CSV.md: "total 1198000",
// "total 1=80000, 10=95000", "per-site 1=9500, 5=8500") and the index list ("2025=3.1,
// 2026=2.4") as rows, and back. The backend checks the result; this only shapes it.
import { t } from './i18n.svelte';

export type PricingKind = 'total' | 'tiers' | 'per-site';
export interface Tier { from: string; amount: string }
export interface IndexYear { year: string; pct: string }
export interface Pricing { kind: PricingKind; total: string; tiers: Tier[] }

export function parsePricing(text: string): Pricing {
  const t = text.trim();
  const [word, ...rest] = t.split(/\s+/);
  const body = rest.join(' ');
  if (word === 'per-site' || (word === 'total' && body.includes('='))) {
    return { kind: word === 'per-site' ? 'per-site' : 'tiers', total: '', tiers: parseTiers(body) };
  }
  return { kind: 'total', total: word === 'total' ? body : t, tiers: [{ from: '1', amount: '' }] };
}

function parseTiers(body: string): Tier[] {
  const tiers = body.split(',').map((item) => {
    const [from = '', amount = ''] = item.split('=').map((s) => s.trim());
    return { from, amount };
  }).filter((t) => t.from || t.amount);
  return tiers.length ? tiers : [{ from: '1', amount: '' }];
}

/** The pricing text the backend reads; empty tier rows are left out. */
export function pricingText(p: Pricing): string {
  if (p.kind === 'total') return `total ${p.total.trim()}`;
  const tiers = p.tiers.filter((t) => t.from.trim() || t.amount.trim()).map((t) => `${t.from.trim()}=${t.amount.trim()}`);
  return `${p.kind === 'per-site' ? 'per-site' : 'total'} ${tiers.join(', ')}`;
}

/** Tiers in words: "1–9 participants: 80000 in all; 10 or more: 95000 in all". */
export function tiersInWords(p: Pricing, currency: string): string {
  if (p.kind === 'total') return '';
  const tiers = p.tiers.filter((t) => t.from.trim() && t.amount.trim());
  const each = p.kind === 'per-site' ? 'offers-tier-per-site' : 'offers-tier-in-all';
  return tiers.map((tier, i) => {
    const from = tier.from.trim();
    const next = tiers[i + 1] ? Number(tiers[i + 1].from) - 1 : null;
    const range = next === null ? t('offers-tier-or-more', { from })
      : next > Number(from) ? t('offers-tier-range', { from, to: String(next) }) : t('offers-tier-exact', { count: Number(from) });
    return t(each, { range, amount: tier.amount.trim(), currency });
  }).join('; ');
}

export function parseIndex(text: string): IndexYear[] {
  return text.split(',').map((s) => s.trim()).filter(Boolean).map((item) => {
    const [year = '', pct = ''] = item.split('=').map((s) => s.trim());
    return { year, pct };
  });
}

export function indexText(rows: IndexYear[]): string {
  return rows.filter((r) => r.year.trim() || r.pct.trim()).map((r) => `${r.year.trim()}=${r.pct.trim()}`).join(', ');
}
