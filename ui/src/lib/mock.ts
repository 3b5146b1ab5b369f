// An in-memory backend for component tests: the same interface as the Tauri one.
import type { Amount, Backend, InvoiceDetail, InvoiceDocument, InvoiceLine, InvoiceRow, Party, SplitResult, Table } from './api';
import { compareAmounts, minus, sum } from './format';

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
    info: async () => ({ database: '/tmp/k.db', consortium: 'Demo', currency: 'EUR', year: 2026, export_formats: ['csv', 'ubl'] }),
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
    ...invoicing(calls),
    ...overrides,
  };
  return Object.assign(backend, { calls });
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
function invoicing(calls: string[]): Pick<Backend, 'invoices' | 'invoice' | 'issueInvoices' | 'creditInvoice' | 'recordPayment' | 'exportInvoices'> {
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
  return {
    invoices: async () => [...docs.values()].map(row),
    invoice: async (n) => {
      const d = docs.get(n);
      if (!d) throw { code: 'not_found', message: `no invoice '${n}'`, field: null };
      const r = row(d);
      return { document: d, status: r.status, paid: r.paid, credited: r.credited, payments: payments.get(n) ?? [],
        credited_lines: creditNotes(n).flatMap((c) => c.lines.map((l) => l.id)) };
    },
    issueInvoices: async (req, onProgress) => {
      calls.push(`issue ${req.year} ${req.deal ?? 'all'} ${req.mode} ${req.issue_date} ${req.explain}`);
      const todo = buyers.filter((b) => !invoiced.has(b.buyer.code));
      const issued: string[] = [];
      for (const b of todo) {
        await new Promise((r) => setTimeout(r, 5));
        const line: InvoiceLine = {
          id: 1, deal: req.deal ?? 'D1', year: req.year, resource: 'Big resource', period_start: `${req.year}-01-01`,
          period_end: `${req.year}-12-31`, description: `Big deal: share ${req.year}`, share: { amount: b.share, currency: 'EUR' },
          net: b.net, vat_category: b.vat[0], vat_rate: b.vat[1], explanation: req.explain ? ['You pay a third.'] : [],
        };
        const n = number(req.issue_date.slice(0, 4));
        docs.set(n, total({
          kind: 'invoice', number: n, issue_date: req.issue_date, due_date: req.issue_date, currency: b.net.currency,
          seller: party('consortium', 'Demo consortium', 'FI', 'FI01234567'), iban: 'FI2112345600000785', bic: null,
          buyer: b.buyer, buyer_reference: b.buyer.code, lines: [line], vat: [], net_total: b.net, vat_total: b.net,
          gross_total: b.net, conversion: b.conversion, vat_national: null, payment_reference: `RF00${n}`, credits: null, notes: [],
        }));
        invoiced.add(b.buyer.code);
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
