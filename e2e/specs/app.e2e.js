// The desktop app as a user drives it: first start, a new member, a hybrid split checked
// against the core, finalising, and bad input. Screenshots of each view go to artifacts/.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
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
});
