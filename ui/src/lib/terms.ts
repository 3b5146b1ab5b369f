// Licence terms in words: the ERMI-style terms and permission values of the core's
// licence_terms records (crates/core/src/records.rs: PERMISSION_TERMS, TEXT_TERMS, PERMISSIONS).
import { fieldLabel } from './records';

const TERM_LABELS: Record<string, string> = {
  walk_in_users: 'Walk-in users', remote_access: 'Remote access', alumni_access: 'Alumni access',
  ill_print: 'Interlibrary loan: print', ill_electronic: 'Interlibrary loan: electronic',
  ill_secure_electronic: 'Interlibrary loan: secure electronic', course_packs: 'Course packs', e_reserves: 'E-reserves',
  scholarly_sharing: 'Scholarly sharing', text_data_mining: 'Text and data mining', perpetual_access: 'Perpetual access',
  post_cancellation_access: 'Post-cancellation access', archiving_rights: 'Archiving rights', confidentiality: 'Confidentiality clause',
  annual_opt_out: 'Annual opt-out', accessibility_compliance: 'Accessibility compliance', open_access_publishing: 'Open-access publishing',
  authorised_users: 'Authorised users', concurrent_users: 'Concurrent users', usage_statistics: 'Usage statistics',
  authentication: 'Authentication',
};

export function termLabel(term: string): string {
  return TERM_LABELS[term] ?? fieldLabel(term);
}

/** A permission value's words, a sign that does not rely on colour, and its style. */
export interface PermissionLook { label: string; sign: string; tone: string }

const LOOKS: Record<string, PermissionLook> = {
  permitted_explicit: { label: 'Permitted (explicit)', sign: '✓', tone: 'permitted' },
  permitted_interpreted: { label: 'Permitted (interpreted)', sign: '✓?', tone: 'permitted-soft' },
  prohibited_explicit: { label: 'Prohibited (explicit)', sign: '✗', tone: 'prohibited' },
  prohibited_interpreted: { label: 'Prohibited (interpreted)', sign: '✗?', tone: 'prohibited-soft' },
  silent: { label: 'Silent', sign: '–', tone: 'silent' },
  not_applicable: { label: 'Not applicable', sign: 'n/a', tone: 'na' },
};

export function permissionLook(value: string): PermissionLook {
  return LOOKS[value] ?? { label: value, sign: '', tone: 'text' };
}
