// Undo for edits made through several forms: each step knows how to put back what it
// changed (save the values from before, delete what it created), newest first.
import type { Backend, Table } from './api';
import { keyOf, sameKey } from './records';

export interface UndoStep { label: string; undo: () => Promise<void> }

export class UndoStack {
  steps = $state<UndoStep[]>([]);

  get size() { return this.steps.length; }

  push(step: UndoStep) { this.steps = [...this.steps, step]; }

  /** Undoes the newest step; returns its label, or null when there is nothing to undo. */
  async undo(): Promise<string | null> {
    const step = this.steps.at(-1);
    if (!step) return null;
    await step.undo();
    this.steps = this.steps.slice(0, -1);
    return step.label;
  }
}

/**
 * Writes `save` and deletes `remove` (whole keys) in one transaction, and returns the step
 * that undoes it: the rows as `before` held them are saved back, and what did not exist
 * before is deleted.
 */
export async function saveUndoable(
  backend: Backend, kind: string, before: Table, save: string[][], remove: string[][], label: string,
): Promise<UndoStep> {
  await backend.saveMany(kind, save, remove);
  const prior = (key: string[]) => before.rows.find((r) => sameKey(keyOf(kind, r), key)) ?? null;
  const touched = [...save.map((r) => keyOf(kind, r)), ...remove];
  const restore = touched.map(prior).filter((r): r is string[] => r !== null);
  const created = save.map((r) => keyOf(kind, r)).filter((k) => prior(k) === null);
  // A record named by its code alone may be referred to by now: delete it the checked way.
  if (keyOf(kind, ['a', 'b', 'c']).length === 1) {
    return { label, undo: async () => {
      await backend.saveMany(kind, restore, []);
      for (const [code] of created) await backend.remove(kind, code);
    } };
  }
  return { label, undo: () => backend.saveMany(kind, restore, created) };
}
