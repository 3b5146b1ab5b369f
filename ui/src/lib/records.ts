// Records as the backend lists them (a header row and text rows), read and written by field
// name, and the keys that name one record (the same as the core's Record::KEY).
import type { Table } from './api';
import { has, t } from './i18n.svelte';

/** How many leading fields make a record's key, by kind (all others: the code alone). */
const KEY_FIELDS: Record<string, number> = {
  offers: 2, participations: 2, licence_terms: 2, member_metrics: 3, licence_amendments: 3, vat_rates: 3, exchange_rates: 3,
};

/** The key of a row: its first one to three values. */
export function keyOf(kind: string, row: string[]): string[] {
  return row.slice(0, KEY_FIELDS[kind] ?? 1);
}

export const sameKey = (a: string[], b: string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/** A row as an object of its fields. */
export function asObject(headers: string[], row: string[]): Record<string, string> {
  return Object.fromEntries(headers.map((h, i) => [h, row[i] ?? '']));
}

/** An object's fields as a row in the table's header order ('' for a missing one). */
export function asRow(headers: string[], values: Record<string, string>): string[] {
  return headers.map((h) => (values[h] ?? '').trim());
}

/** The value of `field` in every row. */
export function column(table: Table, field: string): string[] {
  const i = table.headers.indexOf(field);
  return i < 0 ? [] : table.rows.map((r) => r[i]);
}

/** Today as YYYY-MM-DD in the user's time zone. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A coded value in words in the chosen language (kind "university" -> "University",
 * "Yliopisto"); the code itself when the files do not name it (free text, a new code). */
export function valueLabel(field: string, value: string): string {
  const id = `value-${field}-${value}`;
  return value && has(id) ? t(id) : value;
}

/** Words for a record's field name in the chosen language ("start_date" -> "Start date",
 * "Alkaa"); a field the files do not name, in English words from the name itself. */
export function fieldLabel(field: string): string {
  if (has(`field-${field}`)) return t(`field-${field}`);
  const words = field.replace(/_pct$/, ' %').replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
