import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import DataTable from './DataTable.svelte';

const headers = ['code', 'name', 'fte'];
const rows = [['A', 'Aalto', '900'], ['B', 'Boğaziçi', '10000'], ['C', 'Chalmers', '50']];

const shownCodes = () => screen.getAllByRole('row').slice(1).map((r) => r.querySelector('[role=gridcell]')?.textContent);

describe('DataTable', () => {
  it('searches, and sorts numbers by value', async () => {
    render(DataTable, { headers, rows, numeric: [2], label: 'Members' });
    expect(shownCodes()).toEqual(['A', 'B', 'C']);
    await fireEvent.click(screen.getByRole('button', { name: 'fte' }));
    expect(shownCodes()).toEqual(['C', 'A', 'B']);
    await fireEvent.click(screen.getByRole('button', { name: /fte/ }));
    expect(shownCodes()).toEqual(['B', 'A', 'C']);
    await fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'bogazici' } });
    expect(shownCodes()).toEqual(['B']);
    expect(screen.getByText('1 of 3')).toBeTruthy();
  });

  it('renders only the visible rows of a long table', () => {
    const many = Array.from({ length: 3000 }, (_, i) => [`M${i}`, `Member ${i}`, String(i)]);
    render(DataTable, { headers, rows: many, label: 'Members' });
    const rendered = screen.getAllByRole('row').length - 1;
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(100);
  });
});
