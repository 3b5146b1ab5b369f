import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../../lib/i18n.svelte';
import { mockBackend } from '../../lib/mock';
import Deals from './Deals.svelte';

// The words asserted here are English: pin it, whatever the machine's locale.
beforeEach(() => setLang('en'));

const byName = (name: string) => document.querySelector(`[name="${name}"]`) as HTMLInputElement;
const stored = (backend: ReturnType<typeof mockBackend>, kind: string, ...key: string[]) =>
  backend.tables[kind].rows.find((r) => key.every((k, i) => r[i] === k));

async function opened(tab: RegExp) {
  const backend = mockBackend();
  render(Deals, { backend, currency: 'EUR' });
  await waitFor(() => expect(byName('title')?.value).toBe('Big deal'));
  await fireEvent.click(screen.getByRole('tab', { name: tab }));
  return backend;
}

describe('Deals', () => {
  it('edits a deal, shows a refused field next to it, and undoes the save', async () => {
    const backend = mockBackend();
    render(Deals, { backend, currency: 'EUR' });
    await waitFor(() => expect(byName('title').value).toBe('Big deal'));
    expect(byName('code').readOnly).toBe(true);
    await fireEvent.input(byName('title'), { target: { value: '' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save deal' }));
    await waitFor(() => expect(document.getElementById('err-title')?.textContent).toContain('is empty'));
    expect(byName('title').getAttribute('aria-invalid')).toBe('true');

    await fireEvent.input(byName('title'), { target: { value: 'Big deal 2026' } });
    await fireEvent.input(byName('rule'), { target: { value: 'central: 50%; shared: fte' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save deal' }));
    await waitFor(() => expect(stored(backend, 'deals', 'D1')?.[7]).toBe('central: 50%; shared: fte'));
    expect(document.getElementById('err-title')).toBeNull();

    await fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(stored(backend, 'deals', 'D1')?.[2]).toBe('Big deal'));
    expect(stored(backend, 'deals', 'D1')?.[7]).toBe('shared: fte');
    expect(screen.getByText('Undid the deal D1.')).toBeTruthy();
  });

  it('enters a new offer version from the one in force, with participant-count tiers and a rate', async () => {
    const backend = await opened(/Offer versions \(2\)/);
    // The version in force is shown first: tiers, index rows and the exchange rate of a USD offer.
    await waitFor(() => expect(byName('tier-amount-1')?.value).toBe('108'));
    expect(byName('rate').value).toBe('0.91');
    expect(screen.getByText(/3 or more participants: 108 USD in all/)).toBeTruthy();

    await fireEvent.click(screen.getByRole('button', { name: 'New version (from v2)' }));
    expect(byName('version').value).toBe('3');
    await fireEvent.input(byName('tier-amount-1'), { target: { value: '104' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Add tier' }));
    await fireEvent.input(byName('tier-from-2'), { target: { value: '10' } });
    await fireEvent.input(byName('tier-amount-2'), { target: { value: '150' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Remove index 2' }));
    await fireEvent.input(byName('note'), { target: { value: 'Counter-offer' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save version 3' }));
    await waitFor(() => expect(stored(backend, 'offers', 'D1', '3')).toBeTruthy());
    const row = stored(backend, 'offers', 'D1', '3')!;
    expect(row[5]).toBe('total 1=100, 3=104, 10=150');
    expect(row[7]).toBe('2026=3.1');
    expect(row[8]).toBe('0.91');
    expect(row[11]).toBe('Counter-offer');
    await waitFor(() => expect(screen.getByRole('tab', { name: /Offer versions \(3\)/ })).toBeTruthy());

    await fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(stored(backend, 'offers', 'D1', '3')).toBeUndefined());
  });

  it('shows a bad price next to the pricing, not as a wrong offer', async () => {
    await opened(/Offer versions/);
    await waitFor(() => byName('tier-amount-1'));
    await fireEvent.click(screen.getByRole('radio', { name: 'One total price' }));
    await fireEvent.input(byName('currency'), { target: { value: 'usd' } });
    await fireEvent.input(byName('pricing-total'), { target: { value: '' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(document.getElementById('err-offer-pricing')?.textContent).toContain("must start with 'total'"));
  });

  it('picks participants with a mid-period joiner, saves them together and undoes it', async () => {
    const backend = await opened(/Participants \(2\)/);
    const picker = await screen.findByRole('group', { name: 'Participants of D1' });
    const box = (code: string) => within(picker).getByRole('checkbox', { name: new RegExp(`^${code} `) }) as HTMLInputElement;
    expect(box('FI-A').checked).toBe(true);
    expect(box('TR-B').checked).toBe(false);
    expect(byName('joined-SE-C').value).toBe('2026-03-01');

    await fireEvent.input(screen.getByRole('searchbox', { name: 'Search members' }), { target: { value: 'bogazici' } });
    await waitFor(() => expect(within(picker).queryByText('Aalto')).toBeNull());
    await fireEvent.click(box('TR-B'));
    await fireEvent.input(byName('joined-TR-B'), { target: { value: '2026-07-01' } });
    await fireEvent.input(byName('left-TR-B'), { target: { value: '2026-02-01' } });
    await fireEvent.click(screen.getByRole('button', { name: /Save participants \(1 change\)/ }));
    expect(screen.getByTestId('participants-error').textContent).toContain('TR-B: left 2026-02-01 is before joined 2026-07-01');
    expect(backend.calls.some((c) => c.startsWith('saveMany participations'))).toBe(false);

    await fireEvent.input(byName('left-TR-B'), { target: { value: '' } });
    await fireEvent.input(screen.getByRole('searchbox', { name: 'Search members' }), { target: { value: '' } });
    await fireEvent.click(box('FI-A'));
    await fireEvent.click(screen.getByRole('button', { name: /Save participants \(2 changes\)/ }));
    await waitFor(() => expect(backend.calls).toContain('saveMany participations +D1/TR-B -D1/FI-A'));
    expect(stored(backend, 'participations', 'D1', 'TR-B')).toEqual(['D1', 'TR-B', '2026-07-01', '']);
    expect(stored(backend, 'participations', 'D1', 'FI-A')).toBeUndefined();
    await waitFor(() => expect(screen.getByText(/1 added, 1 removed/)).toBeTruthy());

    await fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(stored(backend, 'participations', 'D1', 'FI-A')).toEqual(['D1', 'FI-A', '', '']));
    expect(stored(backend, 'participations', 'D1', 'TR-B')).toBeUndefined();
  });

  it('says a closed deal takes every member', async () => {
    const backend = mockBackend();
    render(Deals, { backend, currency: 'EUR' });
    await waitFor(() => screen.getByText('Closed deal'));
    await fireEvent.click(screen.getByText('Closed deal'));
    await fireEvent.click(screen.getByRole('tab', { name: 'Participants (all)' }));
    expect(screen.getByText(/D2 is a closed deal: every current member takes part/)).toBeTruthy();
  });
});
