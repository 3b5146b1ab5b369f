import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../lib/i18n.svelte';
import { mockBackend } from '../lib/mock';
import LicenceTerms from './LicenceTerms.svelte';

// The words asserted here are English: pin it, whatever the machine's locale.
beforeEach(() => setLang('en'));

async function shown() {
  const backend = mockBackend();
  const { vocabulary } = await backend.info();
  render(LicenceTerms, { backend, vocabulary });
  const grid = await screen.findByRole('table', { name: 'Terms of L1' });
  return { backend, grid };
}

const rowOf = (table: HTMLElement, term: string) => table.querySelector(`tr[data-term=${term}]`) as HTMLElement;

describe('Licence terms', () => {
  it('shows every term of a licence with its permission labelled and coloured, and what is not recorded', async () => {
    const { grid } = await shown();
    const tdm = rowOf(grid, 'text_data_mining');
    expect(tdm.textContent).toContain('Text and data mining');
    expect(within(tdm).getByText(/Permitted \(interpreted\)/).className).toContain('permitted-soft');
    expect(tdm.textContent).toContain('Clause 4.2');
    expect(within(rowOf(grid, 'perpetual_access')).getByText(/Prohibited \(explicit\)/).className).toContain('prohibited');
    expect(rowOf(grid, 'walk_in_users').textContent).toContain('Not recorded');
    expect(rowOf(grid, 'authorised_users').textContent).toContain('Staff and students');
    expect(screen.getByText('4 of 6 terms recorded. Click a term to change it.')).toBeTruthy();
  });

  it('edits a term, shows a refused value next to it, and undoes the change', async () => {
    const { backend, grid } = await shown();
    await fireEvent.click(within(grid).getByRole('button', { name: 'Walk-in users' }));
    await fireEvent.change(screen.getByRole('combobox', { name: 'Value' }), { target: { value: 'prohibited_interpreted' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save term' }));
    await waitFor(() => expect(rowOf(screen.getByRole('table', { name: 'Terms of L1' }), 'walk_in_users').textContent).toContain('Prohibited (interpreted)'));
    expect(backend.calls).toContain('saveMany licence_terms +L1/walk_in_users -');

    await fireEvent.click(within(screen.getByRole('table', { name: 'Terms of L1' })).getByRole('button', { name: 'Authorised users' }));
    await fireEvent.input(screen.getByRole('textbox', { name: 'Value' }), { target: { value: '' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save term' }));
    await waitFor(() => expect(document.getElementById('err-term-value')?.textContent).toContain('is empty'));

    await fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(rowOf(screen.getByRole('table', { name: 'Terms of L1' }), 'walk_in_users').textContent).toContain('Not recorded'));
  });

  it('compares chosen licences side by side and highlights the terms that differ', async () => {
    await shown();
    await fireEvent.click(screen.getByRole('tab', { name: 'Compare licences' }));
    const table = screen.getByRole('table', { name: 'Licence terms compared' });
    const heads = within(table).getAllByRole('columnheader').map((h) => h.querySelector('.code')?.textContent ?? h.textContent);
    expect(heads).toEqual(['Term', 'L1', 'L2', 'L3']);
    await fireEvent.click(screen.getByRole('checkbox', { name: /L3/ }));
    expect(within(table).getAllByRole('columnheader')).toHaveLength(3);
    expect(rowOf(table, 'remote_access').classList.contains('differs')).toBe(false);
    const tdm = rowOf(table, 'text_data_mining');
    expect(tdm.classList.contains('differs')).toBe(true);
    expect(tdm.textContent).toContain('differs');
    expect(tdm.textContent).toContain('Silent');
    expect(screen.getByTestId('differing').textContent).toBe('2 of 6 terms differ.');
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Only the terms that differ' }));
    const terms = [...table.querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-term'));
    expect(terms).toEqual(['text_data_mining', 'perpetual_access']);
  });
});
