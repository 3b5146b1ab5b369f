// The one interface between the UI and the backend; the app uses Tauri, tests use a mock.
import { invoke } from '@tauri-apps/api/core';

/** Exact money as decimal text with its currency: never a float. */
export interface Amount { amount: string; currency: string }
export interface Info { database: string; consortium: string | null; currency: string | null; year: number }
export interface Table { headers: string[]; rows: string[][] }
export interface Share {
  code: string; name: string; payable: Amount; funded: Amount; notional: Amount; last_year: Amount | null;
}
export interface SplitResult {
  deal: string; year: number; rule: string; total: Amount; funder_part: Amount;
  list_price: Amount | null; shares: Share[]; finalised: string | null;
}
export interface ComparisonRow {
  code: string; name: string; payable: Amount[]; last_year: Amount | null; standalone: Amount | null;
}
export interface Comparison { scenarios: string[]; totals: Amount[]; rows: ComparisonRow[] }
export interface Renewal {
  kind: 'licence' | 'deal'; code: string; title: string; end_date: string;
  notice_deadline: string | null; overdue: boolean; ended: boolean;
}
export interface MemberShare {
  deal: string; title: string; year: number; payable: Amount; funded: Amount; finalised: boolean;
}
export interface Scenario { name: string; rule: string }

/** What the backend sends when a command fails: a stable code, words, and the field. */
export interface BackendError { code: string; message: string; field: string | null }

export interface Backend {
  info(): Promise<Info>;
  list(kind: string): Promise<Table>;
  save(kind: string, values: string[]): Promise<void>;
  remove(kind: string, key: string): Promise<void>;
  split(deal: string, year: number, rule?: string): Promise<SplitResult>;
  explain(deal: string, year: number, member: string, rule?: string): Promise<string[]>;
  compare(deal: string, year: number, scenarios: Scenario[]): Promise<Comparison>;
  finalise(deal: string, year: number): Promise<void>;
  renewals(): Promise<Renewal[]>;
  memberShares(member: string, year: number): Promise<MemberShare[]>;
  openDatabase(path: string): Promise<void>;
  backUp(path: string): Promise<void>;
}

export const tauriBackend: Backend = {
  info: () => invoke('app_info'),
  list: (kind) => invoke('list', { kindName: kind }),
  save: (kind, values) => invoke('save', { kindName: kind, values }),
  remove: (kind, key) => invoke('delete', { kindName: kind, key }),
  split: (deal, year, rule) => invoke('split', { deal, year, rule: rule ?? null }),
  explain: (deal, year, member, rule) => invoke('explain', { deal, year, member, rule: rule ?? null }),
  compare: (deal, year, scenarios) => invoke('compare', { deal, year, scenarios }),
  finalise: (deal, year) => invoke('finalise', { deal, year }),
  renewals: () => invoke('renewals'),
  memberShares: (member, year) => invoke('member_shares', { member, year }),
  openDatabase: (path) => invoke('open_database', { path }),
  backUp: (path) => invoke('back_up', { path }),
};

/** The words of any error thrown by a backend call. */
export function errorText(e: unknown): string {
  if (e && typeof e === 'object' && 'message' in e) return String((e as BackendError).message);
  return String(e);
}

export function errorField(e: unknown): string | null {
  return e && typeof e === 'object' && 'field' in e ? (e as BackendError).field : null;
}
