import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../lib/i18n.svelte';
import { mockBackend } from '../lib/mock';
import Workbench from './Workbench.svelte';

// The words asserted here are English: pin it, whatever the machine's locale.
beforeEach(() => setLang('en'));

describe('Workbench', () => {
  it('recomputes the shares as the rule is typed, and explains a member', async () => {
    const backend = mockBackend();
    render(Workbench, { backend, year: 2026 });
    await waitFor(() => expect(screen.getByTestId('total').textContent).toContain('100.00'));
    expect(backend.calls).toContain('split D1 2026 -');
    await fireEvent.input(screen.getByRole('textbox', { name: /Funding rule/ }), { target: { value: 'central: 50%; shared: fte' } });
    await waitFor(() => expect(backend.calls).toContain('split D1 2026 central: 50%; shared: fte'));
    await waitFor(() => expect(screen.getByTestId('funder').textContent).toContain('50.00'));
    expect(screen.getByTestId('sum').textContent).toContain('100.00');
    await fireEvent.click(screen.getByText('Chalmers'));
    await waitFor(() => expect(screen.getByTestId('explanation').textContent).toContain('SE-C in D1 2026'));
  });

  it('explains a share in the chosen language, and again on a switch', async () => {
    render(Workbench, { backend: mockBackend(), year: 2026 });
    await waitFor(() => screen.getByText('Chalmers'));
    await fireEvent.click(screen.getByText('Chalmers'));
    const explanation = () => (screen.getByTestId('explanation').textContent ?? '').replace(/[\u00a0\u202f]/g, ' ');
    await waitFor(() => expect(explanation()).toContain('You pay €50.00; The central funder pays €50.00 for you'));
    setLang('fi');
    await waitFor(() => expect(explanation()).toContain('Maksat 50,00 €; keskusrahoittaja maksaa puolestasi 50,00 €'));
    // A step with no message keeps its words.
    expect(explanation()).toContain('SE-C in D1 2026');
  });

  it('shows a bad rule as an error, not a wrong table', async () => {
    const backend = mockBackend({
      split: async (_d, _y, rule) => {
        if (rule) throw { code: 'input', message: "rule clause 'shared: fee': unknown basis", field: null };
        return mockBackend().split('D1', 2026);
      },
    });
    render(Workbench, { backend, year: 2026 });
    await waitFor(() => screen.getByTestId('total'));
    await fireEvent.input(screen.getByRole('textbox', { name: /Funding rule/ }), { target: { value: 'shared: fee' } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('unknown basis'));
  });
});

describe('Workbench: saving the rule to the deal', () => {
  it('makes the typed rule the deal rule, and undoes it', async () => {
    const backend = mockBackend();
    render(Workbench, { backend, year: 2026 });
    await waitFor(() => screen.getByTestId('total'));
    const save = screen.getByRole('button', { name: 'Save rule to deal' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    await fireEvent.input(screen.getByRole('textbox', { name: /Funding rule/ }), { target: { value: 'central: 50%; shared: fte' } });
    await waitFor(() => expect(save.disabled).toBe(false));
    await fireEvent.click(save);
    await waitFor(() => expect(backend.calls).toContain('save deals D1,R1,Big deal,2026-01-01,2026-12-31,open,,central: 50%; shared: fte'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Saved the rule of D1'));
    expect((screen.getByRole('button', { name: 'Finalise' }) as HTMLButtonElement).disabled).toBe(false);

    await fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(backend.calls.filter((c) => c.startsWith('save deals')).at(-1)).toBe('save deals D1,R1,Big deal,2026-01-01,2026-12-31,open,,shared: fte'));
    await waitFor(() => expect((screen.getByRole('textbox', { name: /Funding rule/ }) as HTMLInputElement).value).toBe('shared: fte'));
  });

  it('keeps a speed mark of the time from a key to the new shares on screen', async () => {
    const backend = mockBackend();
    window.__konsortioMarks = [];
    render(Workbench, { backend, year: 2026 });
    await waitFor(() => screen.getByTestId('total'));
    await fireEvent.input(screen.getByRole('textbox', { name: /Funding rule/ }), { target: { value: 'shared: equal' } });
    await waitFor(() => expect(window.__konsortioMarks?.some((m) => m.name === 'rule-change')).toBe(true));
  });
});

describe('Workbench: comparing rules', () => {
  it('lines up three rules per member with the change against last year and the stand-alone price', async () => {
    const backend = mockBackend();
    render(Workbench, { backend, year: 2026 });
    await waitFor(() => screen.getByTestId('total'));
    await fireEvent.input(document.querySelector('[name=rule-b]')!, { target: { value: 'central: 50%; shared: equal' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Add a rule' }));
    await fireEvent.input(document.querySelector('[name=rule-c]')!, { target: { value: 'shared: equal' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Compare' }));
    await waitFor(() => expect(backend.calls).toContain('compare D1 2026 A=shared: fte | B=central: 50%; shared: equal | C=shared: equal'));
    const grid = await screen.findByRole('grid', { name: 'Comparison' });
    const headers = () => within(grid.closest('.datatable') as HTMLElement).getAllByRole('columnheader').map((h) => h.textContent?.trim());
    expect(headers()).toEqual(['Member', 'Name', 'Last year', 'Stand-alone', 'A pays', 'B pays', 'C pays', 'A vs last year', 'B vs last year', 'C vs last year']);
    // FI-A pays 33.34 under A, 30.00 last year: +3.34, +11.1 %.
    const cells = () => [...within(grid).getByText('FI-A').closest('[role=row]')!.querySelectorAll('[role=gridcell]')];
    expect(cells()[4].textContent).toContain('33.34');
    expect(cells()[7].textContent).toMatch(/^\+.*3\.34 \(\+11\.1 %\)$/);
    expect(cells()[7].classList.contains('up')).toBe(true);
    expect(screen.getByTestId('scenario-B').textContent).toContain('funder');
    // Only FI-A had a share last year: one bar per rule.
    expect(screen.getByRole('img', { name: /more or less than last year/ }).querySelectorAll('rect.bar')).toHaveLength(3);
    // Against the stand-alone price of 60.00, B's 16.67 is 43.33 less.
    await fireEvent.click(screen.getByRole('radio', { name: /stand-alone price/ }));
    expect(headers()).toContain('B vs stand-alone');
    expect(cells()[8].textContent).toMatch(/^-.*43\.33 \(-72\.2 %\)$/);
    expect(cells()[8].classList.contains('down')).toBe(true);
    // What each pays: a bar per member and rule; sorting the table by B reorders the chart.
    await fireEvent.click(screen.getByRole('radio', { name: 'What each member pays' }));
    expect(headers()).toHaveLength(7);
    expect(screen.getByRole('img', { name: /pays under rules A, B, C/ }).querySelectorAll('rect.bar')).toHaveLength(9);
    await fireEvent.click(screen.getByRole('button', { name: 'B pays' }));
    expect(screen.getByRole('img').querySelector('text.member')!.textContent).toBe('TR-B');
  });

  it('says what is missing rather than comparing one rule', async () => {
    render(Workbench, { backend: mockBackend(), year: 2026 });
    await waitFor(() => screen.getByTestId('total'));
    await fireEvent.click(screen.getByRole('button', { name: 'Compare' }));
    expect(screen.getByRole('alert').textContent).toContain('at least one more rule');
  });
});
