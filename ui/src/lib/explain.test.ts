// Explanation steps in the chosen language: the engine's values written the locale's way, plurals
// by Fluent, and a step without a message shown as its English text.
import { afterEach, describe, expect, it } from 'vitest';
import type { Step } from './api';
import { plainStep, stepText } from './explain';
import { setLang } from './i18n.svelte';

afterEach(() => setLang('en'));

const eur = (amount: string) => ({ type: 'money' as const, amount, currency: 'EUR' });

/** "60% of the amount (28,500.00 EUR) goes by fte: ..." as konsortio-core emits it. */
const component: Step = {
  key: 'explain-component',
  text: '60% of the amount (28,500.00 EUR) goes by fte: your weight 50 of 950 in all = 5.2632% → 1,500.00 EUR.',
  args: {
    pct: { type: 'percent', value: '60' }, part: eur('28500.00'), basis: { type: 'text', text: 'fte' },
    weight: { type: 'number', value: '50' }, weights: { type: 'number', value: '950' },
    share_pct: { type: 'percent', value: '5.2632' }, share: eur('1500.00'),
  },
};

const prorata = (num: number): Step => ({
  key: 'explain-prorata-months', text: '',
  args: { num: { type: 'count', count: num }, den: { type: 'count', count: 12 }, from: { type: 'date', date: '2026-07-01' }, to: { type: 'date', date: '2026-12-31' } },
});

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('stepText', () => {
  it('writes a component step in Finnish and Chinese with the locale numbers', () => {
    setLang('fi');
    expect(nbsp(stepText(component))).toBe('Summasta 60 % (28 500,00 €) jaetaan jakoperusteella fte: painosi 50 kaikkien yhteensä 950 painosta = 5,2632 % → 1 500,00 €.');
    setLang('zh');
    expect(stepText(component)).toBe('金额的 60%（€28,500.00）按fte分摊：您的权重为 50，总权重为 950，占 5.2632% → €1,500.00。');
  });

  it('picks the plural form by the count', () => {
    setLang('fi');
    expect(stepText(prorata(1))).toMatch(/^Olet mukana 1 kuukauden jakson 12 kuukaudesta/);
    expect(stepText(prorata(6))).toMatch(/^Olet mukana 6 kuukautta jakson 12 kuukaudesta/);
    setLang('en');
    expect(stepText(prorata(6))).toMatch(/^You take part 6 of the period's 12 months/);
  });

  it('names an unnamed funder in the language', () => {
    const step: Step = {
      key: 'explain-central-fixed', text: 'The central funder pays a fixed 5.00 EUR.',
      args: { funder: { type: 'phrase', id: 'explain-funder-default' }, part: eur('5.00') },
    };
    setLang('sv');
    expect(nbsp(stepText(step))).toBe('Ett fast belopp på 5,00 € betalas av den centrala finansiären.');
  });

  it('shows a step with no message as its English text, in every language', () => {
    setLang('zh');
    expect(stepText(plainStep('You pay 10.00 EUR.'))).toBe('You pay 10.00 EUR.');
    expect(stepText({ key: 'central', text: 'X pays a fixed 5.00 EUR.', args: {} })).toBe('X pays a fixed 5.00 EUR.');
  });
});
