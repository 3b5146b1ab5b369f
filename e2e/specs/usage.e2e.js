// The Usage view in the real app: COUNTER files imported through the window (the native file
// dialog answered by the test), a vendor's name mapped, cost per use checked against the CLI
// on the same database, the usage CSV saved (asking before it replaces a file), and the
// member view's cost per use and statement PDF, and a SUSHI endpoint and credentials added
// and a report harvested from a server on 127.0.0.1 that the test starts. Screenshots go to
// artifacts/e2e-usage*.png.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const samples = join(root, 'fixtures/usage');
const out = mkdtempSync(join(tmpdir(), 'konsortio-e2e-usage-'));
const shot = async (name) => {
  await browser.pause(500);
  await browser.saveScreenshot(join(root, 'artifacts', `e2e-${name}.png`));
};

const cli = (...args) => execFileSync(join(root, 'target/debug/konsortio'), args, { encoding: 'utf8' });

/** The CLI's cost per use of a year as CSV rows by column name (no quoted commas in these). */
function coreCostPerUse(year) {
  const [head, ...lines] = cli('usage', 'cost-per-use', '--year', String(year), '--format', 'csv').trim().split('\n').map((l) => l.split(','));
  return lines.map((cells) => Object.fromEntries(head.map((h, i) => [h, cells[i] ?? ''])));
}

/** Calls a command as the window does, the answer as {ok} or {error} (see app.e2e.js). */
const invoke = async (command, args) => JSON.parse(await browser.execute((command, args) =>
  window.__TAURI_INTERNALS__.invoke(command, args).then((ok) => JSON.stringify({ ok: ok ?? null }), (error) => JSON.stringify({ error })),
command, args));

/** The native open and save dialogs cannot be driven by WebDriver (nor replaced from the page:
 * Tauri's IPC functions are read-only), so the next dialog of the Usage view or the member view
 * answers `path` from the queue the app's main.ts reads (DECISIONS 34). */
async function answerDialog(path) {
  await browser.execute((path) => { (window.__konsortioDialogAnswers ??= []).push(path); }, path);
}

async function go(view) {
  await $(`//nav//button[normalize-space()='${view}']`).click();
  await $('h2').waitForDisplayed();
}

/** The row of the first table whose cells `match`, after searching for `query`. */
async function rowOf(query, label) {
  const table = await $(`//div[@class='datatable'][.//div[@role='grid'][@aria-label='${label}']]`);
  await table.$('input[type=search]').setValue(query);
  const row = await table.$(`.//div[@role='row'][span[1][normalize-space()='${query}']]`);
  await row.waitForExist();
  return row;
}

const text = (el) => el.getProperty('textContent');

/** Each matching element's text, or its `attribute`, read in the page in one go. */
const readAll = (selector, attribute) => browser.execute((s, a) =>
  [...document.querySelectorAll(s)].map((e) => (a ? e.getAttribute(a) : e.textContent)), selector, attribute ?? null);

/** Empties the table's search as typing would. */
const clearSearch = () => browser.execute(() => {
  const el = document.querySelector('input[type=search]');
  el.value = '';
  el.dispatchEvent(new Event('input', { bubbles: true }));
});
const digits = (s) => s.replace(/[^0-9]/g, '');

/** Imports a sample file for a member through the window: choose, check what it is, import. */
async function importThroughWindow(member, file) {
  await $('select[name=usage-member]').selectByAttribute('value', member);
  await answerDialog(join(samples, file));
  await $('button=Choose COUNTER file…').click();
  await $('[data-testid=inspected]').waitForDisplayed();
  expect(await $('[data-testid=inspect-release]').getText()).toBe('5.1 (tsv)');
  expect(await $('[data-testid=inspect-report]').getText()).toBe('TR_J1 — Journal Requests (Controlled)');
  await $(`button=Import for ${member}`).click();
  const done = await $('[data-testid=usage-imported]');
  await done.waitForDisplayed({ timeout: 30000 });
  return done.getText();
}

describe('Usage', () => {
  it('inspects and imports a COUNTER file for a member through the window', async () => {
    await $('[data-testid=consortium]').waitUntil(async function () { return (await this.getText()).length > 0; });
    await go('Usage');
    await $('[data-testid=usage-file]').waitForDisplayed();
    await $('select[name=usage-member]').selectByAttribute('value', 'FI-HY');
    await answerDialog(join(samples, 'FI-HY_ScienceDirect_2025.tsv'));
    await $('button=Choose COUNTER file…').click();
    const inspected = await $('[data-testid=inspected]');
    await inspected.waitForDisplayed();
    const totals = await browser.execute(() =>
      [...document.querySelectorAll('[data-testid=inspected] table.metrics tbody tr')].map((r) => r.textContent.trim()));
    expect(totals.map((t) => t.replace(/[^A-Za-z_]/g, ''))).toEqual(['Total_Item_Requests', 'Unique_Item_Requests']);
    expect(totals.map(digits)).toEqual(['5200', '2600']);
    expect(cli('usage', 'list')).not.toContain('FI-HY_ScienceDirect_2025.tsv'); // inspecting imports nothing
    await shot('usage-inspect');
    await $('button=Import for FI-HY').click();
    const done = await $('[data-testid=usage-imported]');
    await done.waitForDisplayed({ timeout: 30000 });
    expect(await done.getText()).toContain('Imported FI-HY_ScienceDirect_2025.tsv for FI-HY.');
    expect(await done.getText()).toContain('Matched: ELS-SD (6 rows).');
    expect(cli('usage', 'list')).toMatch(/FI-HY\s+TR_J1\s+5\.1\s+2025-01-01 to 2025-12-31\s+ScienceDirect\s+6\s+FI-HY_ScienceDirect_2025\.tsv/);
  });

  it('names a bad file next to the file, and imports nothing', async () => {
    await answerDialog(join(root, 'fixtures/demo/members.csv'));
    await $('button=Choose COUNTER file…').click();
    const error = await $('[data-testid=usage-file-error]');
    await error.waitForDisplayed();
    expect(await error.getText()).toContain('members.csv, row 1, column 1: not a COUNTER report');
  });

  it('maps a vendor name that matched no resource, as the CLI then shows', async () => {
    expect(await importThroughWindow('FI-TAU', 'FI-TAU_SDJournals_2025.tsv')).toContain('1 name matched no resource');
    for (const [member, file] of [['FI-AALTO', 'FI-AALTO_ScienceDirect_2025.tsv'], ['FI-HY', 'FI-HY_ScienceDirect_2024.tsv'],
      ['FI-AALTO', 'FI-AALTO_ScienceDirect_2024.tsv']]) {
      expect((await invoke('import_usage', { member, path: join(samples, file) })).ok.matched).toEqual({ 'ELS-SD': 6 });
    }
    await $('button=Reports').click(); // the tab's list reloads with the three imported by command
    await shot('usage-reports');
    await $('button=Names and mappings').click();
    const picker = await $("select[aria-label='Resource for SD Journals']");
    await picker.waitForDisplayed();
    await picker.selectByAttribute('value', 'ELS-SD');
    await $("button[aria-label='Map SD Journals']").click();
    await $('[data-testid=unmatched-empty]').waitForDisplayed();
    expect(await $('[data-testid=names-notice]').getText()).toBe('“SD Journals” now means ELS-SD.');
    expect(cli('usage', 'mappings')).toMatch(/SD Journals\s+ELS-SD/);
    await shot('usage-names');
  });

  it('shows cost per use to the digit of the CLI, members ranked and the trend', async () => {
    await $('button=Cost per use').click();
    await browser.waitUntil(async () => (await $('select[name=usage-year]').getValue()) === '2025');
    const core = coreCostPerUse(2025).filter((r) => r.resource === 'ELS-SD');
    const hy = core.find((r) => r.member === 'FI-HY');
    const all = core.find((r) => r.scope === 'consortium');
    expect(hy.cost_per_use).toBe('26.6656'); // 69,330.51 EUR over 2,600 uses
    const cells = await (await rowOf('FI-HY', 'Cost per use')).$$('span');
    expect(await text(cells[2])).toBe('ELS-SD');
    expect(digits(await text(cells[4]))).toBe(digits(hy.share));
    expect(digits(await text(cells[5]))).toBe(hy.uses);
    expect(digits(await text(cells[6]))).toBe(digits(hy.cost_per_use));
    expect(digits(await text(cells[7]))).toBe(digits(all.cost_per_use));
    // The mapped FI-TAU report counts now: its cost per use is the CLI's too.
    const tau = core.find((r) => r.member === 'FI-TAU');
    expect(digits(await text((await (await rowOf('FI-TAU', 'Cost per use')).$$('span'))[6]))).toBe(digits(tau.cost_per_use));
    await clearSearch();

    await $('select[name=chart-resource]').selectByAttribute('value', 'ELS-SD');
    const ranked = core.filter((r) => r.scope === 'member' && r.cost_per_use)
      .sort((a, b) => Number(b.cost_per_use) - Number(a.cost_per_use)).map((r) => r.member);
    expect(ranked).toEqual(['FI-TAU', 'FI-HY', 'FI-AALTO']);
    expect(await readAll("svg[aria-label='Members ranked by cost per use of ELS-SD, highest first'] rect.bar", 'data-member')).toEqual(ranked);

    await $('select[name=trend-member]').selectByAttribute('value', 'FI-HY');
    const points = "svg[aria-label='Cost per use of ELS-SD by year'] circle.point[data-series='FI-HY'] title";
    await browser.waitUntil(async () => (await readAll(points)).length === 2);
    const hy2024 = coreCostPerUse(2024).find((r) => r.member === 'FI-HY' && r.resource === 'ELS-SD');
    const trend = await readAll(points);
    expect(trend.map(digits)).toEqual([`2024${digits(hy2024.cost_per_use)}`, `2025${digits(hy.cost_per_use)}`]);
    await shot('usage');
  });

  it('saves the usage CSV, and asks before replacing it', async () => {
    const file = join(out, 'usage-2025.csv');
    await answerDialog(file);
    await $('button=Export usage CSV…').click();
    await browser.waitUntil(async () => (await $('[data-testid=usage-saved]').isExisting()) && (await $('[data-testid=usage-saved]').getText()) === `Saved ${file}.`);
    const written = readFileSync(file, 'utf8');
    expect(written.split('\n')[0]).toBe('year,scope,member,member_name,resource,resource_name,deal,metric,uses,currency,share,cost_per_use');
    expect(written).toContain(',FI-HY,Helsingin yliopisto,ELS-SD,');
    await answerDialog(file);
    await $('button=Export usage CSV…').click();
    const question = await $('dialog.confirm');
    await question.waitForDisplayed();
    expect(await question.getText()).toContain(`${file} already exists. Overwrite it?`);
    await $("//dialog//button[normalize-space()='Cancel']").click();
    await browser.pause(300);
    expect(await $('[data-testid=usage-saved]').isExisting()).toBe(false);
  });

  it('shows the member’s cost per use beside its shares and saves its statement', async () => {
    await go('Member view');
    await $('.totals strong').waitForDisplayed();
    await $('select[name=member]').selectByAttribute('value', 'FI-HY');
    await browser.waitUntil(async () => (await $$("//div[@role='columnheader'][normalize-space()='Cost per use']")).length === 1);
    const row = await $("//div[@role='row'][span[1][normalize-space()='2025']][span[2][normalize-space()='SD-2426']]");
    await row.waitForExist();
    const cells = await row.$$('span');
    expect(digits(await text(cells[8]))).toBe('266656');
    const pdf = join(out, 'statement-FI-HY-2025.pdf');
    await $('select[name=statement-year]').selectByAttribute('value', '2025');
    await answerDialog(pdf);
    await $('button=Statement PDF…').click();
    await $('[data-testid=statement-saved]').waitForDisplayed({ timeout: 30000 });
    expect(existsSync(pdf)).toBe(true);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    await shot('usage-member-view');
  });
});

/** A SUSHI server on 127.0.0.1 for the harvest: the official TR_J1 sample for any customer
 * but `tr-itu`, which it refuses with exception 2010; it records what it was asked. */
async function sushiServer() {
  const sample = readFileSync(join(root, '../shared/counter-samples/r51_TR_J1.json'));
  const seen = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    seen.push(`${url.pathname} ${url.searchParams.get('customer_id')} ${url.searchParams.get('api_key')}`);
    if (url.searchParams.get('customer_id') === 'tr-itu') {
      res.writeHead(403, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ Code: 2010, Severity: 'Error', Message: 'Requestor Not Authorized to Access Service' }));
    } else {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(sample);
    }
  });
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  return { server, seen, base: `http://127.0.0.1:${server.address().port}/r51` };
}

describe('Usage: SUSHI', () => {
  let sushi;
  before(async () => { sushi = await sushiServer(); });
  after(() => sushi.server.close());

  it('adds an endpoint and credentials (the key shown back only masked) and harvests a result per member', async () => {
    const secret = 'e2e-secret-api-key-9876';
    await go('Usage');
    await $('button=SUSHI').click();
    const add = await $("form[aria-label='Add an endpoint']");
    await add.waitForDisplayed();
    await add.$('input[name=sushi-code]').setValue('E2E');
    await add.$('input[name=sushi-vendor]').setValue('ELS');
    await add.$('input[name=sushi-base_url]').setValue(sushi.base);
    await add.$("//label[contains(., 'Sends api_key')]/input").click();
    await add.$('button=Add endpoint').click();
    await $("//table[@aria-label='SUSHI endpoints']//td[normalize-space()='E2E']").waitForExist();

    const creds = await $("form[aria-label='A member’s credentials']");
    await creds.$('select[name=sushi-cred-endpoint]').selectByAttribute('value', 'E2E');
    for (const [member, customer] of [['FI-HY', 'helsinki-1'], ['TR-ITU', 'tr-itu']]) {
      await creds.$('select[name=sushi-cred-member]').selectByAttribute('value', member);
      await creds.$('input[name=sushi-customer-id]').setValue(customer);
      await creds.$('input[name=sushi-api-key]').setValue(secret);
      await creds.$('button=Save credentials').click();
      await browser.waitUntil(async () => (await $('[data-testid=sushi-notice]').getText()).includes(member));
    }
    expect(await $('[data-testid=sushi-saved-key]').getText()).toBe('set ••••9876');

    const harvest = await $("form[aria-label='Harvest a report']");
    await harvest.$('select[name=harvest-endpoint]').selectByAttribute('value', 'E2E');
    await harvest.$('input[name=harvest-from]').setValue('2022-01');
    await harvest.$('input[name=harvest-to]').setValue('2022-12');
    await harvest.$('button=Harvest').click();
    const results = await $('[data-testid=harvest-results]');
    await results.waitForDisplayed({ timeout: 60000 });
    const rows = await browser.execute(() => [...document.querySelectorAll('[data-testid=harvest-results] tbody tr')]
      .map((r) => [...r.querySelectorAll('td')].slice(0, 2).map((c) => c.textContent.trim())));
    expect(rows.map((r) => r[0])).toEqual(['FI-HY', 'TR-ITU']);
    expect(rows[0][1]).toMatch(/^imported \d+ items?$/);
    expect(rows[1][1]).toBe('not authorised');
    expect(sushi.seen.map((s) => s.split(' ').slice(0, 2).join(' '))).toEqual(['/r51/reports/tr_j1 helsinki-1', '/r51/reports/tr_j1 tr-itu']);
    expect(sushi.seen.every((s) => s.endsWith(secret))).toBe(true); // the key goes to the server
    expect(await browser.execute(() => document.body.innerHTML.includes('e2e-secret-api-key'))).toBe(false);
    expect(cli('usage', 'list')).toContain('E2E TR_J1 2022-01 to 2022-12 (SUSHI)');
    await browser.execute(() => document.querySelector('[data-testid=harvest-results]').scrollIntoView({ block: 'end' }));
    await shot('usage-sushi');
  });
});
