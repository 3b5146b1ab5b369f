// Entry point: mounts the app on the real (Tauri) backend.
import './lib/fatal';
import { mount } from 'svelte';
import App from './App.svelte';
import { listen } from '@tauri-apps/api/event';
import { open, save } from '@tauri-apps/plugin-dialog';
import { tauriBackend } from './lib/api';
import type { FilePurpose } from './App.svelte';
import type { SaveRequest } from './lib/save';
import './app.css';

/** The only way to a file: a dialog the user answers. */
async function pickFile(purpose: FilePurpose): Promise<string | null> {
  const filters = [{ name: 'Konsortio database', extensions: ['db', 'sqlite'] }];
  if (purpose === 'open') return open({ filters, multiple: false, directory: false, title: 'Open a database' });
  return purpose === 'new'
    ? save({ filters, defaultPath: 'consortium.db', title: 'New database' })
    : save({ filters, defaultPath: 'konsortio-copy.db', title: 'Save a copy of the database' });
}

async function pickCsv(): Promise<string | null> {
  return open({ filters: [{ name: 'CSV file', extensions: ['csv'] }], multiple: false, directory: false, title: 'Import a CSV file' });
}

/** A folder (an import's or an export's): chosen by the user in a dialog. */
async function pickFolder(title: string): Promise<string | null> {
  return open({ directory: true, multiple: false, title });
}

/** A COUNTER report: told by its content, so any of the formats vendors send. */
async function pickUsageFile(): Promise<string | null> {
  return open({
    filters: [{ name: 'COUNTER report', extensions: ['tsv', 'csv', 'txt', 'xlsx', 'json'] }, { name: 'Any file', extensions: ['*'] }],
    multiple: false, directory: false, title: 'Import a COUNTER report',
  });
}

/** Where to write a CSV or PDF; the window asks again before replacing a file. */
async function pickSave({ defaultName, kind }: SaveRequest): Promise<string | null> {
  const filters = [kind === 'csv' ? { name: 'CSV file', extensions: ['csv'] } : { name: 'PDF document', extensions: ['pdf'] }];
  return save({ filters, defaultPath: defaultName, title: `Save ${defaultName}` });
}

/** The native File menu tells the window what was chosen. */
function menuEvents(handler: (id: string) => void) {
  listen<string>('menu', (e) => handler(e.payload));
}

mount(App, { target: document.getElementById('app')!, props: { backend: tauriBackend, pickFile, pickCsv, pickFolder, pickUsageFile, pickSave, menuEvents } });
