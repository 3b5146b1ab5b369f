// The desktop app as a user drives it: first start, a new member, a hybrid split checked
// against the core, finalising, and bad input. Screenshots of each view go to artifacts/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const shots = join(root, 'artifacts');
mkdirSync(shots, { recursive: true });
const shot = async (name) => {
  await browser.pause(500); // let the window repaint before the picture
  await browser.saveScreenshot(join(shots, `e2e-${name}.png`));
};

/** The core's answer, from the CLI on the same database: member -> [pays, funder pays]. */
function coreSplit(deal, year, rule) {
  const csv = execFileSync(join(root, 'target/debug/konsortio'), ['split', deal, '--year', String(year), '--rule', rule, '--format', 'csv'], { encoding: 'utf8' });
  return Object.fromEntries(csv.trim().split('\n').slice(1).map((line) => { const c = line.split(','); return [c[0], [c[2], c[3]]]; }));
}

/** The core's invoice register, from the CLI on the same database: number -> its columns. */
function coreInvoices() {
  const out = execFileSync(join(root, 'target/debug/konsortio'), ['invoice', 'list'], { encoding: 'utf8' });
  const [, ...lines] = out.trim().split('\n');
  return Object.fromEntries(lines.filter((line) => !line.startsWith('(')).map((line) => {
    const c = line.trim().split(/\s{2,}/);
    return [c[0], { recipient: c[3], currency: c[4], gross: c[5], paid: c[6], status: c[8] }];
  }));
}

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

/** The row of a table whose first cell is `code`, after searching for it. */
async function rowOf(code) {
  const search = await $('input[type=search]');
  await search.setValue(code);
  const row = await $(`//div[@role='row'][span[1][normalize-space()='${code}']]`);
  await row.waitForDisplayed();
  return row;
}

/** An element's text as the page holds it (rows of the virtual table are positioned, which
 * WebKitWebDriver's visible-text algorithm reads as empty). */
const text = (el) => el.getProperty('textContent');

/** Digits of a formatted amount, to compare with the CLI's plain decimal: "€1,234.50" -> "123450". */
const digits = (text) => text.replace(/[^0-9]/g, '');

describe('Konsortio', () => {
  it('opens on the demo consortium on first start', async () => {
    await $('[data-testid=consortium]').waitUntil(async function () { return (await this.getText()).length > 0; });
    expect(await $('[data-testid=consortium]').getText()).toContain('Eurasian Library Consortium');
    await $(`//span[normalize-space()='FI-HY']`).waitForDisplayed();
    expect(await $('.count').getText()).toBe('63 of 63');
    await shot('members');
  });

  it('creates a member, and names the field of a bad value', async () => {
    await go('Members');
    await (await rowOf('FI-HY')).click();
    await $('input[name=code]').setValue('FI-E2E');
    await $('input[name=name]').setValue('Testikirjasto');
    await $('input[name=country]').setValue('Suomi');
    await $('button=Save').click();
    const error = await $('#err-country');
    await error.waitForDisplayed();
    expect(await error.getText()).toContain("'Suomi' is not an ISO 3166 country code");
    await shot('member-error');
    await $('input[name=country]').setValue('FI');
    await $('button=Save').click();
    await $('p.status').waitForDisplayed();
    expect(await $('p.status').getText()).toBe('Saved FI-E2E.');
    expect(await text(await rowOf('FI-E2E'))).toContain('Testikirjasto');
  });

  it('recomputes a hybrid split as the rule is typed, to the cent of the core', async () => {
    const rule = 'central: 50%; shared: 60% fte + 40% equal; floor: 5000';
    const expected = coreSplit('ACS-TR-2426', 2026, rule);
    await go('Split workbench');
    await $('[data-testid=total]').waitForDisplayed();
    const input = await $('input[name=rule]');
    await input.setValue(rule);
    await browser.waitUntil(async () => digits(await $('[data-testid=funder]').getText()) !== '000');
    const row = await rowOf('TR-CU');
    const cells = await row.$$('span');
    expect(digits(await text(cells[2]))).toBe(digits(expected['TR-CU'][0]));
    expect(digits(await text(cells[3]))).toBe(digits(expected['TR-CU'][1]));
    expect(digits(await $('[data-testid=sum]').getText())).toBe(digits(await $('[data-testid=total]').getText()));
    await row.click();
    await $('[data-testid=explanation]').waitForDisplayed();
    expect(await $('[data-testid=explanation]').getText()).toContain('You pay');
    await shot('workbench');
  });

  it('shows a bad rule as an error', async () => {
    await $('input[name=rule]').setValue('shared: 60% fte + 30% equal');
    const alert = await $('p.error');
    await alert.waitForDisplayed();
    expect(await alert.getText()).toContain('100');
    await shot('workbench-error');
  });

  it('finalises a split, which then shows as frozen', async () => {
    await $('button=Reset rule').click();
    await $('button=Finalise').click();
    await $("//dialog//button[normalize-space()='Finalise']").click();
    await browser.waitUntil(async () => (await $('.totals').getText()).includes('Finalised'));
    expect(await $('button=Finalise').isEnabled()).toBe(false);
    await shot('finalised');
  });

  it('shows the renewal calendar and the member view', async () => {
    await go('Renewals');
    await $(`//span[normalize-space()='LIC-ELS-SD']`).waitForDisplayed();
    await shot('renewals');
    await go('Member view');
    await $('.totals strong').waitForDisplayed();
    await shot('member-view');
  });

  it('issues the invoices of a finalised split, numbered and totalled as the core has them', async () => {
    await go('Invoices');
    expect(await $('p.empty').getText()).toContain('No invoices yet');
    await shot('invoices-empty');
    await $('input[name=year]').setValue('2025');
    await $('select[name=deal]').selectByAttribute('value', 'ELSBOOKS-2025');
    await $('select[name=mode]').selectByAttribute('value', 'per_member');
    await fill('input[name=issue_date]', '2026-01-15');
    await $('button=Issue invoices').click();
    await $("//dialog//button[normalize-space()='Issue invoices']").click();
    const result = await $('[data-testid=issued]');
    await result.waitForDisplayed({ timeout: 30000 });
    expect(await result.getText()).toBe('Issued 12 invoices: 2026-00001 to 2026-00012.');
    expect(await $('.count').getText()).toBe('12 of 12');
    const core = coreInvoices();
    expect(Object.keys(core)).toHaveLength(12);
    const cells = await (await rowOf('2026-00001')).$$('span');
    expect(await text(cells[3])).toBe(core['2026-00001'].recipient);
    expect(await text(cells[4])).toBe(core['2026-00001'].currency);
    expect(digits(await text(cells[5]))).toBe(digits(core['2026-00001'].gross));
    expect(await text(cells[8])).toBe('issued');
  });

  it('credits an invoice after asking, as the core then records it', async () => {
    await (await rowOf('2026-00001')).click();
    const total = await $('[data-testid=doc-total]');
    await total.waitForDisplayed();
    expect(digits(await total.getText())).toBe(digits(coreInvoices()['2026-00001'].gross));
    await $('button=Credit…').click();
    await fill('input[name=credit-date]', '2026-02-01');
    await $('button=Issue credit note').click();
    await $("//dialog//button[normalize-space()='Issue credit note']").click();
    await $('[data-testid=notice]').waitForDisplayed();
    expect(await $('[data-testid=notice]').getText()).toContain('Issued credit note CN-2026-00001');
    await browser.waitUntil(async () => (await $('[data-testid=doc-status]').getText()) === 'credited');
    const core = coreInvoices();
    expect(core['2026-00001'].status).toBe('credited');
    expect(core['CN-2026-00001'].status).toBe('credits 2026-00001');
    expect(digits(core['CN-2026-00001'].gross)).toBe(digits(core['2026-00001'].gross));
    await fill('input[type=search]', '');
    await browser.waitUntil(async () => (await $('.count').getText()) === '13 of 13');
    await shot('invoices');
  });

  it('records a payment, and names the amount field when it is more than is due', async () => {
    await (await rowOf('2026-00002')).click();
    await $('button=Record payment…').click();
    await $('input[name=amount]').setValue('99999');
    await $('button=Record payment').click();
    const error = await $('#err-amount');
    await error.waitForDisplayed();
    expect(await error.getText()).toContain('still due on 2026-00002');
    await $('input[name=amount]').setValue('1000.00');
    await $('input[name=reference]').setValue('E2E-1');
    await $('button=Record payment').click();
    await browser.waitUntil(async () => (await $('[data-testid=notice]').getText()).includes('2026-00002 is partly paid'));
    const core = coreInvoices();
    expect(core['2026-00002'].status).toBe('partly paid');
    expect(digits(core['2026-00002'].paid)).toBe('100000');
    await shot('invoice-payment');
  });

  it('shows a converted invoice with the rate and the legal note the core prints', async () => {
    await (await rowOf('2026-00007')).click();
    const conversion = await $('[data-testid=conversion]');
    await conversion.waitForDisplayed();
    const show = execFileSync(join(root, 'target/debug/konsortio'), ['invoice', 'show', '2026-00007'], { encoding: 'utf8' });
    const rate = show.match(/^1 EUR = ([0-9.]+) SEK/m)[1];
    expect(await conversion.getText()).toContain(`1 EUR = ${rate} SEK`);
    expect(await $('p.note.legal').getText()).toBe(show.trim().split('\n').at(-1));
    expect(digits(await $('[data-testid=doc-total]').getText())).toBe(digits(coreInvoices()['2026-00007'].gross));
    await shot('invoice-converted');
  });

  it('exports to a folder, and refuses to overwrite without being told to', async () => {
    // The folder comes from the native dialog, which WebDriver cannot drive; call the
    // command as the Export button does once the user has chosen a folder. The answer
    // crosses as text: WebDriver clients read a returned object with an "error" key as a failure.
    const exportTo = async (format, dir, force) => JSON.parse(await browser.execute((format, dir, force) => {
      const tauri = window.__TAURI_INTERNALS__;
      const onProgress = `__CHANNEL__:${tauri.transformCallback(() => {})}`;
      return tauri.invoke('export_invoices', { format, dir, force, onProgress })
        .then((ok) => JSON.stringify({ ok }), (error) => JSON.stringify({ error }));
    }, format, dir, force));
    const dir = mkdtempSync(join(tmpdir(), 'konsortio-e2e-export-'));
    expect((await exportTo('ubl', dir, false)).ok.files).toBe(13);
    expect(readdirSync(dir).sort()).toContain('CN-2026-00001.xml');
    const again = await exportTo('ubl', dir, false);
    expect(again.error.code).toBe('exists');
    expect((await exportTo('ubl', dir, true)).ok.files).toBe(13);
    expect((await exportTo('csv', dir, false)).ok.files).toBe(2);
    expect(readFileSync(join(dir, 'invoices.csv'), 'utf8')).toContain('2026-00002');
    expect((await exportTo('csv', dir, false)).error.code).toBe('exists');
  });
});
