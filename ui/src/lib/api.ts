// The one interface between the UI and the backend; the app uses Tauri, tests use a mock.
import { Channel, invoke } from '@tauri-apps/api/core';
import { has, t } from './i18n.svelte';

/** Exact money as decimal text with its currency: never a float. */
export interface Amount { amount: string; currency: string }
export interface Info {
  database: string; consortium: string | null; currency: string | null; year: number;
  /** The invoice export formats this build offers. */
  export_formats: ExportFormat[];
  vocabulary: Vocabulary;
}
/** The fixed value lists of the core's records, offered as choices in forms. */
export interface Vocabulary {
  /** Licence terms (ERMI) whose value is a permission. */
  permission_terms: string[];
  /** Licence terms whose value is free text or a number. */
  text_terms: string[];
  /** permitted_explicit, permitted_interpreted, prohibited_explicit, prohibited_interpreted, silent, not_applicable. */
  permissions: string[];
  member_kinds: string[];
  resource_kinds: string[];
}
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
export interface Comparison {
  scenarios: string[]; totals: Amount[]; funder_parts: Amount[]; list_price: Amount | null; rows: ComparisonRow[];
}
export interface Renewal {
  kind: 'licence' | 'deal'; code: string; title: string; end_date: string;
  notice_deadline: string | null; overdue: boolean; ended: boolean;
}
export interface MemberShare {
  deal: string; title: string; year: number; payable: Amount; funded: Amount; finalised: boolean;
}
export interface Scenario { name: string; rule: string }

/** One row of the invoice register. */
export interface InvoiceRow {
  number: string; kind: 'invoice' | 'credit_note'; issue_date: string; due_date: string; recipient: string;
  currency: string; gross: Amount; paid: Amount; credited: Amount; credits: string | null;
  status: 'issued' | 'partly paid' | 'paid' | 'credited';
}
export interface Party {
  code: string; name: string; address: string | null; postcode: string | null; city: string | null;
  country: string; vat_id: string | null; email: string | null;
}
export interface InvoiceLine {
  id: number; deal: string; year: number; resource: string; period_start: string; period_end: string;
  description: string; share: Amount; net: Amount; vat_category: string; vat_rate: string; explanation: Step[];
}
/** A value an explanation step names, typed so that each language writes it its own way
 * (konsortio-core's `explain::Value`); decimals are exact text. */
export type StepValue =
  | { type: 'text'; text: string }
  | { type: 'number'; value: string }
  | { type: 'percent'; value: string }
  | { type: 'money'; amount: string; currency: string }
  | { type: 'count'; count: number }
  | { type: 'year'; year: number }
  | { type: 'date'; date: string }
  | { type: 'phrase'; id: string }
  | { type: 'detail'; step: Step };
/** One step of a share's explanation: its sentence form (a message id of locales/*.ftl), its
 * English text, and its values; `stepText` (lib/explain.ts) puts it in the chosen language. */
export interface Step { key: string; text: string; args: Record<string, StepValue> }
export interface VatSubtotal { category: string; rate: string; reason: string | null; taxable: Amount; tax: Amount }
export interface Conversion { from: string; to: string; rate: string; date: string; source: string }
export interface InvoiceDocument {
  kind: 'invoice' | 'credit_note'; number: string; issue_date: string; due_date: string; currency: string;
  seller: Party; iban: string | null; bic: string | null; buyer: Party; buyer_reference: string;
  lines: InvoiceLine[]; vat: VatSubtotal[]; net_total: Amount; vat_total: Amount; gross_total: Amount;
  conversion: Conversion | null; vat_national: Amount | null; payment_reference: string;
  credits: { number: string; issue_date: string } | null; notes: string[];
}
export interface Payment { date: string; amount: Amount; reference: string | null }
export interface InvoiceDetail {
  document: InvoiceDocument; status: InvoiceRow['status']; paid: Amount; credited: Amount;
  payments: Payment[]; credited_lines: number[];
}
/** Whom a batch invoices: each member per deal, each deal's funder, or each member for all its deals. */
export type InvoiceMode = 'per_member' | 'funder' | 'consolidated';
export interface IssueRequest { year: number; deal: string | null; mode: InvoiceMode; issue_date: string; explain: boolean }
export interface IssueOutcome { issued: string[]; already_invoiced: number }
/** A batch drafted for review: the documents issuing would store, none numbered (`number` empty). */
export interface DraftBatch { drafts: InvoiceDocument[]; already_invoiced: number }
export interface Progress { done: number; total: number }
export type ExportFormat = 'csv' | 'ubl' | 'pdf';
export interface ExportResult { files: number; dir: string }
/** What an import stored. */
export interface ImportResult { kind: string; records: number }

/** What a COUNTER file is (`inspect_usage`): read without touching the database. */
export interface UsageSummary {
  file: string; format: string; release: string; report_id: string; report_name: string;
  institution_name: string | null; institution_id: string | null;
  reporting_period: { begin: string; end: string }; created: string | null; created_by: string | null;
  exceptions: { code: number; message: string }[];
  /** The sum over items and months of each metric type. */
  metrics: Record<string, number>; row_count: number; item_count: number;
}
/** A vendor's platform (and database) that matched no resource, or several. */
export interface UnmatchedName {
  platform: string | null; database: string | null; candidates: string[]; items: number; members: number;
}
/** What importing one report did. */
export interface UsageImportSummary {
  file: string; member: string; release: string; report_id: string; format: string; begin: string; end: string;
  platform: string; rows: number; items: number; metrics: Record<string, number>;
  outside_membership: Record<string, number>; replaced: string[]; matched: Record<string, number>; unmatched: UnmatchedName[];
}
/** An imported report with the total of each metric its file gave. */
export interface UsageImport {
  id: number; member: string; release: string; report_id: string; begin: string; end: string; platform: string;
  file: string; format: string; rows: number; imported_at: string; totals: Record<string, number>;
}
/** A vendor's name (or identifier) and the resource it means. */
export interface UsageMapping { name: string; resource: string }
/** One finalised share's (or, member null, the deal's price's) cost per use; amounts exact text. */
export interface CostPerUse {
  member: string | null; resource: string; deal: string | null; year: number; currency: string;
  share: string | null; uses: number | null; cost_per_use: string | null;
}
export interface CostPerUseReport { year: number; metric: string; members: CostPerUse[]; consortium: CostPerUse[] }

/** A vendor platform's SUSHI service and how many members have credentials there. */
export interface SushiEndpoint {
  code: string; vendor: string; base_url: string; platform: string;
  wants_requestor_id: boolean; wants_api_key: boolean; wants_platform: boolean;
}
export interface SushiEndpointView extends SushiEndpoint { members: number }
/** A member's credentials at an endpoint: the API key never comes back, only masked ("••••1234"). */
export interface SushiCredentials {
  member: string; endpoint: string; customer_id: string; requestor_id: string; has_api_key: boolean; api_key: string;
}
/** A member's credentials as the form sends them: `api_key` null keeps the stored key. */
export interface SushiCredentialsInput {
  member: string; endpoint: string; customer_id: string; requestor_id: string | null; api_key: string | null; clear_api_key: boolean;
}
/** A report to harvest for months `YYYY-MM`, for one member or (null) all with credentials. */
export interface HarvestRequest { endpoint: string; report: string; begin: string; end: string; member: string | null }
/** What a harvest reports as it goes. */
export type HarvestEvent =
  | { event: 'asking'; member: string; attempt: number }
  | { event: 'waiting'; member: string | null; reason: string; seconds: number; queued: number }
  | { event: 'finished'; member: string; status: string; done: number; total: number };
/** One member's harvest result. */
export type MemberHarvest = { member: string; request: string } & (
  | { status: 'imported'; summary: UsageImportSummary; warnings: string[] }
  | { status: 'no_usage' | 'queued' | 'unauthorised' | 'failed' | 'stopped'; message: Step }
);

/** What the backend sends when a command fails: a stable code, words, and the field. */
export interface BackendError { code: string; message: string; field: string | null }

export interface Backend {
  info(): Promise<Info>;
  list(kind: string): Promise<Table>;
  save(kind: string, values: string[]): Promise<void>;
  remove(kind: string, key: string): Promise<void>;
  split(deal: string, year: number, rule?: string): Promise<SplitResult>;
  explain(deal: string, year: number, member: string, rule?: string): Promise<Step[]>;
  compare(deal: string, year: number, scenarios: Scenario[]): Promise<Comparison>;
  finalise(deal: string, year: number): Promise<void>;
  renewals(): Promise<Renewal[]>;
  memberShares(member: string, year: number): Promise<MemberShare[]>;
  /** The records of `kind` whose `field` is `value` (one deal's offers or participants). */
  listWhere(kind: string, field: string, value: string): Promise<Table>;
  /** Saves rows and deletes records by their whole key, in one transaction: all or nothing. */
  saveMany(kind: string, save: string[][], remove: string[][]): Promise<void>;
  /** Opens an existing database file the user chose. */
  openDatabase(path: string): Promise<void>;
  /** Creates a new, empty database at a path the user chose (never replaces a file). */
  newDatabase(path: string): Promise<void>;
  /** Opens the `index`-th database of File ▸ Open recent; returns its path. */
  openRecent(index: number): Promise<string>;
  /** The window speaks this language now: the native File menu and the backend's errors follow. */
  setLanguage(lang: string): Promise<void>;
  /** Loads the demo consortium into an empty database. */
  loadDemo(): Promise<void>;
  backUp(path: string): Promise<void>;
  importCsv(kind: string, path: string): Promise<ImportResult>;
  importFolder(path: string): Promise<ImportResult[]>;
  /** Milliseconds since the program started (logged for the speed figures in timing mode). */
  timing(mark: string): Promise<number>;
  invoices(): Promise<InvoiceRow[]>;
  invoice(number: string): Promise<InvoiceDetail>;
  /** Drafts a batch for review with every check issuing makes; numbers and stores nothing. */
  draftInvoices(request: IssueRequest): Promise<DraftBatch>;
  /** Issues a batch; `onProgress` hears of every stored chunk. */
  issueInvoices(request: IssueRequest, onProgress: (p: Progress) => void): Promise<IssueOutcome>;
  /** Credits lines of an invoice (all not yet credited when `lines` is empty); returns the credit note. */
  creditInvoice(number: string, lines: number[], issueDate: string): Promise<InvoiceDocument>;
  /** Records a payment; returns the invoice's status after it. */
  recordPayment(number: string, date: string, amount: string, reference: string | null): Promise<InvoiceRow['status']>;
  /** Exports to a folder; fails with code "exists" (the file in `field`) unless `force`. */
  exportInvoices(format: ExportFormat, dir: string, force: boolean, onProgress: (p: Progress) => void): Promise<ExportResult>;
  /** What a COUNTER file holds, without importing it. */
  inspectUsage(path: string): Promise<UsageSummary>;
  /** Imports a member's COUNTER report: all of it or nothing; the same report again replaces it. */
  importUsage(member: string, path: string): Promise<UsageImportSummary>;
  usageImports(): Promise<UsageImport[]>;
  deleteUsageImport(id: number): Promise<UsageImport>;
  usageMappings(): Promise<UsageMapping[]>;
  /** Remembers that a vendor's name means a resource (for reports imported before and after). */
  mapUsage(name: string, resource: string): Promise<void>;
  unmapUsage(name: string): Promise<void>;
  unmatchedUsage(): Promise<UnmatchedName[]>;
  /** Cost per use of a year's finalised shares by a COUNTER metric (default Unique_Item_Requests). */
  costPerUse(year: number, metric: string | null, member: string | null): Promise<CostPerUseReport>;
  /** Files written to a path from a save dialog; each fails with code "exists" unless `force`. */
  exportUsageCsv(year: number, metric: string | null, path: string, force: boolean): Promise<void>;
  usagePdf(year: number, metric: string | null, member: string | null, path: string, force: boolean): Promise<void>;
  statementPdf(member: string, year: number, path: string, force: boolean): Promise<void>;
  sushiEndpoints(): Promise<SushiEndpointView[]>;
  /** Adds an endpoint or changes the one with its code; errors name the field. */
  addSushiEndpoint(endpoint: SushiEndpoint): Promise<void>;
  /** Removes an endpoint (with members' credentials only `withCredentials`); how many members' credentials went. */
  removeSushiEndpoint(code: string, withCredentials: boolean): Promise<number>;
  sushiCredentials(endpoint: string): Promise<SushiCredentials[]>;
  /** Stores a member's credentials; the key goes in, only its masked form comes back. */
  setSushiCredentials(input: SushiCredentialsInput): Promise<SushiCredentials>;
  removeSushiCredentials(member: string, endpoint: string): Promise<void>;
  /** Harvests a report; `onProgress` hears of each request, wait and member's result. */
  harvestSushi(request: HarvestRequest, onProgress: (e: HarvestEvent) => void): Promise<MemberHarvest[]>;
  /** Asks the running harvest to stop after the member being asked; the others come back 'stopped'. */
  stopHarvest(): Promise<void>;
}

/** A channel the backend reports progress on. */
function progressChannel(onProgress: (p: Progress) => void): Channel<Progress> {
  const channel = new Channel<Progress>();
  channel.onmessage = onProgress;
  return channel;
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
  listWhere: (kind, field, value) => invoke('list_where', { kindName: kind, field, value }),
  saveMany: (kind, save, remove) => invoke('save_many', { kindName: kind, save, delete: remove }),
  openDatabase: (path) => invoke('open_database', { path }),
  newDatabase: (path) => invoke('new_database', { path }),
  openRecent: (index) => invoke('open_recent', { index }),
  setLanguage: (lang) => invoke('set_language', { lang }),
  loadDemo: () => invoke('load_demo'),
  importCsv: (kind, path) => invoke('import_csv', { kindName: kind, path }),
  importFolder: (path) => invoke('import_folder', { path }),
  timing: (mark) => invoke('timing', { mark }),
  backUp: (path) => invoke('back_up', { path }),
  invoices: () => invoke('invoices'),
  invoice: (number) => invoke('invoice_document', { number }),
  draftInvoices: (r) => invoke('draft_invoices', { year: r.year, deal: r.deal, mode: r.mode, issueDate: r.issue_date, explain: r.explain }),
  issueInvoices: (r, onProgress) => invoke('issue_invoices', {
    year: r.year, deal: r.deal, mode: r.mode, issueDate: r.issue_date, explain: r.explain, onProgress: progressChannel(onProgress),
  }),
  creditInvoice: (number, lines, issueDate) => invoke('credit_invoice', { number, lines, issueDate }),
  recordPayment: (number, date, amount, reference) => invoke('record_payment', { number, date, amount, reference }),
  exportInvoices: (format, dir, force, onProgress) =>
    invoke('export_invoices', { format, dir, force, onProgress: progressChannel(onProgress) }),
  inspectUsage: (path) => invoke('inspect_usage', { path }),
  importUsage: (member, path) => invoke('import_usage', { member, path }),
  usageImports: () => invoke('usage_imports'),
  deleteUsageImport: (id) => invoke('delete_usage_import', { id }),
  usageMappings: () => invoke('usage_mappings'),
  mapUsage: (name, resource) => invoke('map_usage', { name, resource }),
  unmapUsage: (name) => invoke('unmap_usage', { name }),
  unmatchedUsage: () => invoke('unmatched_usage'),
  costPerUse: (year, metric, member) => invoke('cost_per_use', { year, metric, member }),
  exportUsageCsv: (year, metric, path, force) => invoke('export_usage_csv', { year, metric, path, force }),
  usagePdf: (year, metric, member, path, force) => invoke('usage_pdf', { year, metric, member, path, force }),
  statementPdf: (member, year, path, force) => invoke('statement_pdf', { member, year, path, force }),
  sushiEndpoints: () => invoke('sushi_endpoints'),
  addSushiEndpoint: (endpoint) => invoke('add_sushi_endpoint', { endpoint }),
  removeSushiEndpoint: (code, withCredentials) => invoke('remove_sushi_endpoint', { code, withCredentials }),
  sushiCredentials: (endpoint) => invoke('sushi_credentials', { endpoint }),
  setSushiCredentials: (c) => invoke('set_sushi_credentials', {
    member: c.member, endpoint: c.endpoint, customerId: c.customer_id, requestorId: c.requestor_id, apiKey: c.api_key, clearApiKey: c.clear_api_key,
  }),
  removeSushiCredentials: (member, endpoint) => invoke('remove_sushi_credentials', { member, endpoint }),
  harvestSushi: (request, onProgress) => {
    const channel = new Channel<HarvestEvent>();
    channel.onmessage = onProgress;
    return invoke('harvest_sushi', { request, onProgress: channel });
  },
  stopHarvest: () => invoke('stop_harvest'),
};

/** The words of any error thrown by a backend call: by its code in the chosen language (the
 * backend's own detail inside), else the backend's message as it came. */
export function errorText(e: unknown): string {
  if (e && typeof e === 'object' && 'message' in e) {
    const { code, message } = e as BackendError;
    return code && has(`error-${code}`) ? t(`error-${code}`, { message: String(message) }) : String(message);
  }
  return String(e);
}

export function errorField(e: unknown): string | null {
  return e && typeof e === 'object' && 'field' in e ? (e as BackendError).field : null;
}
