// A negotiator's work in the real app: a new offer version (a bad currency first), a member
// joining mid-year, the workbench's rule saved to the deal and undone, three rules compared,
// licence terms as a grid and side by side, imports, and the File menu's recent databases.
// What the screen shows is checked against the CLI on the same database.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const shot = async (name) => {
  await browser.pause(500);
  await browser.saveScreenshot(join(root, 'artifacts', `e2e-${name}.png`));
};

const cli = (...args) => execFileSync(join(root, 'target/debug/konsortio'), args, { encoding: 'utf8' });

/** A CSV export of the CLI as objects by column name (quoted fields with commas allowed). */
function exported(kind) {
  const [head, ...lines] = cli('export', kind).trim().split('\n').map(parseCsvLine);
  return lines.map((cells) => Object.fromEntries(head.map((h, i) => [h, cells[i] ?? ''])));
}

function parseCsvLine(line) {
  const cells = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted && ch === '"' && line[i + 1] === '"') { cell += '"'; i++; }
    else if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) { cells.push(cell); cell = ''; }
    else cell += ch;
  }
  cells.push(cell);
  return cells;
}

/** The core's split from the CLI: member -> what it pays (plain decimal). */
function coreSplit(deal, year, rule) {
  const args = ['split', deal, '--year', String(year), '--format', 'csv', ...(rule ? ['--rule', rule] : [])];
  return Object.fromEntries(cli(...args).trim().split('\n').slice(1).map((l) => { const c = l.split(','); return [c[0], c[2]]; }));
}

/** Calls a command as the window does, the answer as {ok} or {error} (see app.e2e.js). */
const invoke = async (command, args) => JSON.parse(await browser.execute((command, args) =>
  window.__TAURI_INTERNALS__.invoke(command, args).then((ok) => JSON.stringify({ ok: ok ?? null }), (error) => JSON.stringify({ error })),
command, args));

/** Sets a field as typing would (date inputs take no keys through the driver). */
async function fill(selector, value) {
  await browser.execute((s, v) => {
    const el = document.querySelector(s);
    el.value = v;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, selector, value);
}

async function go(view) {
  await $(`//nav//button[normalize-space()='${view}']`).click();
  await $('h2').waitForDisplayed();
}

async function rowOf(code) {
  const search = await $('input[type=search]');
  await search.setValue(code);
  const row = await $(`//div[@role='row'][span[1][normalize-space()='${code}']]`);
  await row.waitForDisplayed();
  return row;
}

const text = (el) => el.getProperty('textContent');
const digits = (t) => t.replace(/[^0-9]/g, '');
const status = async (words) => browser.waitUntil(async () => (await $('p.status').getText()).includes(words),
  { timeoutMsg: `no status saying "${words}"` });

describe('Negotiating a deal', () => {
  it('enters a new offer version, and names the field of a bad currency', async () => {
    await go('Deals and offers');
    await (await rowOf('SAGE-2426')).click();
    await browser.waitUntil(async () => (await $('input[name=title]').getValue()).startsWith('SAGE'));
    await shot('deal-form');
    await $("//button[@role='tab'][starts-with(normalize-space(),'Offer versions (2)')]").click();
    await $('button=New version (from v2)').click();
    expect(await $('input[name=version]').getValue()).toBe('3');
    await $('input[name=pricing-total]').setValue('298000');
    await $('input[name=currency]').setValue('ZZZ');
    await $('input[name=note]').setValue('Counter-offer after the survey');
    await $('button=Save version 3').click();
    const error = await $('#err-offer-currency');
    await error.waitForDisplayed();
    expect(await error.getText()).toContain('ZZZ');
    await $('input[name=currency]').setValue('GBP');
    await $('button=Save version 3').click();
    await status('Saved offer version 3 of SAGE-2426.');
    const v3 = exported('offers').find((o) => o.deal === 'SAGE-2426' && o.version === '3');
    expect(v3.pricing).toBe('total 298000');
    expect(v3.rate).toBe('1.1632');
    expect(v3.index_pct).toBe('2025=3.5');
    expect(v3.note).toBe('Counter-offer after the survey');
    await $("//button[@role='tab'][starts-with(normalize-space(),'Offer versions (3)')]").waitForDisplayed();
    await shot('deal-offer');
  });

  it('adds a member from mid-year, which the core then splits pro rata', async () => {
    await $("//button[@role='tab'][starts-with(normalize-space(),'Participants (24)')]").click();
    await $('input[aria-label="Search members"]').setValue('EDUSK');
    const box = await $('input[type=checkbox][aria-label^="FI-EDUSK "]');
    await box.waitForDisplayed();
    await box.click();
    await fill('input[name="joined-FI-EDUSK"]', '2026-07-01');
    await $('button=Save participants (1 change)').click();
    await status('Saved the participants of SAGE-2426: 1 added.');
    const joined = exported('participations').find((p) => p.deal === 'SAGE-2426' && p.member === 'FI-EDUSK');
    expect(joined.joined).toBe('2026-07-01');
    await fill('input[aria-label="Search members"]', '');
    await $('select[aria-label=Show]').selectByAttribute('value', 'in');
    await shot('deal-participants');

    const core = coreSplit('SAGE-2426', 2026);
    await $('button=Open in the split workbench').click();
    await browser.waitUntil(async () => (await $('[data-testid=participants]').getText()) === '25');
    const cells = await (await rowOf('FI-EDUSK')).$$('span');
    expect(digits(await text(cells[2]))).toBe(digits(core['FI-EDUSK']));
  });

  it('saves the rule typed in the workbench to the deal, and undoes it', async () => {
    const before = exported('deals').find((d) => d.code === 'SAGE-2426').rule;
    await $('input[name=rule]').setValue('shared: fte; floor: 1500');
    await browser.waitUntil(async () => $('button=Save rule to deal').isEnabled());
    await $('button=Save rule to deal').click();
    await status('Saved the rule of SAGE-2426: shared: fte; floor: 1500.');
    expect(exported('deals').find((d) => d.code === 'SAGE-2426').rule).toBe('shared: fte; floor: 1500');
    await $('button=Undo').click();
    await status('Undone');
    expect(exported('deals').find((d) => d.code === 'SAGE-2426').rule).toBe(before);
    expect(await $('input[name=rule]').getValue()).toBe(before);
  });

  it('compares three rules member by member, with a chart', async () => {
    await $('input[name=rule-b]').setValue('shared: equal');
    await $('button=Add a rule').click();
    await $('input[name=rule-c]').setValue('shared: 50% fte + 50% equal');
    await $('button=Compare').click();
    await $('[role=grid][aria-label=Comparison]').waitForDisplayed();
    const equal = coreSplit('SAGE-2426', 2026, 'shared: equal');
    const row = await $(`//div[@role='grid'][@aria-label='Comparison']//div[@role='row'][span[1][normalize-space()='TR-AU']]`);
    await row.scrollIntoView();
    const cells = await row.$$('span');
    expect(digits(await text(cells[5]))).toBe(digits(equal['TR-AU']));
    expect(await $$('svg.chart rect.bar').length).toBeGreaterThan(24 * 2);
    await shot('compare-table');
    await $('svg.chart').scrollIntoView();
    await shot('compare');
  });
});

describe('Licence terms', () => {
  it("shows a licence's terms as a grid of permissions, as the core holds them", async () => {
    await go('Licence terms');
    await $('select[name=licence]').selectByAttribute('value', 'LIC-ELS-SD');
    const terms = exported('licence_terms').filter((t) => t.licence === 'LIC-ELS-SD');
    const tdm = terms.find((t) => t.term === 'text_data_mining');
    const row = await $('table[aria-label="Terms of LIC-ELS-SD"] tr[data-term=text_data_mining]');
    expect(await row.getText()).toContain(tdm.value === 'permitted_explicit' ? 'Permitted (explicit)' : tdm.value);
    expect(await row.getText()).toContain(tdm.note.slice(0, 30));
    await shot('licence-terms');
  });

  it('compares several licences side by side, the differing terms highlighted', async () => {
    await $('button=Compare licences').click();
    const table = await $('table[aria-label="Licence terms compared"]');
    await table.waitForDisplayed();
    const chosen = (await $$('table[aria-label="Licence terms compared"] thead th .code').map((c) => c.getText()));
    expect(chosen).toHaveLength(3);
    const all = exported('licence_terms');
    const value = (licence, term) => all.find((t) => t.licence === licence && t.term === term)?.value ?? '';
    const rows = await $$('table[aria-label="Licence terms compared"] tbody tr');
    let differing = 0;
    for (const r of rows) {
      const term = await r.getAttribute('data-term');
      const differs = new Set(chosen.map((l) => value(l, term))).size > 1;
      expect((await r.getAttribute('class')).includes('differs')).toBe(differs);
      differing += differs ? 1 : 0;
    }
    expect(differing).toBeGreaterThan(0);
    expect(await $('[data-testid=differing]').getText()).toBe(`${differing} of ${rows.length} terms differ.`);
    await shot('licence-compare');
  });
});

describe('Imports and the File menu', () => {
  const dir = mkdtempSync(join(tmpdir(), 'konsortio-e2e-import-'));

  it('imports a CSV file, and names the file, line and field of a bad value', async () => {
    const header = 'code,name,kind,country,city,address,postcode,vat_id,language,currency,join_date,leave_date,email\n';
    const bad = join(dir, 'members.csv');
    writeFileSync(bad, `${header}FI-E2E2,Testikirjasto,public,FI,Espoo,,,,fi,EUR,2020-01-01,,\nFI-E2E3,Toinen,public,Suomi,Espoo,,,,fi,EUR,2020-01-01,,\n`);
    const refused = await invoke('import_csv', { kindName: 'members', path: bad });
    expect(refused.error.code).toBe('input');
    expect(refused.error.field).toBe('country');
    expect(refused.error.message).toMatch(/members\.csv line 3, field 'country'/);
    expect(exported('members').some((m) => m.code === 'FI-E2E2')).toBe(false);
    writeFileSync(bad, `${header}FI-E2E2,Testikirjasto,public,FI,Espoo,,,,fi,EUR,2020-01-01,,\n`);
    expect((await invoke('import_csv', { kindName: 'members', path: bad })).ok).toEqual({ kind: 'members', records: 1 });
    expect(exported('members').some((m) => m.code === 'FI-E2E2')).toBe(true);
  });

  it('creates a new database, remembers it in Open recent, and fills it from a folder', async () => {
    const db = join(dir, 'new-consortium.db');
    expect((await invoke('new_database', { path: db })).ok).toBe(null);
    const recent = JSON.parse(readFileSync(join(process.env.KONSORTIO_CONFIG_DIR, 'recent.json'), 'utf8'));
    expect(recent[0]).toBe(db);
    expect((await invoke('new_database', { path: db })).error.code).toBe('exists');
    expect((await invoke('open_recent', { index: 0 })).ok).toBe(db);
    expect((await invoke('open_recent', { index: 4 })).error.code).toBe('invalid');
    await browser.refresh();
    const empty = await $('[data-testid=empty-db]');
    await empty.waitForDisplayed();
    await shot('empty-database');
    const loaded = await invoke('import_folder', { path: join(root, 'fixtures/demo') });
    expect(loaded.ok.find((s) => s.kind === 'members').records).toBe(63);
    await browser.refresh();
    await $('[data-testid=consortium]').waitUntil(async function () { return (await this.getText()).length > 0; });
    expect(await $('[data-testid=empty-db]').isExisting()).toBe(false);
  });
});
