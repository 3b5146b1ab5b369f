// The member view against the mock backend: cost per use beside the shares where the member
// has imported usage, and its statement PDF through the save dialog.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setLang } from '../lib/i18n.svelte';
import type { MemberShare } from '../lib/api';
import { confirmAction } from '../lib/confirm';
import { mockBackend } from '../lib/mock';
import MemberView from './MemberView.svelte';

// The words asserted here are English: pin it, whatever the machine's locale.
beforeEach(() => setLang('en'));

vi.mock('../lib/confirm', () => ({ confirmAction: vi.fn(async () => true) }));

const eur = (amount: string) => ({ amount, currency: 'EUR' });
const share = (deal: string, year: number, payable: string): MemberShare =>
  ({ deal, title: `${deal} title`, year, payable: eur(payable), funded: eur('0.00'), finalised: year < 2026 });
const shares = [share('D1', 2024, '1100.00'), share('D1', 2025, '1200.00'), share('D2', 2025, '50.00')];
const rows = () => within(screen.getByRole('grid', { name: 'Member shares' })).queryAllByRole('row')
  .map((r) => within(r).getAllByRole('gridcell').map((c) => c.textContent));

describe('MemberView', () => {
  it('shows uses and cost per use beside the shares of a member with imported usage', async () => {
    const backend = mockBackend({ memberShares: async () => shares });
    render(MemberView, { backend, year: 2026 });
    await waitFor(() => expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toContain('Cost per use'));
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(rows().map((r) => [r[0], r[1], r[3], r[7], r[8]])).toEqual([
      ['2024', 'D1', '€1,100.00', '275', '€4.0000'],
      ['2025', 'D1', '€1,200.00', '400', '€3.0000'],
      ['2025', 'D2', '€50.00', '—', '—'],
    ]);
    expect(backend.calls).toContain('cost per use 2024 - FI-A');
    expect(backend.calls).toContain('cost per use 2025 - FI-A');
  });

  it('leaves the usage columns out for a member without usage', async () => {
    const backend = mockBackend({ memberShares: async () => shares });
    render(MemberView, { backend, year: 2026 });
    await waitFor(() => expect(rows()).toHaveLength(3));
    await fireEvent.change(screen.getByRole('combobox', { name: 'Member' }), { target: { value: 'TR-B' } });
    await waitFor(() => expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).not.toContain('Cost per use'));
    expect(backend.calls.some((c) => c.endsWith('TR-B') && c.startsWith('cost per use'))).toBe(false);
  });

  it('saves the statement of the chosen member and year through the save dialog', async () => {
    const backend = mockBackend({ memberShares: async () => shares });
    let asked = '';
    render(MemberView, { backend, year: 2026, pickSave: async (r) => { asked = r.defaultName; return '/data/statement.pdf'; } });
    await waitFor(() => expect(rows()).toHaveLength(3));
    await fireEvent.change(screen.getByRole('combobox', { name: 'Statement year' }), { target: { value: '2025' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Statement PDF…' }));
    await waitFor(() => expect(screen.getByTestId('statement-saved').textContent).toBe('Saved /data/statement.pdf.'));
    expect(asked).toBe('statement-FI-A-2025.pdf');
    expect(backend.calls).toContain('statement FI-A 2025 /data/statement.pdf false');
    expect(confirmAction).not.toHaveBeenCalled();
  });
});
