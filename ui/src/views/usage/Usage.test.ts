// The usage view against the mock backend: import (inspect, then import), deleting a report,
// mapping a vendor's name, cost per use sorted and charted, errors where they belong, files.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setLang } from '../../lib/i18n.svelte';
import { confirmAction } from '../../lib/confirm';
import { mockBackend } from '../../lib/mock';
import Usage from './Usage.svelte';

// The words asserted here are English: pin it, whatever the machine's locale.
beforeEach(() => setLang('en'));

// The in-window dialog needs a real <dialog>; here the user says yes unless told otherwise.
vi.mock('../../lib/confirm', () => ({ confirmAction: vi.fn(async () => true) }));
beforeEach(() => vi.mocked(confirmAction).mockClear());

const cells = (row: HTMLElement) => within(row).getAllByRole('gridcell').map((c) => c.textContent);
const gridRows = (label: string) => within(screen.getByRole('grid', { name: label })).queryAllByRole('row');
const select = (name: string) => screen.getByRole('combobox', { name }) as HTMLSelectElement;

async function openTab(name: string) {
  await fireEvent.click(screen.getByRole('tab', { name }));
}

// Rendering the whole view takes a few seconds on a loaded machine: a longer limit than 5 s.
describe('Usage: reports', { timeout: 20000 }, () => {
  it('shows what a COUNTER file holds before importing it, then imports it for the chosen member', async () => {
    const backend = mockBackend();
    render(Usage, { backend, year: 2026, pickUsageFile: async () => '/data/SE-C_2024.tsv' });
    await waitFor(() => expect(gridRows('Imported reports')).toHaveLength(2));
    await waitFor(() => expect(select('Member').options.length).toBe(3));
    await fireEvent.change(select('Member'), { target: { value: 'SE-C' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Choose COUNTER file…' }));

    const inspected = await screen.findByTestId('inspected');
    expect(screen.getByTestId('inspect-release').textContent).toBe('5.1 (tsv)');
    expect(screen.getByTestId('inspect-report').textContent).toBe('TR_J1 — Journal Requests (Controlled)');
    const totals = within(inspected).getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(totals).toEqual(['Total_Item_Requests3,860', 'Unique_Item_Requests1,930']);
    expect(backend.calls).toContain('inspect /data/SE-C_2024.tsv');
    expect(backend.calls.some((c) => c.startsWith('import usage'))).toBe(false);

    await fireEvent.click(screen.getByRole('button', { name: 'Import for SE-C' }));
    const done = await screen.findByTestId('usage-imported');
    expect(done.textContent).toContain('Imported SE-C_2024.tsv for SE-C.');
    expect(done.textContent).toContain('1 name matched no resource');
    expect(backend.calls).toContain('import usage SE-C /data/SE-C_2024.tsv');
    await waitFor(() => expect(gridRows('Imported reports')).toHaveLength(3));
    expect(screen.queryByTestId('inspected')).toBeNull();
    const row = gridRows('Imported reports').find((r) => cells(r)[0] === 'SE-C')!;
    expect(cells(row)[6]).toBe('Total_Item_Requests 3,860; Unique_Item_Requests 1,930');
  });

  it('says next to the file what is wrong with it, and imports nothing', async () => {
    const backend = mockBackend();
    render(Usage, { backend, year: 2026, pickUsageFile: async () => '/data/bad.tsv' });
    await fireEvent.click(screen.getByRole('button', { name: 'Choose COUNTER file…' }));
    const error = await screen.findByTestId('usage-file-error');
    expect(error.textContent).toBe('Nothing was imported. bad.tsv, row 17, column 12: Reporting_Period_Total 120 is not the sum of the months (110)');
    expect(screen.queryByRole('button', { name: /Import for/ })).toBeNull();
  });

  it('shows a refused member next to the member field', async () => {
    const backend = mockBackend({
      importUsage: async () => { throw { code: 'not_found', message: "no member 'FI-A'", field: 'member' }; },
    });
    render(Usage, { backend, year: 2026, pickUsageFile: async () => '/data/FI-A.tsv' });
    await fireEvent.click(screen.getByRole('button', { name: 'Choose COUNTER file…' }));
    await fireEvent.click(await screen.findByRole('button', { name: /Import for/ }));
    await waitFor(() => expect(document.getElementById('err-usage-member')?.textContent).toBe("no member 'FI-A'"));
    expect(select('Member').getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByRole('alert')).toBeNull(); // not at the top as well
  });

  it('deletes a report after asking', async () => {
    const backend = mockBackend();
    render(Usage, { backend, year: 2026 });
    await waitFor(() => expect(gridRows('Imported reports')).toHaveLength(2));
    expect((screen.getByRole('button', { name: 'Delete report…' }) as HTMLButtonElement).disabled).toBe(true);
    await fireEvent.click(gridRows('Imported reports').find((r) => cells(r)[7] === 'FI-A_2024.tsv')!);
    await fireEvent.click(screen.getByRole('button', { name: 'Delete report…' }));
    expect(vi.mocked(confirmAction).mock.calls[0][0]).toMatch(/^Delete the TR_J1 report of FI-A for .*2024.* \(FI-A_2024\.tsv\)\?/);
    await waitFor(() => expect(gridRows('Imported reports')).toHaveLength(1));
    expect(backend.calls).toContain('delete usage 2');
    expect(screen.getByText('Deleted the TR_J1 report of FI-A.')).toBeTruthy();
  });
});

describe('Usage: names and mappings', { timeout: 20000 }, () => {
  it('maps an unmatched name to the chosen resource, and undoes it', async () => {
    const backend = mockBackend();
    render(Usage, { backend, year: 2026 });
    await openTab('Names and mappings');
    const table = await screen.findByTestId('unmatched');
    expect(within(table).getAllByRole('row')[1].textContent).toContain('Vendor X Online');
    await fireEvent.click(screen.getByRole('button', { name: 'Map Vendor X Online' }));
    expect(await screen.findByText('Choose the resource this name means.')).toBeTruthy();
    expect(backend.calls.some((c) => c.startsWith('map '))).toBe(false);

    await waitFor(() => expect(select('Resource for Vendor X Online').options.length).toBe(3));
    await fireEvent.change(select('Resource for Vendor X Online'), { target: { value: 'R2' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Map Vendor X Online' }));
    await screen.findByTestId('unmatched-empty');
    expect(backend.calls).toContain('map Vendor X Online R2');
    expect(screen.getByTestId('names-notice').textContent).toBe('“Vendor X Online” now means R2.');
    const mapping = within(screen.getByTestId('mappings')).getAllByRole('row')[1];
    expect([...mapping.querySelectorAll('td')].slice(0, 2).map((td) => td.textContent)).toEqual(['Vendor X Online', 'R2 — Small resource']);

    await fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByTestId('unmatched');
    expect(backend.calls).toContain('unmap Vendor X Online');
    expect(screen.queryByTestId('mappings')).toBeNull();
  });

  it('shows a refused resource next to its picker', async () => {
    const backend = mockBackend({ mapUsage: async () => { throw { code: 'not_found', message: "no resource 'R2'", field: 'resource' }; } });
    render(Usage, { backend, year: 2026 });
    await openTab('Names and mappings');
    await screen.findByTestId('unmatched');
    await waitFor(() => expect(select('Resource for Vendor X Online').options.length).toBe(3));
    await fireEvent.change(select('Resource for Vendor X Online'), { target: { value: 'R2' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Map Vendor X Online' }));
    await waitFor(() => expect(select('Resource for Vendor X Online').getAttribute('aria-invalid')).toBe('true'));
    const describedBy = select('Resource for Vendor X Online').getAttribute('aria-describedby')!;
    expect(document.getElementById(describedBy)?.textContent).toBe("no resource 'R2'");
  });
});

describe('Usage: cost per use', { timeout: 20000 }, () => {
  async function showCost(backend = mockBackend(), pickSave?: () => Promise<string | null>) {
    render(Usage, { backend, year: 2026, pickSave });
    await openTab('Cost per use');
    await waitFor(() => expect(gridRows('Cost per use')).toHaveLength(3));
    return backend;
  }
  const column = (label: string, c: number) => gridRows(label).map((r) => cells(r)[c]);

  it('opens on the latest year with usage, sorts by cost per use, and shows the consortium-wide figure', async () => {
    const backend = await showCost();
    expect(select('Year').value).toBe('2025');
    expect(select('Counted as a use').value).toBe('Unique_Item_Requests');
    expect(backend.calls).toContain('cost per use 2025 Unique_Item_Requests -');
    await fireEvent.click(screen.getAllByRole('button', { name: 'Cost per use' })[0]);
    expect(column('Cost per use', 0)).toEqual(['TR-B', 'FI-A', 'SE-C']);
    expect(column('Cost per use', 6)).toEqual(['€2.0000', '€3.0000', '€9.0000']);
    expect(column('Cost per use', 7)).toEqual(['€3.3750', '€3.3750', '€3.3750']);
    expect(column('Cost per use', 4)).toEqual(['€600.00', '€1,200.00', '€900.00']);
    const header = screen.getByRole('button', { name: /Cost per use ▲/ });
    await fireEvent.click(header);
    expect(column('Cost per use', 0)).toEqual(['SE-C', 'FI-A', 'TR-B']);
    const cell = within(gridRows('Cost per use')[0]).getAllByRole('gridcell')[6];
    expect(cell.classList.contains('num')).toBe(true);
    // The consortium-wide table: R1 with uses; R2 has none and is left out until asked for.
    expect(gridRows('Consortium-wide cost per use').map((r) => cells(r))).toEqual([['R1', 'Big resource', 'D1', '€2,700.00', '800', '€3.3750']]);
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Only shares with imported usage' }));
    expect(gridRows('Cost per use')).toHaveLength(4);
    expect(cells(gridRows('Cost per use').find((r) => cells(r)[2] === 'R2')!).slice(4, 7)).toEqual(['€50.00', '—', '—']);
  });

  it('ranks the members by cost per use, highest first, beside the consortium-wide line', async () => {
    await showCost();
    const chart = await screen.findByRole('img', { name: 'Members ranked by cost per use of R1, highest first' });
    const bars = [...chart.querySelectorAll('rect.bar')];
    expect(bars.map((b) => b.getAttribute('data-member'))).toEqual(['SE-C', 'FI-A', 'TR-B']);
    const widths = bars.map((b) => Number(b.getAttribute('width')));
    expect(widths[0]).toBeGreaterThan(widths[1]);
    expect(widths[1]).toBeGreaterThan(widths[2]);
    expect([...chart.querySelectorAll('text.value')].map((t) => t.textContent)).toEqual(['€9.0000', '€3.0000', '€2.0000']);
    expect(chart.textContent).toContain('consortium-wide €3.3750');
    expect(screen.getByTestId('rank-title').textContent).toBe('Members ranked by cost per use: R1, 2025');
  });

  it('draws the trend over the years with usage, for the consortium and a chosen member', async () => {
    const backend = await showCost();
    const points = async (series: string) => {
      const chart = await screen.findByRole('img', { name: 'Cost per use of R1 by year' });
      return [...chart.querySelectorAll(`circle.point[data-series="${series}"]`)].map((p) => `${p.getAttribute('data-year')} ${p.textContent}`);
    };
    await waitFor(async () => expect(await points('consortium-wide')).toEqual(['2024 consortium-wide, 2024: €3.7795', '2025 consortium-wide, 2025: €3.3750']));
    await fireEvent.change(select('Member in the trend'), { target: { value: 'SE-C' } });
    await waitFor(async () => expect(await points('SE-C')).toEqual(['2024 SE-C, 2024: €5.0000', '2025 SE-C, 2025: €9.0000']));
    expect(backend.calls).toContain('cost per use 2024 Unique_Item_Requests SE-C');
  });

  it('recomputes for another metric', async () => {
    const backend = await showCost();
    await fireEvent.change(select('Counted as a use'), { target: { value: 'Total_Item_Requests' } });
    await waitFor(() => expect(column('Cost per use', 5)).toEqual(['800', '200', '600']));
    expect(column('Cost per use', 6)).toEqual(['€1.5000', '€4.5000', '€1.0000']);
    expect(backend.calls).toContain('cost per use 2025 Total_Item_Requests -');
  });

  it('shows a refused metric next to the metric field', async () => {
    const backend = mockBackend();
    backend.costPerUse = async () => { throw { code: 'invalid', message: "'Hits' is not a COUNTER metric type", field: 'metric' }; };
    render(Usage, { backend, year: 2026 });
    await openTab('Cost per use');
    await waitFor(() => expect(document.getElementById('err-usage-metric')?.textContent).toBe("'Hits' is not a COUNTER metric type"));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('saves the usage CSV, asking before it replaces a file', async () => {
    const backend = await showCost(mockBackend(), async () => '/data/usage-2025.csv');
    await fireEvent.click(screen.getByRole('button', { name: 'Export usage CSV…' }));
    await waitFor(() => expect(screen.getByTestId('usage-saved').textContent).toBe('Saved /data/usage-2025.csv.'));
    expect(vi.mocked(confirmAction).mock.calls[0]).toEqual(['/data/usage-2025.csv already exists. Overwrite it?', 'Overwrite']);
    expect(backend.calls.filter((c) => c.startsWith('usage csv'))).toEqual([
      'usage csv 2025 Unique_Item_Requests /data/usage-2025.csv false', 'usage csv 2025 Unique_Item_Requests /data/usage-2025.csv true',
    ]);
  });

  it('writes nothing when the user keeps the existing file', async () => {
    vi.mocked(confirmAction).mockResolvedValueOnce(false);
    const backend = await showCost(mockBackend(), async () => '/data/usage-2025.csv');
    await fireEvent.click(screen.getByRole('button', { name: 'Export usage CSV…' }));
    await waitFor(() => expect(vi.mocked(confirmAction)).toHaveBeenCalled());
    expect(backend.calls.filter((c) => c.startsWith('usage csv'))).toEqual(['usage csv 2025 Unique_Item_Requests /data/usage-2025.csv false']);
    expect(screen.queryByTestId('usage-saved')).toBeNull();
  });

  it('saves one member’s usage report PDF to a new file without asking', async () => {
    const backend = await showCost(mockBackend(), async () => '/data/report.pdf');
    await fireEvent.change(select('PDF for'), { target: { value: 'FI-A' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Usage report PDF…' }));
    await waitFor(() => expect(screen.getByTestId('usage-saved').textContent).toBe('Saved /data/report.pdf.'));
    expect(backend.calls).toContain('usage pdf 2025 Unique_Item_Requests FI-A /data/report.pdf false');
    expect(confirmAction).not.toHaveBeenCalled();
  });
});
