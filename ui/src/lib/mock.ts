// An in-memory backend for component tests: the same interface as the Tauri one.
import type {
  Amount, Backend, CostPerUse, InvoiceDetail, InvoiceDocument, InvoiceLine, InvoiceRow, IssueRequest, Party, SplitResult, Step, Table, UnmatchedName,
  UsageImport, UsageMapping, SushiEndpointView, SushiCredentials, MemberHarvest,
} from './api';
import { compareAmounts, minus, sum } from './format';
import { keyOf, sameKey } from './records';
import { plainStep } from './explain';

const eur = (amount: string) => ({ amount, currency: 'EUR' });

const DEAL_FIELDS = ['code', 'resource', 'title', 'start_date', 'end_date', 'participation', 'funder', 'rule'];
const OFFER_FIELDS = ['deal', 'version', 'date', 'currency', 'list_price', 'pricing', 'annual_cap_pct', 'index_pct', 'rate', 'rate_date', 'rate_source', 'note'];
const LICENCE_FIELDS = ['code', 'resource', 'title', 'start_date', 'end_date', 'renewal', 'notice_days', 'governing_law', 'jurisdiction'];

/** The mock's records: a few of each kind the views read, with the real field lists. */
function mockTables(): Record<string, Table> {
  return {
    members: { headers: ['code', 'name', 'country'], rows: [['FI-A', 'Aalto', 'FI'], ['TR-B', 'Boğaziçi', 'TR'], ['SE-C', 'Chalmers', 'SE']] },
    resources: { headers: ['code', 'vendor', 'name', 'kind'], rows: [['R1', 'V1', 'Big resource', 'database'], ['R2', 'V1', 'Small resource', 'ebooks']] },
    funders: { headers: ['name', 'country'], rows: [['Ministry', 'FI']] },
    deals: { headers: DEAL_FIELDS, rows: [
      ['D1', 'R1', 'Big deal', '2026-01-01', '2026-12-31', 'open', '', 'shared: fte'],
      ['D2', 'R2', 'Closed deal', '2026-01-01', '2026-12-31', 'closed', 'Ministry', 'shared: equal'],
    ] },
    offers: { headers: OFFER_FIELDS, rows: [
      ['D1', '1', '2025-09-01', 'USD', '120', 'total 110', '4', '2026=3.1', '0.92', '2025-09-01', 'ECB', 'Opening offer'],
      ['D1', '2', '2025-10-15', 'USD', '120', 'total 1=100, 3=108', '4', '2026=3.1, 2027=2.5', '0.91', '2025-10-15', 'ECB', 'Final'],
      ['D2', '1', '2025-10-01', 'EUR', '', 'total 50', '', '', '', '', '', ''],
    ] },
    participations: { headers: ['deal', 'member', 'joined', 'left'], rows: [['D1', 'FI-A', '', ''], ['D1', 'SE-C', '2026-03-01', '']] },
    licences: { headers: LICENCE_FIELDS, rows: [
      ['L1', 'R1', 'Big licence', '2024-01-01', '2026-12-31', 'explicit', '90', 'Finland', 'Helsinki'],
      ['L2', 'R2', 'Small licence', '2025-01-01', '2025-12-31', 'automatic', '60', '', ''],
      ['L3', 'R1', 'Old licence', '2020-01-01', '2022-12-31', 'explicit', '30', '', ''],
    ] },
    licence_terms: { headers: ['licence', 'term', 'value', 'note'], rows: [
      ['L1', 'authorised_users', 'Staff and students', ''],
      ['L1', 'remote_access', 'permitted_explicit', ''],
      ['L1', 'text_data_mining', 'permitted_interpreted', 'Clause 4.2'],
      ['L1', 'perpetual_access', 'prohibited_explicit', ''],
      ['L2', 'authorised_users', 'Staff and students', ''],
      ['L2', 'remote_access', 'permitted_explicit', ''],
      ['L2', 'text_data_mining', 'silent', ''],
      ['L2', 'perpetual_access', 'permitted_explicit', ''],
      ['L3', 'remote_access', 'prohibited_interpreted', ''],
    ] },
  };
}

/** What the real backend refuses, for the forms' tests: the field and the words. */
function check(kind: string, headers: string[], values: string[]): void {
  const v = Object.fromEntries(headers.map((h, i) => [h, values[i] ?? '']));
  const refuse = (field: string, message: string) => { throw { code: 'input', message: `${kind}, field '${field}': ${message}`, field }; };
  if (kind === 'deals' && !v.title) refuse('title', 'is empty');
  if (kind === 'offers' && !/^(total|per-site) /.test(v.pricing)) refuse('pricing', `'${v.pricing}' is not a price: it must start with 'total' or 'per-site'`);
  if (kind === 'offers' && v.currency && !/^[A-Z]{3}$/.test(v.currency)) refuse('currency', `'${v.currency}' is not an ISO 4217 currency code`);
  if (kind === 'participations' && v.joined && v.left && v.left < v.joined) refuse('left', `${v.deal} / ${v.member}: is before joined`);
  if (kind === 'licence_terms' && !v.value) refuse('value', 'is empty');
}

export function mockBackend(overrides: Partial<Backend> = {}): Backend & { calls: string[]; tables: Record<string, Table> } {
  const calls: string[] = [];
  const tables = mockTables();
  const table = (kind: string) => (tables[kind] ??= { headers: [], rows: [] });
  const upsert = (kind: string, values: string[]) => {
    const t = table(kind);
    check(kind, t.headers, values);
    const key = keyOf(kind, values);
    const at = t.rows.findIndex((r) => sameKey(keyOf(kind, r), key));
    if (at >= 0) t.rows[at] = [...values]; else t.rows.push([...values]);
  };
  const drop = (kind: string, key: string[]) => {
    const t = table(kind);
    const at = t.rows.findIndex((r) => sameKey(keyOf(kind, r), key));
    if (at < 0) throw { code: 'invalid', message: `${kind} has no record ${key.join(' / ')}`, field: null };
    t.rows.splice(at, 1);
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
    info: async () => ({
      database: '/tmp/k.db', consortium: 'Demo', currency: 'EUR', year: 2026, export_formats: ['csv', 'ubl'],
      vocabulary: {
        permission_terms: ['walk_in_users', 'remote_access', 'text_data_mining', 'perpetual_access'],
        text_terms: ['authorised_users', 'concurrent_users'],
        permissions: ['permitted_explicit', 'permitted_interpreted', 'prohibited_explicit', 'prohibited_interpreted', 'silent', 'not_applicable'],
        member_kinds: ['university', 'public'], resource_kinds: ['database', 'ebooks'],
      },
    }),
    list: async (kind) => { calls.push(`list ${kind}`); const t = table(kind); return { headers: [...t.headers], rows: t.rows.map((r) => [...r]) }; },
    listWhere: async (kind, field, value) => {
      calls.push(`listWhere ${kind} ${field}=${value}`);
      const t = table(kind);
      const i = t.headers.indexOf(field);
      return { headers: [...t.headers], rows: t.rows.filter((r) => r[i] === value).map((r) => [...r]) };
    },
    save: async (kind, values) => { calls.push(`save ${kind} ${values.join(',')}`); if (tables[kind]) upsert(kind, values); },
    saveMany: async (kind, save, remove) => {
      calls.push(`saveMany ${kind} +${save.map((r) => keyOf(kind, r).join('/')).join(' +')} -${remove.map((k) => k.join('/')).join(' -')}`);
      const before = table(kind).rows.map((r) => [...r]);
      try {
        for (const key of remove) drop(kind, key);
        for (const row of save) upsert(kind, row);
      } catch (e) {
        table(kind).rows = before; // all or nothing, as the one transaction
        throw e;
      }
    },
    remove: async (kind, key) => { calls.push(`remove ${kind} ${key}`); if (tables[kind]) drop(kind, [key]); },
    split: async (deal, year, rule) => { calls.push(`split ${deal} ${year} ${rule ?? '-'}`); return split(rule); },
    explain: async (deal, year, member): Promise<Step[]> => [
      // A step stored before keys named sentence forms: shown as its text.
      { key: '', text: `${member} in ${deal} ${year}`, args: {} },
      {
        key: 'explain-result-funded', text: 'You pay 50.00 EUR; The central funder pays 50.00 EUR for you; your notional share is 100.00 EUR.',
        args: {
          payable: { type: 'money', amount: '50.00', currency: 'EUR' }, funder: { type: 'phrase', id: 'explain-funder-default' },
          funded: { type: 'money', amount: '50.00', currency: 'EUR' }, notional: { type: 'money', amount: '100.00', currency: 'EUR' },
        },
      },
    ],
    compare: async (deal, year, scenarios) => {
      calls.push(`compare ${deal} ${year} ${scenarios.map((s) => `${s.name}=${s.rule}`).join(' | ')}`);
      const splits = scenarios.map((s) => split(s.rule === 'shared: fte' ? undefined : s.rule));
      return {
        scenarios: scenarios.map((s) => s.name), totals: splits.map((s) => s.total), funder_parts: splits.map((s) => s.funder_part),
        list_price: eur('60.00'),
        rows: splits[0]?.shares.map((sh, i) => ({
          code: sh.code, name: sh.name, payable: splits.map((s) => s.shares[i].payable), last_year: sh.last_year, standalone: eur('60.00'),
        })) ?? [],
      };
    },
    finalise: async (deal, year) => { calls.push(`finalise ${deal} ${year}`); },
    renewals: async () => [],
    memberShares: async () => [],
    openDatabase: async (path) => { calls.push(`open ${path}`); },
    newDatabase: async (path) => { calls.push(`new ${path}`); },
    openRecent: async (index) => { calls.push(`recent ${index}`); return `/data/recent-${index}.db`; },
    setLanguage: async (lang) => { calls.push(`language ${lang}`); },
    loadDemo: async () => { calls.push('load demo'); },
    backUp: async (path) => { calls.push(`back up ${path}`); },
    importCsv: async (kind, path) => { calls.push(`import ${kind} ${path}`); return { kind, records: 3 }; },
    importFolder: async (path) => { calls.push(`import folder ${path}`); return [{ kind: 'members', records: 3 }, { kind: 'deals', records: 2 }]; },
    timing: async (mark) => { calls.push(`timing ${mark}`); return 0; },
    ...invoicing(calls),
    ...usage(calls),
    ...sushi(calls),
    ...overrides,
  };
  return Object.assign(backend, { calls, tables });
}

const party = (code: string, name: string, country: string, vat_id: string | null): Party => ({
  code, name, address: 'Main street 1', postcode: '00100', city: 'Capital', country, vat_id, email: null,
});
/** The mock's members as buyers: a Finnish one at 25.5 % VAT, a Swedish one billed in SEK
 * under reverse charge, a Turkish one outside the EU. */
const buyers = [
  { buyer: party('FI-A', 'Aalto', 'FI', 'FI22830371'), share: '33.34', net: { amount: '33.34', currency: 'EUR' },
    vat: ['S', '25.5', null, '8.50'] as const, conversion: null },
  { buyer: party('SE-C', 'Chalmers', 'SE', 'SE556479559801'), share: '33.33', net: { amount: '370.00', currency: 'SEK' },
    vat: ['AE', '0', 'Reverse charge', '0.00'] as const,
    conversion: { from: 'EUR', to: 'SEK', rate: '11.1011', date: '2026-01-02', source: 'ECB' } },
  { buyer: party('TR-B', 'Boğaziçi', 'TR', null), share: '33.33', net: { amount: '33.33', currency: 'EUR' },
    vat: ['G', '0', 'Export outside the EU', '0.00'] as const, conversion: null },
];

/** An in-memory register for the invoice views: issue, credit, pay, export. */
function invoicing(calls: string[]): Pick<Backend, 'invoices' | 'invoice' | 'draftInvoices' | 'issueInvoices' | 'creditInvoice' | 'recordPayment' | 'exportInvoices'> {
  const docs = new Map<string, InvoiceDocument>();
  const payments = new Map<string, InvoiceDetail['payments']>();
  const seq: Record<string, number> = {};
  const invoiced = new Set<string>();
  const number = (series: string) => `${series}-${String((seq[series] = (seq[series] ?? 0) + 1)).padStart(5, '0')}`;
  const zero = (currency: string): Amount => ({ amount: '0.00', currency });
  const none = (a: Amount) => compareAmounts(a, zero(a.currency)) <= 0;
  const creditNotes = (n: string) => [...docs.values()].filter((d) => d.credits?.number === n);
  const row = (d: InvoiceDocument): InvoiceRow => {
    const credited = sum(creditNotes(d.number).map((c) => c.gross_total), d.currency);
    const paid = sum(payments.get(d.number)?.map((p) => p.amount) ?? [], d.currency);
    const due = minus(minus(d.gross_total, credited), paid);
    const status = d.kind === 'credit_note' ? 'issued'
      : none(minus(d.gross_total, credited)) ? 'credited'
      : none(paid) ? 'issued'
      : none(due) ? 'paid' : 'partly paid';
    return {
      number: d.number, kind: d.kind, issue_date: d.issue_date, due_date: d.due_date, recipient: d.buyer.code,
      currency: d.currency, gross: d.gross_total, paid: d.kind === 'invoice' ? paid : zero(d.currency),
      credited: d.kind === 'invoice' ? credited : zero(d.currency), credits: d.credits?.number ?? null, status,
    };
  };
  /** Totals from the lines; the mock's documents have one line, so its VAT is the buyer's. */
  const total = (d: InvoiceDocument): InvoiceDocument => {
    const [category, rate, reason, tax] = buyers.find((b) => b.buyer.code === d.buyer.code)!.vat;
    const net = sum(d.lines.map((l) => l.net), d.currency);
    const vat = { amount: tax, currency: d.currency };
    return { ...d, net_total: net, vat_total: vat, gross_total: sum([net, vat], d.currency),
      vat: [{ category, rate, reason, taxable: net, tax: vat }], notes: reason ? [reason] : [] };
  };
  /** The documents a batch would issue now, unnumbered: one per buyer not invoiced yet. */
  const drafts = (req: IssueRequest): InvoiceDocument[] => buyers.filter((b) => !invoiced.has(b.buyer.code)).map((b) => {
    const line: InvoiceLine = {
      id: 1, deal: req.deal ?? 'D1', year: req.year, resource: 'Big resource', period_start: `${req.year}-01-01`,
      period_end: `${req.year}-12-31`, description: `Big deal: share ${req.year}`, share: { amount: b.share, currency: 'EUR' },
      net: b.net, vat_category: b.vat[0], vat_rate: b.vat[1], explanation: req.explain ? [{ key: '', text: 'You pay a third.', args: {} }] : [],
    };
    return total({
      kind: 'invoice', number: '', issue_date: req.issue_date, due_date: req.issue_date, currency: b.net.currency,
      seller: party('consortium', 'Demo consortium', 'FI', 'FI01234567'), iban: 'FI2112345600000785', bic: null,
      buyer: b.buyer, buyer_reference: b.buyer.code, lines: [line], vat: [], net_total: b.net, vat_total: b.net,
      gross_total: b.net, conversion: b.conversion, vat_national: null, payment_reference: '', credits: null, notes: [],
    });
  });
  return {
    invoices: async () => [...docs.values()].map(row),
    invoice: async (n) => {
      const d = docs.get(n);
      if (!d) throw { code: 'not_found', message: `no invoice '${n}'`, field: null };
      const r = row(d);
      return { document: d, status: r.status, paid: r.paid, credited: r.credited, payments: payments.get(n) ?? [],
        credited_lines: creditNotes(n).flatMap((c) => c.lines.map((l) => l.id)) };
    },
    draftInvoices: async (req) => {
      calls.push(`draft ${req.year} ${req.deal ?? 'all'} ${req.mode} ${req.issue_date} ${req.explain}`);
      return { drafts: drafts(req), already_invoiced: buyers.length - drafts(req).length };
    },
    issueInvoices: async (req, onProgress) => {
      calls.push(`issue ${req.year} ${req.deal ?? 'all'} ${req.mode} ${req.issue_date} ${req.explain}`);
      const todo = drafts(req);
      const issued: string[] = [];
      for (const d of todo) {
        await new Promise((r) => setTimeout(r, 5));
        const n = number(req.issue_date.slice(0, 4));
        docs.set(n, { ...d, number: n, payment_reference: `RF00${n}` });
        invoiced.add(d.buyer.code);
        issued.push(n);
        onProgress({ done: issued.length, total: todo.length });
      }
      return { issued, already_invoiced: buyers.length - todo.length };
    },
    creditInvoice: async (n, lines, issueDate) => {
      calls.push(`credit ${n} [${lines.join(',')}] ${issueDate}`);
      const d = docs.get(n)!;
      const taken = creditNotes(n).flatMap((c) => c.lines.map((l) => l.id));
      const chosen = d.lines.filter((l) => (lines.length ? lines.includes(l.id) : true) && !taken.includes(l.id));
      if (!chosen.length) throw { code: 'invoice', message: `every line of ${n} is already credited`, field: null };
      const note = total({ ...d, kind: 'credit_note', number: number(`CN-${issueDate.slice(0, 4)}`), issue_date: issueDate,
        due_date: issueDate, lines: chosen, credits: { number: n, issue_date: d.issue_date }, payment_reference: '' });
      docs.set(note.number, note);
      invoiced.delete(d.buyer.code);
      return note;
    },
    recordPayment: async (n, date, amount, reference) => {
      calls.push(`pay ${n} ${date} ${amount} ${reference ?? '-'}`);
      const r = row(docs.get(n)!);
      const due = minus(minus(r.gross, r.credited), r.paid);
      const paid = { amount: amount.trim(), currency: r.currency };
      if (!/^\d+(\.\d+)?$/.test(paid.amount) || minus(due, paid).amount.startsWith('-')) {
        throw { code: 'input', field: 'amount',
          message: `payments, field 'amount': ${amount} ${r.currency} is not between 0 and the ${due.amount} ${r.currency} still due on ${n}` };
      }
      payments.set(n, [...(payments.get(n) ?? []), { date, amount: paid, reference }]);
      return row(docs.get(n)!).status;
    },
    exportInvoices: async (format, dir, force, onProgress) => {
      calls.push(`export ${format} ${dir} ${force}`);
      onProgress({ done: docs.size, total: docs.size });
      return { files: format === 'csv' ? 2 : docs.size, dir };
    },
  };
}

/** The mock's cost per use by Unique_Item_Requests: [member, resource, deal, share, uses] per
 * year; a member of null is the consortium-wide row (the deal's price over all uses). */
const USES: Record<number, [string | null, string, string, string, number | null][]> = {
  2024: [
    ['FI-A', 'R1', 'D1', '1100.00', 275], ['SE-C', 'R1', 'D1', '800.00', 160], ['TR-B', 'R1', 'D1', '500.00', 200],
    [null, 'R1', 'D1', '2400.00', 635],
  ],
  2025: [
    ['FI-A', 'R1', 'D1', '1200.00', 400], ['SE-C', 'R1', 'D1', '900.00', 100], ['TR-B', 'R1', 'D1', '600.00', 300],
    ['FI-A', 'R2', 'D2', '50.00', null], [null, 'R1', 'D1', '2700.00', 800], [null, 'R2', 'D2', '150.00', null],
  ],
};

/** share / uses to 4 decimals, half to even, in integers (as the backend rounds). */
function perUse(share: string, uses: number): string {
  const cents = BigInt(share.replace('.', ''));
  const scaled = cents * 100n; // to 10^-4
  const n = BigInt(uses);
  let q = scaled / n;
  const r = scaled % n;
  if (2n * r > n || (2n * r === n && q % 2n === 1n)) q += 1n;
  const t = q.toString().padStart(5, '0');
  return `${t.slice(0, -4)}.${t.slice(-4)}`;
}

/** An in-memory usage store: imports, names that matched nothing, mappings, cost per use. */
function usage(calls: string[]): Pick<Backend, 'inspectUsage' | 'importUsage' | 'usageImports' | 'deleteUsageImport' | 'usageMappings'
  | 'mapUsage' | 'unmapUsage' | 'unmatchedUsage' | 'costPerUse' | 'exportUsageCsv' | 'usagePdf' | 'statementPdf'> {
  let imports: UsageImport[] = [{
    id: 1, member: 'FI-A', release: '5.1', report_id: 'TR_J1', begin: '2025-01-01', end: '2025-12-31', platform: 'BigPlatform',
    file: 'FI-A_2025.tsv', format: 'tsv', rows: 4, imported_at: '2026-01-20T08:00:00Z',
    totals: { Total_Item_Requests: 800, Unique_Item_Requests: 400 },
  }, {
    id: 2, member: 'FI-A', release: '5', report_id: 'TR_J1', begin: '2024-01-01', end: '2024-12-31', platform: 'BigPlatform',
    file: 'FI-A_2024.tsv', format: 'tsv', rows: 4, imported_at: '2025-01-20T08:00:00Z',
    totals: { Total_Item_Requests: 550, Unique_Item_Requests: 275 },
  }];
  let unmatched: UnmatchedName[] = [{ platform: 'Vendor X Online', database: null, candidates: [], items: 3, members: 1 }];
  const mappings: UsageMapping[] = [];
  const existing = new Set(['/data/usage-2025.csv']);
  const file = (path: string) => path.split(/[\\/]/).pop()!;
  const write = (what: string, path: string, force: boolean) => {
    calls.push(`${what} ${path} ${force}`);
    if (existing.has(path) && !force) throw { code: 'exists', message: `${path} exists; choose another name or overwrite it`, field: path };
    existing.add(path);
  };
  const summary = (path: string) => {
    if (/bad/.test(path)) throw { code: 'usage', field: 'file', message: `${file(path)}, row 17, column 12: Reporting_Period_Total 120 is not the sum of the months (110)` };
    return {
      file: file(path), format: 'tsv', release: '5.1', report_id: 'TR_J1', report_name: 'Journal Requests (Controlled)',
      institution_name: 'Chalmers', institution_id: null, reporting_period: { begin: '2024-01-01', end: '2024-12-31' },
      created: '2025-01-20T08:00:00Z', created_by: 'Vendor X', exceptions: [],
      metrics: { Total_Item_Requests: 3860, Unique_Item_Requests: 1930 }, row_count: 4, item_count: 2,
    };
  };
  return {
    inspectUsage: async (path) => { calls.push(`inspect ${path}`); return summary(path); },
    importUsage: async (member, path) => {
      calls.push(`import usage ${member} ${path}`);
      if (!['FI-A', 'TR-B', 'SE-C'].includes(member)) throw { code: 'not_found', message: `no member '${member}'`, field: 'member' };
      const s = summary(path);
      const replaced = imports.filter((i) => i.member === member && i.file === s.file);
      imports = [...imports.filter((i) => !replaced.includes(i)), {
        id: Math.max(0, ...imports.map((i) => i.id)) + 1, member, release: s.release, report_id: s.report_id,
        begin: s.reporting_period.begin, end: s.reporting_period.end, platform: 'Vendor X Online', file: s.file, format: s.format,
        rows: s.row_count, imported_at: '2026-02-01T10:00:00Z', totals: s.metrics,
      }];
      return {
        file: s.file, member, release: s.release, report_id: s.report_id, format: s.format, begin: s.reporting_period.begin,
        end: s.reporting_period.end, platform: 'Vendor X Online', rows: s.row_count, items: s.item_count, metrics: s.metrics,
        outside_membership: {}, replaced: replaced.map((i) => `${i.file} (${i.imported_at})`), matched: {}, unmatched,
      };
    },
    usageImports: async () => imports.map((i) => ({ ...i })),
    deleteUsageImport: async (id) => {
      calls.push(`delete usage ${id}`);
      const gone = imports.find((i) => i.id === id);
      if (!gone) throw { code: 'not_found', message: `no usage import '${id}'`, field: null };
      imports = imports.filter((i) => i.id !== id);
      return gone;
    },
    usageMappings: async () => mappings.map((m) => ({ ...m })),
    mapUsage: async (name, resource) => {
      calls.push(`map ${name} ${resource}`);
      if (!['R1', 'R2'].includes(resource)) throw { code: 'not_found', message: `no resource '${resource}'`, field: 'resource' };
      const at = mappings.findIndex((m) => m.name.toLowerCase() === name.toLowerCase());
      if (at >= 0) mappings[at] = { name, resource }; else mappings.push({ name, resource });
      unmatched = unmatched.filter((u) => (u.database ?? u.platform)?.toLowerCase() !== name.toLowerCase());
    },
    unmapUsage: async (name) => {
      calls.push(`unmap ${name}`);
      const at = mappings.findIndex((m) => m.name === name);
      if (at < 0) throw { code: 'not_found', message: `no usage mapping '${name}'`, field: null };
      mappings.splice(at, 1);
      if (name === 'Vendor X Online') unmatched = [{ platform: name, database: null, candidates: [], items: 3, members: 1 }];
    },
    unmatchedUsage: async () => unmatched.map((u) => ({ ...u })),
    costPerUse: async (year, metric, member) => {
      calls.push(`cost per use ${year} ${metric ?? '-'} ${member ?? '-'}`);
      const m = metric ?? 'Unique_Item_Requests';
      if (!['Unique_Item_Requests', 'Total_Item_Requests'].includes(m)) {
        throw { code: 'invalid', message: `'${m}' is not a COUNTER metric type`, field: 'metric' };
      }
      // Total_Item_Requests are twice the unique requests here.
      const rows: CostPerUse[] = (USES[year] ?? []).map(([who, resource, deal, share, n]) => {
        const uses = n === null ? null : m === 'Total_Item_Requests' ? 2 * n : n;
        return { member: who, resource, deal, year, currency: 'EUR', share, uses, cost_per_use: uses ? perUse(share, uses) : null };
      });
      return {
        year, metric: m,
        members: rows.filter((r) => r.member !== null && (!member || r.member === member)),
        consortium: rows.filter((r) => r.member === null),
      };
    },
    exportUsageCsv: async (year, metric, path, force) => write(`usage csv ${year} ${metric ?? '-'}`, path, force),
    usagePdf: async (year, metric, member, path, force) => write(`usage pdf ${year} ${metric ?? '-'} ${member ?? '-'}`, path, force),
    statementPdf: async (member, year, path, force) => write(`statement ${member} ${year}`, path, force),
  };
}

/** An in-memory SUSHI store: endpoints, credentials with only the key's hint kept, and a harvest
 * that reports progress and ends with mixed results (imported, no usage, not authorised). */
function sushi(calls: string[]): Pick<Backend, 'sushiEndpoints' | 'addSushiEndpoint' | 'removeSushiEndpoint' | 'sushiCredentials'
  | 'setSushiCredentials' | 'removeSushiCredentials' | 'harvestSushi' | 'stopHarvest'> {
  let stopRequested = false;
  const endpoints: SushiEndpointView[] = [{
    code: 'EBSCO', vendor: 'V1', base_url: 'https://sushi.ebsco.example/counter/r51', platform: '',
    wants_requestor_id: false, wants_api_key: true, wants_platform: false, members: 3,
  }];
  const credentials: SushiCredentials[] = [
    { member: 'FI-A', endpoint: 'EBSCO', customer_id: 'aalto-1', requestor_id: '', has_api_key: true, api_key: '••••9a1f' },
    { member: 'TR-B', endpoint: 'EBSCO', customer_id: 'boun-7', requestor_id: '', has_api_key: true, api_key: '••••0c3d' },
    { member: 'SE-C', endpoint: 'EBSCO', customer_id: 'chalmers-2', requestor_id: '', has_api_key: true, api_key: '••••77e2' },
  ];
  const count = (code: string) => credentials.filter((c) => c.endpoint === code).length;
  const bad = (field: string, message: string) => ({ code: 'record', field, message });
  const noEndpoint = (code: string) => ({ code: 'not_found', field: 'endpoint', message: `no SUSHI endpoint '${code}'` });
  const result = (member: string, report: string, begin: string, end: string): MemberHarvest => {
    const request = `https://sushi.ebsco.example/counter/r51/reports/${report.toLowerCase()}?customer_id=${member}&api_key=****&begin_date=${begin}&end_date=${end}`;
    if (member === 'TR-B') return { member, request, status: 'unauthorised', message: plainStep('SUSHI exception 2010: Requestor Not Authorized to Access Service') };
    if (member === 'SE-C') return { member, request, status: 'no_usage', message: plainStep('SUSHI exception 3030: No Usage Available for Requested Dates') };
    return { member, request, status: 'imported', warnings: [], summary: {
      file: `EBSCO ${report} ${begin} to ${end} (SUSHI)`, member, release: '5.1', report_id: report, format: 'json', begin: `${begin}-01`, end: `${end}-28`,
      platform: 'EBSCOhost', rows: 24, items: 12, metrics: { Total_Item_Requests: 310, Unique_Item_Requests: 155 },
      outside_membership: {}, replaced: [], matched: { R1: 24 }, unmatched: [],
    } };
  };
  return {
    sushiEndpoints: async () => endpoints.map((e) => ({ ...e, members: count(e.code) })),
    addSushiEndpoint: async (e) => {
      calls.push(`sushi add ${e.code} ${e.base_url}`);
      if (!e.code.trim() || /\s/.test(e.code.trim())) throw bad('code', `'${e.code}' must be a word without spaces`);
      if (!/^https?:\/\/[^/\s]+/.test(e.base_url.trim())) throw bad('base_url', `'${e.base_url}' is not an http or https URL`);
      if (!['V1', 'V2'].includes(e.vendor.trim())) throw { code: 'not_found', field: 'vendor', message: `no vendor '${e.vendor}'` };
      const at = endpoints.findIndex((x) => x.code === e.code.trim());
      const view = { ...e, code: e.code.trim(), base_url: e.base_url.trim().replace(/\/+$/, ''), members: 0 };
      if (at >= 0) endpoints[at] = view; else endpoints.push(view);
    },
    removeSushiEndpoint: async (code, withCredentials) => {
      calls.push(`sushi remove ${code} ${withCredentials}`);
      const at = endpoints.findIndex((e) => e.code === code);
      if (at < 0) throw noEndpoint(code);
      const n = count(code);
      if (n > 0 && !withCredentials) throw { code: 'invalid', field: null, message: `${n} member(s) have credentials at ${code}` };
      endpoints.splice(at, 1);
      for (let i = credentials.length - 1; i >= 0; i--) if (credentials[i].endpoint === code) credentials.splice(i, 1);
      return n;
    },
    sushiCredentials: async (endpoint) => {
      if (!endpoints.some((e) => e.code === endpoint)) throw noEndpoint(endpoint);
      return credentials.filter((c) => c.endpoint === endpoint).map((c) => ({ ...c }));
    },
    setSushiCredentials: async (input) => {
      // The key itself is never recorded, not even in the calls.
      calls.push(`sushi credentials ${input.member} ${input.endpoint} ${input.customer_id} key ${input.api_key === null ? 'kept' : 'set'}`);
      if (!endpoints.some((e) => e.code === input.endpoint)) throw bad('endpoint', `no SUSHI endpoint '${input.endpoint}'`);
      if (!mockTables().members.rows.some((r) => r[0] === input.member)) throw bad('member', `no member '${input.member}'`);
      if (!input.customer_id.trim()) throw bad('customer_id', 'is empty; every SUSHI request names the customer');
      if (input.api_key !== null && /\s/.test(input.api_key)) throw bad('api_key', 'holds spaces or control characters (pasted with a line break?)');
      const old = credentials.find((c) => c.member === input.member && c.endpoint === input.endpoint);
      const key = input.clear_api_key ? null : input.api_key;
      const stored: SushiCredentials = {
        member: input.member, endpoint: input.endpoint, customer_id: input.customer_id.trim(), requestor_id: input.requestor_id ?? '',
        has_api_key: key !== null ? true : input.clear_api_key ? false : old?.has_api_key ?? false,
        api_key: key !== null ? (key.length >= 8 ? `••••${key.slice(-4)}` : '••••') : input.clear_api_key ? '' : old?.api_key ?? '',
      };
      if (old) Object.assign(old, stored); else credentials.push(stored);
      return { ...stored };
    },
    removeSushiCredentials: async (member, endpoint) => {
      calls.push(`sushi forget ${member} ${endpoint}`);
      const at = credentials.findIndex((c) => c.member === member && c.endpoint === endpoint);
      if (at < 0) throw { code: 'not_found', field: null, message: `no SUSHI credentials '${member} at ${endpoint}'` };
      credentials.splice(at, 1);
    },
    harvestSushi: async (req, onProgress) => {
      calls.push(`harvest ${req.endpoint} ${req.report} ${req.begin} ${req.end} ${req.member ?? 'all'}`);
      if (!endpoints.some((e) => e.code === req.endpoint)) throw noEndpoint(req.endpoint);
      if (!/^(PR|DR|TR|IR)(_[A-Z]\d)?$/.test(req.report)) {
        throw { code: 'invalid', field: 'report', message: `'${req.report}' is not a COUNTER Release 5 report id (TR_J1, DR, PR...)` };
      }
      const members = credentials.filter((c) => c.endpoint === req.endpoint && (req.member === null || c.member === req.member)).map((c) => c.member);
      if (members.length === 0) throw { code: 'not_found', field: 'member', message: `no SUSHI credentials '${req.member} at ${req.endpoint}'` };
      const results: MemberHarvest[] = [];
      stopRequested = false;
      for (const member of members) {
        if (stopRequested) {
          results.push({ member, request: '', status: 'stopped', message: { key: 'err-harvest-stopped', text: 'not asked: the harvest was stopped', args: {} } });
          onProgress({ event: 'finished', member, status: 'stopped', done: results.length, total: members.length });
          continue;
        }
        onProgress({ event: 'asking', member, attempt: 1 });
        await new Promise((r) => setTimeout(r, 5));
        const r = result(member, req.report, req.begin, req.end);
        results.push(r);
        onProgress({ event: 'finished', member, status: r.status.replace('_', ' ').replace('unauthorised', 'not authorised'), done: results.length, total: members.length });
      }
      return results;
    },
    stopHarvest: async () => {
      calls.push('harvest stop');
      stopRequested = true;
    },
  };
}
