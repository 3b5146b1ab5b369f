import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setLang } from '../lib/i18n.svelte';
import { confirmAction } from '../lib/confirm';
import { mockBackend } from '../lib/mock';
import Invoices from './Invoices.svelte';

// The words asserted here are English: pin it, whatever the machine's locale.
beforeEach(() => setLang('en'));

// The in-window dialog needs a real <dialog>; here the user always says yes, and the
// question is checked.
vi.mock('../lib/confirm', () => ({ confirmAction: vi.fn(async () => true) }));
beforeEach(() => vi.mocked(confirmAction).mockClear());

const rowOf = (number: string) =>
  screen.getAllByRole('row').find((r) => r.querySelector('[role=gridcell]')?.textContent === number);

async function issueAll(backend: ReturnType<typeof mockBackend>) {
  await fireEvent.input(screen.getByRole('spinbutton', { name: 'Year' }), { target: { value: '2025' } });
  await fireEvent.input(screen.getByLabelText('Issue date'), { target: { value: '2026-01-15' } });
  await fireEvent.click(screen.getByRole('button', { name: 'Issue invoices' }));
  await waitFor(() => expect(screen.getByTestId('issued')).toBeTruthy());
  expect(backend.calls).toContain('issue 2025 all per_member 2026-01-15 false');
}

describe('Invoices', () => {
  it('issues a batch, showing its progress, then the result and the register', async () => {
    const backend = mockBackend();
    const issue = backend.issueInvoices;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    backend.issueInvoices = async (req, onProgress) => {
      onProgress({ done: 1, total: 3 });
      await gate;
      return issue(req, onProgress);
    };
    render(Invoices, { backend, year: 2026 });
    await waitFor(() => screen.getByRole('option', { name: /D1 — Big deal/ }));
    expect(screen.getByText(/No invoices yet/)).toBeTruthy();
    await fireEvent.input(screen.getByRole('spinbutton', { name: 'Year' }), { target: { value: '2025' } });
    await fireEvent.change(screen.getByRole('combobox', { name: 'Deal' }), { target: { value: 'D1' } });
    await fireEvent.change(screen.getByRole('combobox', { name: 'Whom to invoice' }), { target: { value: 'consolidated' } });
    await fireEvent.input(screen.getByLabelText('Issue date'), { target: { value: '2026-01-15' } });
    await fireEvent.click(screen.getByRole('checkbox', { name: /Attach how each share/ }));
    await fireEvent.click(screen.getByRole('button', { name: 'Issue invoices' }));

    const bar = await screen.findByRole('progressbar');
    expect(bar.getAttribute('value')).toBe('1');
    expect(bar.getAttribute('max')).toBe('3');
    expect(screen.getByText(/Issuing invoices: 1 of 3/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Issue invoices' }) as HTMLButtonElement).disabled).toBe(true);
    expect(vi.mocked(confirmAction).mock.calls[0][0]).toContain('the 2025 split of D1');
    release();

    await waitFor(() => expect(screen.getByTestId('issued').textContent).toBe('Issued 3 invoices: 2026-00001 to 2026-00003.'));
    expect(backend.calls).toContain('issue 2025 D1 consolidated 2026-01-15 true');
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByText('3 of 3')).toBeTruthy();
    const first = rowOf('2026-00001')!;
    expect(first.textContent).toContain('FI-A');
    expect(first.textContent).toContain('41.84'); // 33.34 + 25.5 % VAT, from exact text
    expect(within(first).getAllByRole('gridcell')[5].classList.contains('num')).toBe(true);

    await fireEvent.click(screen.getByRole('button', { name: 'Issue invoices' }));
    await waitFor(() => expect(screen.getByTestId('issued').textContent).toBe('Issued 0 invoices; 3 shares already invoiced were left out.'));
  });

  it('shows a batch error next to the form, and a bad amount next to its field', async () => {
    const backend = mockBackend();
    const issue = backend.issueInvoices;
    backend.issueInvoices = async (req, onProgress) => {
      if (req.year === 2027) throw { code: 'invalid', message: 'the split of D1 for 2027 is not finalised: finalise it before invoicing', field: null };
      if (req.issue_date === '') throw { code: 'input', message: "invoices, field 'issue_date': '' is not a date (YYYY-MM-DD)", field: 'issue_date' };
      return issue(req, onProgress);
    };
    render(Invoices, { backend, year: 2027 });
    await fireEvent.click(screen.getByRole('button', { name: 'Issue invoices' }));
    await waitFor(() => expect(screen.getByTestId('issue-error').textContent).toContain('not finalised'));

    await issueAll(backend);
    expect(screen.queryByTestId('issue-error')).toBeNull();
    await fireEvent.click(rowOf('2026-00002')!);
    await waitFor(() => screen.getByRole('region', { name: 'Invoice 2026-00002' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Record payment…' }));
    const amount = screen.getByRole('textbox', { name: /Amount \(SEK\)/ }) as HTMLInputElement;
    expect(amount.value).toBe('370.00'); // what is still due
    await fireEvent.input(amount, { target: { value: '400' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Record payment' }));
    await waitFor(() => expect(amount.getAttribute('aria-invalid')).toBe('true'));
    const error = document.getElementById(amount.getAttribute('aria-describedby')!)!;
    expect(error.textContent).toContain('not between 0 and the 370.00 SEK still due');
    expect(amount.closest('label')!.contains(error)).toBe(true);
  });

  it('credits chosen lines of an invoice after asking', async () => {
    const backend = mockBackend();
    render(Invoices, { backend, year: 2026 });
    await issueAll(backend);
    await fireEvent.click(rowOf('2026-00001')!);
    const panel = await screen.findByRole('region', { name: 'Invoice 2026-00001' });
    expect(panel.textContent).toContain('Aalto');
    expect(within(panel).getByRole('table', { name: 'VAT breakdown' }).textContent).toContain('Standard rate');
    await fireEvent.click(within(panel).getByRole('button', { name: 'Credit…' }));
    await fireEvent.click(screen.getByRole('radio', { name: 'Chosen lines' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Issue credit note' }));
    expect(screen.getByText('Choose at least one line to credit.')).toBeTruthy();
    await fireEvent.click(screen.getByRole('checkbox', { name: /1\. Big deal: share 2025/ }));
    await fireEvent.input(screen.getByLabelText('Credit note date'), { target: { value: '2026-02-01' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Issue credit note' }));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toBe('Issued credit note CN-2026-00001 for €41.84.'));
    expect(vi.mocked(confirmAction).mock.calls.at(-1)![0]).toContain('1 line of 2026-00001 (Aalto)');
    expect(backend.calls).toContain('credit 2026-00001 [1] 2026-02-01');
    await waitFor(() => expect(screen.getByTestId('doc-status').textContent).toBe('credited'));
    expect(rowOf('2026-00001')!.textContent).toContain('credited');
    expect(rowOf('CN-2026-00001')!.textContent).toContain('credits 2026-00001');
    expect((screen.getByRole('button', { name: 'Credit…' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('records a payment, and shows the conversion and the reverse-charge note', async () => {
    const backend = mockBackend();
    render(Invoices, { backend, year: 2026 });
    await issueAll(backend);
    await fireEvent.click(rowOf('2026-00002')!);
    const panel = await screen.findByRole('region', { name: 'Invoice 2026-00002' });
    expect(within(panel).getByTestId('conversion').textContent).toContain('1 EUR = 11.1011 SEK');
    expect(within(panel).getByText('Reverse charge')).toBeTruthy();
    await fireEvent.click(within(panel).getByRole('button', { name: 'Record payment…' }));
    await fireEvent.input(screen.getByRole('textbox', { name: /Amount/ }), { target: { value: '100.50' } });
    await fireEvent.input(screen.getByRole('textbox', { name: /Reference/ }), { target: { value: 'Bank 123' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Record payment' }));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('2026-00002 is partly paid'));
    expect(backend.calls.some((c) => /^pay 2026-00002 \d{4}-\d\d-\d\d 100\.50 Bank 123$/.test(c))).toBe(true);
    expect(screen.getByTestId('due').textContent).toContain('269.50');
    expect(panel.textContent).toContain('(Bank 123)');
    expect(rowOf('2026-00002')!.textContent).toContain('partly paid');
  });

  it('asks before an export overwrites files, then forces it', async () => {
    const backend = mockBackend();
    const exportInvoices = backend.exportInvoices;
    backend.exportInvoices = async (format, dir, force, onProgress) => {
      if (!force) throw { code: 'exists', message: `${dir}/2026-00001.xml already exists`, field: `${dir}/2026-00001.xml` };
      return exportInvoices(format, dir, force, onProgress);
    };
    render(Invoices, { backend, year: 2026, pickFolder: async () => '/tmp/out' });
    await issueAll(backend);
    await fireEvent.change(screen.getByRole('combobox', { name: 'Export format' }), { target: { value: 'ubl' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Export…' }));
    await waitFor(() => expect(screen.getByText('Exported 3 e-invoices to /tmp/out.')).toBeTruthy());
    expect(vi.mocked(confirmAction).mock.calls.at(-1)![0]).toContain('/tmp/out/2026-00001.xml already exists');
    expect(backend.calls).toContain('export ubl /tmp/out true');
  });
});

describe('Invoices: previewing a batch', () => {
  it('shows the drafts with their totals per currency before issuing, numbering nothing', async () => {
    const backend = mockBackend();
    render(Invoices, { backend, year: 2026 });
    await fireEvent.input(screen.getByRole('spinbutton', { name: 'Year' }), { target: { value: '2025' } });
    await fireEvent.input(screen.getByLabelText('Issue date'), { target: { value: '2026-01-15' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    const preview = await screen.findByTestId('preview');
    expect(backend.calls).toContain('draft 2025 all per_member 2026-01-15 false');
    expect(backend.calls.some((c) => c.startsWith('issue '))).toBe(false);
    expect(preview.textContent).toContain('3 invoices would be issued.');
    const rows = within(preview).getAllByRole('row').slice(1, 4).map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Aalto (FI-A)', 'Big deal: share 2025', 'EUR', '€33.34', '€8.50', '€41.84', 'draft'],
      ['Chalmers (SE-C)', 'Big deal: share 2025', 'SEK', 'SEK\u00a0370.00', 'SEK\u00a00.00', 'SEK\u00a0370.00', 'draft'],
      ['Boğaziçi (TR-B)', 'Big deal: share 2025', 'EUR', '€33.33', '€0.00', '€33.33', 'draft'],
    ]);
    expect(screen.getByTestId('preview-total-EUR').textContent).toBe('Total in EUR (2 invoices)EUR€66.67€8.50€75.17');
    expect(screen.getByTestId('preview-total-SEK').textContent).toBe('Total in SEK (1 invoice)SEKSEK\u00a0370.00SEK\u00a00.00SEK\u00a0370.00');
    expect(screen.queryByTestId('preview-left-out')).toBeNull();
    // Another choice in the form is another batch: its drafts are not these.
    await fireEvent.change(screen.getByRole('combobox', { name: 'Whom to invoice' }), { target: { value: 'consolidated' } });
    expect(screen.queryByTestId('preview')).toBeNull();
    await fireEvent.change(screen.getByRole('combobox', { name: 'Whom to invoice' }), { target: { value: 'per_member' } });

    // Issued, the same choice drafts nothing and counts the shares already invoiced.
    await fireEvent.click(screen.getByRole('button', { name: 'Issue invoices' }));
    await waitFor(() => expect(screen.getByTestId('issued')).toBeTruthy());
    expect(screen.queryByTestId('preview')).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    expect((await screen.findByTestId('preview-left-out')).textContent).toBe('3 shares already invoiced are left out.');
    expect(screen.getByTestId('preview').textContent).toContain('0 invoices would be issued.');
  });

  it('shows a batch refused while drafting as the issue error', async () => {
    const backend = mockBackend({
      draftInvoices: async () => { throw { code: 'invoice', message: "Aalto has no billing address", field: null }; },
    });
    render(Invoices, { backend, year: 2026 });
    await fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    await waitFor(() => expect(screen.getByTestId('issue-error').textContent).toContain('Aalto has no billing address'));
    expect(screen.queryByTestId('preview')).toBeNull();
  });
});
