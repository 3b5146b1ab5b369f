// The usage view's SUSHI tab against the mock backend: harvest progress then per-member results,
// the API key never shown back, endpoint and harvest form errors next to their fields.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setLang } from '../../lib/i18n.svelte';
import { mockBackend } from '../../lib/mock';
import type { HarvestEvent, MemberHarvest } from '../../lib/api';
import Usage from './Usage.svelte';

// The words asserted here are English: pin it, whatever the machine's locale.
beforeEach(() => setLang('en'));
vi.mock('../../lib/confirm', () => ({ confirmAction: vi.fn(async () => true) }));

const rowsOf = (label: string) =>
  within(screen.getByRole('table', { name: label })).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
const form = (name: string) => within(screen.getByRole('form', { name }));

async function openSushi(backend = mockBackend()) {
  render(Usage, { backend, year: 2026 });
  await fireEvent.click(screen.getByRole('tab', { name: 'SUSHI' }));
  await waitFor(() => expect(rowsOf('SUSHI endpoints')).toHaveLength(1));
  return backend;
}

describe('Usage: SUSHI', { timeout: 20000 }, () => {
  it('harvests with progress, then shows each member’s result, one not authorised', async () => {
    const backend = mockBackend();
    // Hold the answer back after the last event, to see the progress the harvest reported.
    const harvest = backend.harvestSushi;
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const events: HarvestEvent[] = [];
    backend.harvestSushi = async (req, onProgress) => {
      const results = await harvest(req, (e) => { events.push(e); onProgress(e); });
      await held;
      return results;
    };
    await openSushi(backend);
    const harvestForm = form('Harvest a report');
    await fireEvent.input(harvestForm.getByRole('textbox', { name: 'From (YYYY-MM)' }), { target: { value: '2025-01' } });
    await fireEvent.input(harvestForm.getByRole('textbox', { name: 'To (YYYY-MM)' }), { target: { value: '2025-12' } });
    await fireEvent.click(harvestForm.getByRole('button', { name: 'Harvest' }));

    await screen.findByRole('progressbar', { name: 'Harvest a report' });
    await waitFor(() => expect(screen.getByTestId('harvest-line').textContent).toBe('3 of 3 members done'));
    const bar = screen.getByRole('progressbar', { name: 'Harvest a report' });
    expect((bar as HTMLProgressElement).value).toBe(3);
    expect((bar as HTMLProgressElement).max).toBe(3);
    expect(events.map((e) => e.event)).toEqual(['asking', 'finished', 'asking', 'finished', 'asking', 'finished']);
    expect(screen.queryByTestId('harvest-results')).toBeNull();
    expect(harvestForm.getByRole('button', { name: 'Harvest' })).toHaveProperty('disabled', true);

    release();
    await screen.findByTestId('harvest-results');
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
    expect(backend.calls).toContain('harvest EBSCO TR_J1 2025-01 2025-12 all');
    expect(rowsOf('Harvest results')).toEqual([
      ['FI-A', 'imported 12 items', 'Total_Item_Requests 310; Unique_Item_Requests 155'],
      ['TR-B', 'not authorised', 'SUSHI exception 2010: Requestor Not Authorized to Access Service'],
      ['SE-C', 'no usage', 'SUSHI exception 3030: No Usage Available for Requested Dates'],
    ]);
    expect(rowsOf('Harvest results').filter((r) => r[1] === 'not authorised')).toHaveLength(1);
  });

  it('stops a harvest: the member being asked finishes, the others come back not asked', async () => {
    const backend = mockBackend();
    const harvest = backend.harvestSushi;
    let release!: () => void;
    const stopped = new Promise<void>((r) => (release = r));
    backend.stopHarvest = async () => { backend.calls.push('harvest stop'); release(); };
    backend.harvestSushi = async (req, onProgress) => {
      const [first] = await harvest({ ...req, member: 'FI-A' }, () => {});
      onProgress({ event: 'finished', member: 'FI-A', status: 'imported', done: 1, total: 3 });
      await stopped;
      const rest: MemberHarvest[] = ['TR-B', 'SE-C'].map((member) => ({ member, request: '', status: 'stopped', message: { key: 'err-harvest-stopped', text: 'not asked: the harvest was stopped', args: {} } }));
      rest.forEach((r, k) => onProgress({ event: 'finished', member: r.member, status: 'stopped', done: k + 2, total: 3 }));
      return [first, ...rest];
    };
    await openSushi(backend);
    const harvestForm = form('Harvest a report');
    await fireEvent.input(harvestForm.getByRole('textbox', { name: 'From (YYYY-MM)' }), { target: { value: '2025-01' } });
    await fireEvent.input(harvestForm.getByRole('textbox', { name: 'To (YYYY-MM)' }), { target: { value: '2025-12' } });
    await fireEvent.click(harvestForm.getByRole('button', { name: 'Harvest' }));
    await waitFor(() => expect(screen.getByTestId('harvest-line').textContent).toBe('1 of 3 members done'));

    await fireEvent.click(harvestForm.getByRole('button', { name: 'Stop' }));
    await screen.findByTestId('harvest-results');
    expect(backend.calls).toContain('harvest stop');
    expect(rowsOf('Harvest results').map((r) => r.slice(0, 2))).toEqual([
      ['FI-A', 'imported 12 items'],
      ['TR-B', 'not asked (stopped)'],
      ['SE-C', 'not asked (stopped)'],
    ]);
    await waitFor(() => expect(harvestForm.queryByRole('button', { name: 'Stop' })).toBeNull());
  });

  it('says why a harvest waits in the chosen language, not in the backend’s English', async () => {
    const backend = mockBackend();
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    backend.harvestSushi = async (_req, onProgress) => {
      onProgress({ event: 'waiting', member: null, reason: '2 report(s) queued for processing', seconds: 60, queued: 2 });
      await held;
      return [];
    };
    await openSushi(backend);
    setLang('fi');
    const harvestForm = within(await screen.findByRole('form', { name: 'Haravoi raportti' }));
    await fireEvent.input(harvestForm.getByRole('textbox', { name: 'Alkaen (VVVV-KK)' }), { target: { value: '2025-01' } });
    await fireEvent.input(harvestForm.getByRole('textbox', { name: 'Päättyen (VVVV-KK)' }), { target: { value: '2025-12' } });
    await fireEvent.click(harvestForm.getByRole('button', { name: 'Haravoi' }));
    await waitFor(() => expect(screen.getByTestId('harvest-line').textContent).toContain('2 raporttia jonossa käsiteltäväksi'));
    release();
  });

  it('forgets one member’s credentials after asking, and lists the others', async () => {
    const backend = await openSushi();
    const table = 'Credentials at EBSCO';
    await waitFor(() => expect(rowsOf(table).map((r) => r[0])).toEqual(['FI-A', 'TR-B', 'SE-C']));
    await fireEvent.click(screen.getByRole('button', { name: 'Forget the credentials of TR-B at EBSCO' }));

    await waitFor(() => expect(rowsOf(table).map((r) => r[0])).toEqual(['FI-A', 'SE-C']));
    expect(backend.calls).toContain('sushi forget TR-B EBSCO');
    expect(screen.getByTestId('sushi-notice').textContent).toBe('Forgot the credentials of TR-B at EBSCO.');
  });

  it('sends the API key from a password field and shows it back only masked', async () => {
    const backend = await openSushi();
    const creds = form('A member’s credentials');
    const key = creds.getByLabelText('API key') as HTMLInputElement;
    expect(key.type).toBe('password');
    expect(key.getAttribute('autocomplete')).toBe('off');
    await fireEvent.change(creds.getByRole('combobox', { name: 'Member' }), { target: { value: 'TR-B' } });
    await fireEvent.input(creds.getByRole('textbox', { name: 'Customer ID' }), { target: { value: 'boun-8' } });
    await fireEvent.input(key, { target: { value: 'sk-live-SECRET-4321' } });
    await fireEvent.click(creds.getByRole('button', { name: 'Save credentials' }));

    await waitFor(() => expect(screen.getByTestId('sushi-saved-key').textContent).toBe('set ••••4321'));
    expect(screen.getByTestId('sushi-notice').textContent).toBe('Saved the credentials of TR-B at EBSCO.');
    expect(key.value).toBe('');
    expect(document.body.innerHTML).not.toContain('SECRET');
    expect(backend.calls).toContain('sushi credentials TR-B EBSCO boun-8 key set');
    await waitFor(() => expect(rowsOf('Credentials at EBSCO').find((r) => r[0] === 'TR-B')).toEqual(['TR-B', 'boun-8', '', 'set ••••4321', 'Forget']));
  });

  it('says next to the field what is wrong with a new endpoint or a period', async () => {
    const backend = await openSushi();
    const add = form('Add an endpoint');
    await fireEvent.input(add.getByRole('textbox', { name: 'Code' }), { target: { value: 'JSTOR' } });
    await fireEvent.input(add.getByRole('textbox', { name: 'Vendor' }), { target: { value: 'V2' } });
    await fireEvent.input(add.getByRole('textbox', { name: 'Base URL' }), { target: { value: 'sushi.jstor.example' } });
    await fireEvent.click(add.getByRole('button', { name: 'Add endpoint' }));
    expect(add.getByRole('textbox', { name: 'Base URL' }).getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('err-sushi-add-base_url')!.textContent).toBe('Give a URL starting with https:// or http://.');

    await fireEvent.input(add.getByRole('textbox', { name: 'Base URL' }), { target: { value: 'https://sushi.jstor.example/r51/' } });
    await fireEvent.click(add.getByRole('button', { name: 'Add endpoint' }));
    await waitFor(() => expect(rowsOf('SUSHI endpoints').map((r) => r.slice(0, 5))).toEqual([
      ['EBSCO', 'V1', 'https://sushi.ebsco.example/counter/r51', '', '3'],
      ['JSTOR', 'V2', 'https://sushi.jstor.example/r51', '', '0'],
    ]));

    const harvestForm = form('Harvest a report');
    await fireEvent.input(harvestForm.getByRole('textbox', { name: 'From (YYYY-MM)' }), { target: { value: '2025-13' } });
    await fireEvent.click(harvestForm.getByRole('button', { name: 'Harvest' }));
    expect(document.getElementById('err-sushi-harvest-from')!.textContent).toBe('Write the month as YYYY-MM, e.g. 2025-01.');
    expect(backend.calls.some((c) => c.startsWith('harvest'))).toBe(false);
  });
});
