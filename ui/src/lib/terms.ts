// Licence terms in words: the ERMI-style terms and permission values of the core's
// licence_terms records (crates/core/src/records.rs: PERMISSION_TERMS, TEXT_TERMS, PERMISSIONS),
// in the chosen language (term-<term> and permission-<value> in locales/*.ftl).
import { has, t } from './i18n.svelte';
import { fieldLabel } from './records';

/** A term's words; a term the files do not know (older data) as its field name in words. */
export function termLabel(term: string): string {
  return has(`term-${term}`) ? t(`term-${term}`) : fieldLabel(term);
}

/** A permission value's words, a sign that does not rely on colour, and its style. */
export interface PermissionLook { label: string; sign: string; tone: string }

const LOOKS: Record<string, { sign: string; tone: string }> = {
  permitted_explicit: { sign: '✓', tone: 'permitted' },
  permitted_interpreted: { sign: '✓?', tone: 'permitted-soft' },
  prohibited_explicit: { sign: '✗', tone: 'prohibited' },
  prohibited_interpreted: { sign: '✗?', tone: 'prohibited-soft' },
  silent: { sign: '–', tone: 'silent' },
  not_applicable: { sign: 'n/a', tone: 'na' },
};

export function permissionLook(value: string): PermissionLook {
  const look = LOOKS[value];
  return look ? { ...look, label: t(`permission-${value}`) } : { label: value, sign: '', tone: 'text' };
}
