import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { setLang } from './lib/i18n.svelte';
import { mockBackend } from './lib/mock';
import App from './App.svelte';

// The words asserted here are English: pin it, whatever the machine's locale.
beforeEach(() => setLang('en'));

/** The app with a File menu the test drives, and dialogs that answer `answer`. */
function withMenu(backend = mockBackend(), answer: string | null = '/home/anna/elc.db') {
  let send: (id: string) => void = () => {};
  const asked: string[] = [];
  render(App, {
    backend,
    pickFile: async (purpose) => { asked.push(purpose); return answer; },
    menuEvents: (handler) => { send = handler; },
  });
  return { backend, asked, menu: (id: string) => send(id) };
}

describe('App: the File menu', () => {
  it('creates a new database at the path the user chose, and opens a recent one by its place in the menu', async () => {
    const { backend, asked, menu } = withMenu();
    await waitFor(() => expect(screen.getByTestId('consortium').textContent).toBe('Demo'));
    menu('new');
    await waitFor(() => expect(backend.calls).toContain('new /home/anna/elc.db'));
    expect(asked).toEqual(['new']);
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Created /home/anna/elc.db'));
    menu('recent:2');
    await waitFor(() => expect(backend.calls).toContain('recent 2'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Opened /data/recent-2.db.'));
    menu('back_up');
    await waitFor(() => expect(backend.calls).toContain('back up /home/anna/elc.db'));
  });

  it('names the native menu in the window’s language, at start and after a switch', async () => {
    const { backend } = withMenu();
    await waitFor(() => expect(backend.calls).toContain('language en'));
    await fireEvent.change(screen.getByTestId('language'), { target: { value: 'tr' } });
    await waitFor(() => expect(backend.calls).toContain('language tr'));
  });

  it('does nothing when the dialog is cancelled, and shows a refused open as an error', async () => {
    const { backend, menu } = withMenu(mockBackend({ openRecent: async () => { throw { code: 'not_found', message: "no database '/gone.db'", field: null }; } }), null);
    menu('open');
    menu('new');
    await new Promise((r) => setTimeout(r, 20));
    expect(backend.calls.filter((c) => /^(open|new) /.test(c))).toEqual([]);
    menu('recent:0');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain("no database '/gone.db'"));
  });

  it('offers to import or load the demo into an empty database', async () => {
    const backend = mockBackend();
    const info = await backend.info();
    let empty = true;
    backend.info = async () => ({ ...info, consortium: empty ? null : 'Demo' });
    backend.loadDemo = async () => { empty = false; };
    render(App, { backend });
    await fireEvent.click(await screen.findByRole('button', { name: 'Load the demo consortium' }));
    await waitFor(() => expect(screen.queryByTestId('empty-db')).toBeNull());
    expect(screen.getByRole('status').textContent).toBe('Loaded the demo consortium.');
  });

  it('reports the first screen to the backend once its table is there', async () => {
    const backend = mockBackend();
    render(App, { backend });
    await waitFor(() => expect(backend.calls.some((c) => c.startsWith('timing first-screen page_ms='))).toBe(true));
    await fireEvent.click(screen.getByRole('button', { name: 'Vendors' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Members' }));
    await new Promise((r) => setTimeout(r, 20));
    expect(backend.calls.filter((c) => c.startsWith('timing first-screen'))).toHaveLength(1);
  });
});
