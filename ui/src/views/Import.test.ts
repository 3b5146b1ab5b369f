import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../lib/i18n.svelte';
import type { ImportResult } from '../lib/api';
import { mockBackend } from '../lib/mock';
import Import from './Import.svelte';

// The words asserted here are English: pin it, whatever the machine's locale.
beforeEach(() => setLang('en'));

describe('Import', () => {
  it('imports a chosen CSV file as the kind its name says, showing progress while it runs', async () => {
    let finish: (r: ImportResult) => void = () => {};
    const backend = mockBackend({ importCsv: (kind) => new Promise((resolve) => (finish = resolve)) });
    let imported = 0;
    render(Import, { backend, pickCsv: async () => '/data/2026-member_metrics.csv', onimported: () => imported++ });
    await fireEvent.click(screen.getByRole('button', { name: 'Choose file…' }));
    await waitFor(() => expect(screen.getByTestId('import-file').textContent).toBe('/data/2026-member_metrics.csv'));
    expect((screen.getByRole('combobox', { name: 'Records in the file' }) as HTMLSelectElement).value).toBe('member_metrics');
    await fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText(/Importing 2026-member_metrics.csv… 0 s/)).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Importing' })).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Choose file…' }) as HTMLButtonElement).disabled).toBe(true);
    finish({ kind: 'member_metrics', records: 1044 });
    await waitFor(() => expect(screen.getByTestId('imported').textContent).toContain('1,044 member metrics'));
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(imported).toBe(1);
  });

  it('names the file, line and field of a bad value, and says nothing was imported', async () => {
    const backend = mockBackend({
      importFolder: async () => { throw { code: 'input', field: 'country', message: "members.csv line 4, field 'country': 'Suomi' is not an ISO 3166 country code like FI" }; },
    });
    render(Import, { backend, pickFolder: async () => '/data/elc' });
    await fireEvent.click(screen.getByRole('button', { name: 'Choose folder and import…' }));
    const error = await screen.findByTestId('import-error');
    expect(error.textContent).toContain('Nothing was imported.');
    const where = [...error.querySelectorAll('dd')].map((d) => d.textContent);
    expect(where).toEqual(['members.csv', '4', 'country']);
    expect(error.textContent).toContain("'Suomi' is not an ISO 3166 country code like FI");
  });

  it('imports a folder in one go and lists what each file held', async () => {
    const backend = mockBackend();
    render(Import, { backend, pickFolder: async () => '/data/elc' });
    await fireEvent.click(screen.getByRole('button', { name: 'Choose folder and import…' }));
    await waitFor(() => expect(screen.getByTestId('imported').textContent).toContain('Imported 5 records'));
    expect(backend.calls).toContain('import folder /data/elc');
  });
});
