import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import Harness from './DateInputHarness.test.svelte';
import { setLang } from './i18n.svelte';

const field = () => screen.getByRole('textbox') as HTMLInputElement;
const iso = () => screen.getByTestId('iso').textContent;

describe('a date field in the chosen language', () => {
  afterEach(() => setLang('en'));

  it('shows the date as the language writes it, and follows a switch', () => {
    setLang('fi');
    render(Harness, { initial: '2026-03-01' });
    expect(field().value).toBe('1.3.2026');
    setLang('zh');
    flushSync();
    expect(field().value).toBe('2026/3/1');
  });

  it("reads what is typed in the language's order, or as ISO, into an ISO value", async () => {
    setLang('fi');
    render(Harness, { initial: '2026-03-01' });
    // (typed, the value the form gets)
    for (const [typed, value] of [['31.12.2026', '2026-12-31'], ['2027-01-02', '2027-01-02'], ['31.2.2026', '31.2.2026']]) {
      await fireEvent.input(field(), { target: { value: typed } });
      expect(iso()).toBe(value);
    }
  });
});
