// An in-memory backend for component tests: the same interface as the Tauri one.
import type { Backend, SplitResult, Table } from './api';

const eur = (amount: string) => ({ amount, currency: 'EUR' });

export function mockBackend(overrides: Partial<Backend> = {}): Backend & { calls: string[] } {
  const calls: string[] = [];
  const tables: Record<string, Table> = {
    members: { headers: ['code', 'name', 'country'], rows: [['FI-A', 'Aalto', 'FI'], ['TR-B', 'Boğaziçi', 'TR'], ['SE-C', 'Chalmers', 'SE']] },
    deals: { headers: ['code', 'resource', 'title', 'rule'], rows: [['D1', 'R1', 'Big deal', 'shared: fte']] },
  };
  const split = (rule?: string): SplitResult => ({
    deal: 'D1', year: 2026, rule: rule ?? 'shared: fte', total: eur('100.00'), funder_part: eur(rule ? '50.00' : '0.00'),
    list_price: null, finalised: null,
    shares: [
      { code: 'FI-A', name: 'Aalto', payable: eur(rule ? '16.67' : '33.34'), funded: eur('0.00'), notional: eur('33.34'), last_year: eur('30.00') },
      { code: 'SE-C', name: 'Chalmers', payable: eur(rule ? '16.67' : '33.33'), funded: eur('0.00'), notional: eur('33.33'), last_year: null },
      { code: 'TR-B', name: 'Boğaziçi', payable: eur(rule ? '16.66' : '33.33'), funded: eur('0.00'), notional: eur('33.33'), last_year: null },
    ],
  });
  const backend: Backend = {
    info: async () => ({ database: '/tmp/k.db', consortium: 'Demo', currency: 'EUR', year: 2026 }),
    list: async (kind) => { calls.push(`list ${kind}`); return tables[kind] ?? { headers: [], rows: [] }; },
    save: async (kind, values) => { calls.push(`save ${kind} ${values.join(',')}`); },
    remove: async (kind, key) => { calls.push(`remove ${kind} ${key}`); },
    split: async (deal, year, rule) => { calls.push(`split ${deal} ${year} ${rule ?? '-'}`); return split(rule); },
    explain: async (deal, year, member) => [`${member} in ${deal} ${year}`],
    compare: async () => ({ scenarios: [], totals: [], rows: [] }),
    finalise: async (deal, year) => { calls.push(`finalise ${deal} ${year}`); },
    renewals: async () => [],
    memberShares: async () => [],
    openDatabase: async () => {},
    backUp: async () => {},
    ...overrides,
  };
  return Object.assign(backend, { calls });
}
