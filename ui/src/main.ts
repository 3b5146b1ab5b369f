// Entry point: mounts the app on the real (Tauri) backend.
import './lib/fatal';
import { mount } from 'svelte';
import App from './App.svelte';
import { listen } from '@tauri-apps/api/event';
import { open, save } from '@tauri-apps/plugin-dialog';
import { tauriBackend } from './lib/api';
import { t } from './lib/i18n.svelte';
import type { FilePurpose } from './App.svelte';
import type { SaveRequest } from './lib/save';
import './app.css';

/** The only way to a file: a dialog the user answers. */
async function pickFile(purpose: FilePurpose): Promise<string | null> {
  const filters = [{ name: t('dialog-database-files'), extensions: ['db', 'sqlite'] }];
  if (purpose === 'open') return open({ filters, multiple: false, directory: false, title: t('dialog-open-database') });
  return purpose === 'new'
    ? save({ filters, defaultPath: 'consortium.db', title: t('dialog-new-database') })
    : save({ filters, defaultPath: 'konsortio-copy.db', title: t('dialog-copy-database') });
}

async function pickCsv(): Promise<string | null> {
  return open({ filters: [{ name: t('dialog-csv-files'), extensions: ['csv'] }], multiple: false, directory: false, title: t('import-file-aria') });
}

/** A folder (an import's or an export's): chosen by the user in a dialog. */
async function pickFolder(title: string): Promise<string | null> {
  return open({ directory: true, multiple: false, title });
}

/** WebDriver sees only the page, never the native dialogs: the end-to-end tests queue the
 * paths the next dialogs answer in this array (DECISIONS 34). Nothing else sets it. */
function queuedAnswer(): string | undefined {
  return (window as { __konsortioDialogAnswers?: string[] }).__konsortioDialogAnswers?.shift();
}

/** A COUNTER report: told by its content, so any of the formats vendors send. */
async function pickUsageFile(): Promise<string | null> {
  const queued = queuedAnswer();
  if (queued) return queued;
  return open({
    filters: [{ name: t('dialog-counter-files'), extensions: ['tsv', 'csv', 'txt', 'xlsx', 'json'] }, { name: t('dialog-any-file'), extensions: ['*'] }],
    multiple: false, directory: false, title: t('dialog-import-counter'),
  });
}

/** Where to write a CSV or PDF; the window asks again before replacing a file. */
async function pickSave({ defaultName, kind }: SaveRequest): Promise<string | null> {
  const queued = queuedAnswer();
  if (queued) return queued;
  const filters = [kind === 'csv' ? { name: t('dialog-csv-files'), extensions: ['csv'] } : { name: t('dialog-pdf-files'), extensions: ['pdf'] }];
  return save({ filters, defaultPath: defaultName, title: t('dialog-save-file', { file: defaultName }) });
}

/** The native File menu tells the window what was chosen. */
function menuEvents(handler: (id: string) => void) {
  listen<string>('menu', (e) => handler(e.payload));
}

mount(App, { target: document.getElementById('app')!, props: { backend: tauriBackend, pickFile, pickCsv, pickFolder, pickUsageFile, pickSave, menuEvents } });
