import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../lib/i18n.svelte';
import { mockBackend } from '../lib/mock';
import Records from './Records.svelte';

describe('Records', () => {
  // The words below are English: pin it, whatever the machine's locale.
  beforeEach(() => setLang('en'));

  it('shows a validation error next to its field', async () => {
    const backend = mockBackend({
      save: async () => { throw { code: 'input', message: "members, field 'country': 'XX' is not a country code", field: 'country' }; },
    });
    render(Records, { backend, kind: 'members', title: 'Members' });
    await waitFor(() => screen.getByText('Aalto'));
    await fireEvent.click(screen.getByText('Aalto'));
    await fireEvent.input(screen.getByRole('textbox', { name: 'Country' }), { target: { value: 'XX' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('not a country code'));
    expect(screen.getByRole('textbox', { name: 'Country' }).getAttribute('aria-invalid')).toBe('true');
  });

  it('saves, then undoes the edit by saving the values before it', async () => {
    const backend = mockBackend();
    render(Records, { backend, kind: 'members', title: 'Members' });
    await waitFor(() => screen.getByText('Chalmers'));
    await fireEvent.click(screen.getByText('Chalmers'));
    await fireEvent.input(screen.getByRole('textbox', { name: 'Name' }), { target: { value: 'Chalmers tekniska högskola' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(backend.calls).toContain('save members SE-C,Chalmers tekniska högskola,SE'));
    await fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(backend.calls.at(-2)).toBe('save members SE-C,Chalmers,SE'));
  });
});
