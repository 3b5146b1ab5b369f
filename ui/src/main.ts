// Entry point: mounts the app on the real (Tauri) backend.
import './lib/fatal';
import { mount } from 'svelte';
import App from './App.svelte';
import { open, save } from '@tauri-apps/plugin-dialog';
import { tauriBackend } from './lib/api';
import './app.css';

/** The only way to a file: a dialog the user answers. */
async function pickFile(saving: boolean): Promise<string | null> {
  const filters = [{ name: 'Konsortio database', extensions: ['db', 'sqlite'] }];
  return saving ? save({ filters, defaultPath: 'konsortio-copy.db' }) : open({ filters, multiple: false, directory: false });
}

/** The folder an export writes to: chosen by the user in a dialog. */
async function pickFolder(): Promise<string | null> {
  return open({ directory: true, multiple: false, title: 'Export invoices to folder' });
}

mount(App, { target: document.getElementById('app')!, props: { backend: tauriBackend, pickFile, pickFolder } });
