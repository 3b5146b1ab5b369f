import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { mockBackend } from '../lib/mock';
import Workbench from './Workbench.svelte';

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
