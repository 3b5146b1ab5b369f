// Imported first: an error no view caught is shown in the window, never a blank page.
import { t } from './i18n.svelte';

/** An error no view caught is shown, never a blank window. */
export function showFatal(message: string) {
  const box = document.createElement('pre');
  box.className = 'error';
  box.setAttribute('role', 'alert');
  box.textContent = t('app-fatal', { message });
  document.body.prepend(box);
}
window.addEventListener('error', (e) => showFatal(String(e.error ?? e.message)));
window.addEventListener('unhandledrejection', (e) => showFatal(String((e.reason && e.reason.message) ?? e.reason)));

