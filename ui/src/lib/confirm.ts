// An in-window confirmation dialog (keyboard and screen-reader friendly, and drivable by
// end-to-end tests, unlike the webview's native confirm()).
import { t } from './i18n.svelte';

export function confirmAction(message: string, action = t('common-confirm')): Promise<boolean> {
  return new Promise((resolve) => {
    const dialog = document.createElement('dialog');
    dialog.className = 'confirm';
    dialog.setAttribute('aria-label', t('common-confirm'));
    const text = document.createElement('p');
    text.textContent = message;
    const buttons = document.createElement('div');
    buttons.className = 'actions';
    const cancel = Object.assign(document.createElement('button'), { textContent: t('common-cancel'), className: 'secondary' });
    const ok = Object.assign(document.createElement('button'), { textContent: action, className: 'primary' });
    buttons.append(cancel, ok);
    dialog.append(text, buttons);
    const close = (answer: boolean) => {
      dialog.close();
      dialog.remove();
      resolve(answer);
    };
    cancel.onclick = () => close(false);
    ok.onclick = () => close(true);
    dialog.addEventListener('cancel', () => close(false));
    document.body.append(dialog);
    dialog.showModal();
    cancel.focus();
  });
}
