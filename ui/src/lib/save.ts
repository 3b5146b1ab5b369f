// Writing one file to a path from a save dialog, never over an existing file without asking.
import { errorField } from './api';
import { confirmAction } from './confirm';

/** What a save dialog offers: the suggested name and the file type. */
export interface SaveRequest { defaultName: string; kind: 'csv' | 'pdf' }
/** Asks the user where to save (the dialog); null if they cancel. */
export type PickSave = (request: SaveRequest) => Promise<string | null>;

/**
 * Asks for a path, then writes: `write(path, false)` first; if the backend answers that the
 * file exists, asks in the window, then `write(path, true)`. Returns the path written, or null
 * when the user cancelled either question. Other errors are thrown to the caller.
 */
export async function saveTo(
  pick: PickSave | undefined, request: SaveRequest, write: (path: string, force: boolean) => Promise<void>,
  question: (path: string) => string, action: string,
): Promise<string | null> {
  const path = await pick?.(request);
  if (!path) return null;
  try {
    await write(path, false);
  } catch (e) {
    if ((e as { code?: string })?.code !== 'exists') throw e;
    if (!(await confirmAction(question(errorField(e) ?? path), action))) return null;
    await write(path, true);
  }
  return path;
}
