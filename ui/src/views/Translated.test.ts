// The views converted in the second part of issue 6, each rendered in Finnish or Chinese: a translated label and an amount as the language writes it.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MemberShare } from '../lib/api';
import { setLang } from '../lib/i18n.svelte';
import { mockBackend } from '../lib/mock';
import Deals from './deals/Deals.svelte';
import Import from './Import.svelte';
import Invoices from './Invoices.svelte';
import LicenceTerms from './LicenceTerms.svelte';
import MemberView from './MemberView.svelte';
import Usage from './usage/Usage.svelte';
import Workbench from './Workbench.svelte';

vi.mock('../lib/confirm', () => ({ confirmAction: vi.fn(async () => true) }));
afterEach(() => setLang('en'));

/** Text with no-break spaces as plain ones (Finnish groups thousands with U+00A0). */
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const cells = (label: string) => within(screen.getByRole('grid', { name: label })).queryAllByRole('row')
  .map((r) => within(r).getAllByRole('gridcell').map((c) => plain(c.textContent)));

describe('the converted views in Finnish and Chinese', { timeout: 20000 }, () => {
  it('Workbench and Compare in Finnish: their words, euros as 100,00 €', async () => {
    setLang('fi');
    render(Workbench, { backend: mockBackend(), year: 2026 });
    await waitFor(() => expect(plain(screen.getByTestId('total').textContent)).toBe('100,00 €'));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Sopimukset ja kustannusjako');
    expect(screen.getByRole('button', { name: 'Tallenna sääntö sopimukseen' })).toBeTruthy();
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toContain('Laskettu osuus');
    expect(screen.getByRole('region', { name: 'Vertaa sääntöjä' })).toBeTruthy();
  });

  it('LicenceTerms in Chinese: terms, permissions and the count of recorded terms', async () => {
    setLang('zh');
    const backend = mockBackend();
    render(LicenceTerms, { backend, vocabulary: (await backend.info()).vocabulary });
    const grid = await screen.findByRole('table', { name: 'L1 的条款' });
    const tdm = grid.querySelector('tr[data-term=text_data_mining]') as HTMLElement;
    expect(tdm.textContent).toContain('文本与数据挖掘');
    expect(tdm.textContent).toContain('允许（推定）');
    expect(screen.getByText('已记录 6 项条款中的 4 项。点击条款即可修改。')).toBeTruthy();
  });

  it('Deals in Finnish: the tabs, the offer tiers in words and the date as Finnish writes it', async () => {
    setLang('fi');
    render(Deals, { backend: mockBackend(), currency: 'EUR' });
    await fireEvent.click(await screen.findByRole('tab', { name: 'Tarjousversiot (2)' }));
    expect(await screen.findByText(/3 osallistujaa tai enemmän: 108 USD yhteensä/)).toBeTruthy();
    expect(screen.getByText(/^Kustannusjako käyttää uusinta versiota: v2, \d{1,2}\.\d{1,2}\.\d{4}\.$/)).toBeTruthy();
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(expect.arrayContaining(['Versio', 'Päivämäärä', 'Hinnoittelu', 'Listahinta']));
  });

  it('Import in Finnish: how many records, grouped as Finnish groups them', async () => {
    setLang('fi');
    const backend = mockBackend({ importCsv: async (kind) => ({ kind, records: 1044 }) });
    render(Import, { backend, pickCsv: async () => '/data/member_metrics.csv' });
    await fireEvent.click(screen.getByRole('button', { name: 'Valitse tiedosto…' }));
    await waitFor(() => expect((screen.getByRole('combobox', { name: 'Tiedoston tietueet' }) as HTMLSelectElement).value).toBe('member_metrics'));
    await fireEvent.click(screen.getByRole('button', { name: 'Tuo' }));
    await waitFor(() => expect(plain(screen.getByTestId('imported').textContent)).toContain('Tuotiin 1 044 tietuetta:'));
    expect(plain(screen.getByTestId('imported').textContent)).toContain('jäsenten tunnusluvut: 1 044');
  });

  it('Invoices in Chinese: the issue form, the register and a document with its totals', async () => {
    setLang('zh');
    const backend = mockBackend();
    render(Invoices, { backend, year: 2026 });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('发票');
    await fireEvent.input(screen.getByRole('spinbutton', { name: '年份' }), { target: { value: '2025' } });
    await fireEvent.click(screen.getByRole('button', { name: '开具发票' }));
    await waitFor(() => expect(screen.getByTestId('issued').textContent).toMatch(/^已开具 3 张发票：.+ 至 .+。$/));
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toContain('含税金额');
    const row = screen.getAllByRole('row').find((r) => r.querySelector('[role=gridcell]')?.textContent === '2026-00001')!;
    expect(row.textContent).toContain('€41.84');
    expect(row.textContent).toContain('未付');
    await fireEvent.click(row);
    const panel = await screen.findByRole('region', { name: '发票 2026-00001' });
    expect(within(panel).getByRole('table', { name: '增值税明细' }).textContent).toContain('标准税率');
    expect(within(panel).getByTestId('doc-total').textContent).toBe('€41.84');
  });

  it('MemberView in Finnish: the columns and the amounts with the euro after them', async () => {
    setLang('fi');
    const eur = (amount: string) => ({ amount, currency: 'EUR' });
    const shares: MemberShare[] = [{ deal: 'D1', title: 'Iso sopimus', year: 2025, payable: eur('1200.00'), funded: eur('0.00'), finalised: true }];
    render(MemberView, { backend: mockBackend({ memberShares: async () => shares }), year: 2026 });
    await waitFor(() => expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toContain('Kustannus per käyttö'));
    await waitFor(() => expect(cells('Jäsenen osuudet')[0]?.slice(0, 4)).toEqual(['2025', 'D1', 'Iso sopimus', '1 200,00 €']));
    expect(cells('Jäsenen osuudet')[0][6]).toBe('Vahvistettu');
    expect(screen.getByRole('button', { name: 'Kustannusselvitys PDF…' })).toBeTruthy();
  });

  it('Usage in Chinese: the tabs, the cost per use table and its amounts', async () => {
    setLang('zh');
    render(Usage, { backend: mockBackend(), year: 2026 });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('使用统计');
    await fireEvent.click(screen.getByRole('tab', { name: '单次使用成本' }));
    await waitFor(() => expect(cells('单次使用成本')).toHaveLength(3));
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toContain('联盟整体');
    expect(cells('联盟整体单次使用成本')).toEqual([['R1', 'Big resource', 'D1', '€2,700.00', '800', '€3.3750']]);
  });
});
