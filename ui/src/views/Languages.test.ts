// Views in Finnish and in Chinese: their words, amounts as the language writes them, lists in its order.
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import DataTable from '../lib/DataTable.svelte';
import { money } from '../lib/format';
import { setLang } from '../lib/i18n.svelte';
import { mockBackend } from '../lib/mock';
import Renewals from './Renewals.svelte';

const nbsp = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const headers = ['code', 'name', 'pays'];
const rows = [
  ['CN-PKU', '北京大学图书馆', '1234.56'], ['CN-ZJU', '浙江大学图书馆', '99.5'], ['CN-CUHK', '香港中文大学图书馆', '20000'],
  ['SE-LU', 'Lunds universitet', '1234.56'], ['SE-UMU', 'Umeå universitet', '11'], ['FI-AA', 'Åbo Akademi', '12'], ['FI-ZZ', 'Zeta', '13'],
];
const display = (row: string[], c: number) => (c === 2 ? money({ amount: row[c], currency: 'CNY' }) : row[c]);
const shownNames = () => screen.getAllByRole('row').slice(1).map((r) => r.querySelectorAll('[role=gridcell]')[1]?.textContent);
const renewals = [
  { kind: 'licence' as const, code: 'L1', title: 'ScienceDirect', end_date: '2026-12-31', notice_deadline: '2026-06-30', overdue: true, ended: false },
  { kind: 'deal' as const, code: 'D1', title: 'Wiley', end_date: '2027-12-31', notice_deadline: null, overdue: false, ended: false },
];

afterEach(() => setLang('en'));

describe('in Chinese', () => {
  it('labels the table, writes yuan as ¥1,234.56 and sorts names by pinyin', async () => {
    setLang('zh');
    render(DataTable, { headers, rows: rows.slice(0, 3), label: '成员馆', display });
    expect(screen.getByRole('searchbox').getAttribute('placeholder')).toBe('搜索');
    expect(screen.getByText('3 / 3')).toBeTruthy();
    expect(screen.getByText('¥1,234.56')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'name' }));
    // běi (北), xiāng (香), zhè (浙)
    expect(shownNames()).toEqual(['北京大学图书馆', '香港中文大学图书馆', '浙江大学图书馆']);
  });

  it('shows the renewal calendar in Chinese, dates as Chinese writes them', async () => {
    setLang('zh');
    render(Renewals, { backend: mockBackend({ renewals: async () => renewals }) });
    expect(screen.getByRole('heading').textContent).toBe('续订日历');
    await waitFor(() => expect(screen.getByText('已过通知期')).toBeTruthy());
    expect(screen.getByText('2026年6月30日')).toBeTruthy();
    expect(screen.getByText('许可')).toBeTruthy();
  });
});

describe('in Finnish', () => {
  it('labels the table, writes 1 234,56 € and sorts å, ä, ö after z', async () => {
    setLang('fi');
    const euros = (row: string[], c: number) => (c === 2 ? money({ amount: row[c], currency: 'EUR' }) : row[c]);
    render(DataTable, { headers, rows: rows.slice(3), label: 'Jäsenet', display: euros });
    expect(screen.getByRole('searchbox').getAttribute('aria-label')).toBe('Hae: Jäsenet');
    expect(screen.getByText('4/4')).toBeTruthy();
    expect(nbsp(screen.getAllByRole('gridcell')[2].textContent)).toBe('1 234,56 €');
    await fireEvent.click(screen.getByRole('button', { name: 'name' }));
    expect(shownNames()).toEqual(['Lunds universitet', 'Umeå universitet', 'Zeta', 'Åbo Akademi']);
    expect(nbsp(money({ amount: '1234.56', currency: 'EUR' }))).toBe('1 234,56 €');
  });

  it('shows the renewal calendar in Finnish and switches to English at once', async () => {
    setLang('fi');
    render(Renewals, { backend: mockBackend({ renewals: async () => renewals }) });
    await waitFor(() => expect(screen.getByText('Irtisanomisaika ohi')).toBeTruthy());
    expect(screen.getByRole('heading').textContent).toBe('Uusimiskalenteri');
    expect(screen.getByText('30.6.2026')).toBeTruthy();
    setLang('en');
    await waitFor(() => expect(screen.getByRole('heading').textContent).toBe('Renewal calendar'));
    expect(screen.getByText('Notice overdue')).toBeTruthy();
  });
});

describe('in Turkish', () => {
  it('finds İstanbul when searching istanbul', async () => {
    setLang('tr');
    render(DataTable, { headers, rows: [['TR-ITU', 'İstanbul Teknik Üniversitesi', '1'], ['TR-AU', 'Ankara Üniversitesi', '2']], label: 'Üyeler' });
    await fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'istanbul' } });
    expect(shownNames()).toEqual(['İstanbul Teknik Üniversitesi']);
  });
});
