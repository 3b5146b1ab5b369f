// A share's explanation in the chosen language: each step's message (locales/*.ftl, the
// `explain-…` keys konsortio-core emits) with its typed values written as the locale writes
// them; the step's English text where its key has no message (steps stored before keys named
// sentence forms, or an error shown in place of the steps). Decision 43.
import type { Step, StepValue } from './api';
import { date, decimal, money, percent } from './format';
import { has, t } from './i18n.svelte';

/** A step in the current language (reactive: call it while rendering). */
export function stepText(step: Step): string {
  if (!step.key || !has(step.key)) return step.text;
  const args: Record<string, string | number> = {};
  for (const [name, v] of Object.entries(step.args ?? {})) args[name] = value(v);
  return t(step.key, args);
}

/** A step known only by its words (an error shown where the steps would be). */
export function plainStep(text: string): Step {
  return { key: '', text, args: {} };
}

/** Counts stay numbers, so that Fluent picks the plural form; years are text, ungrouped. */
function value(v: StepValue): string | number {
  switch (v.type) {
    case 'text': return v.text;
    case 'number': return decimal(v.value);
    case 'percent': return percent(v.value);
    case 'money': return money({ amount: v.amount, currency: v.currency });
    case 'count': return v.count;
    case 'year': return String(v.year);
    case 'date': return date(v.date);
    case 'phrase': return has(v.id) ? t(v.id) : v.id;
    case 'detail': return stepText(v.step);
  }
}
