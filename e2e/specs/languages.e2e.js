// The main views once per language, switched in the app itself; screenshots to artifacts/e2e-<view>-<lang>.png.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const shots = join(root, 'artifacts');
mkdirSync(shots, { recursive: true });

/** (language, the members view's heading in it, how it says that a rule's parts miss 100 %) */
const LANGUAGES = [
  ['fi', 'Jäsenet', 'osien prosenttiosuudet ovat yhteensä 90 %, eivät 100 %'],
  ['sv', 'Medlemmar', 'delarnas procentsatser blir sammanlagt 90 %, inte 100 %'],
  ['tr', 'Üyeler', 'bileşenlerin yüzdeleri toplamı %100 değil, %90'],
  ['zh', '成员馆', '各部分百分比合计为 90%，而不是 100%'],
];

/** Types a rule whose parts add up to 90 % in the workbench; the backend's error, as shown. */
async function badRule() {
  const input = await $('input[name=rule]');
  await input.waitForDisplayed();
  await input.setValue('shared: 60% fte + 30% equal');
  const alert = await $('p.error');
  await alert.waitForDisplayed();
  return (await alert.getText()).replace(/\u00a0/g, ' ');
}
const VIEWS = ['members', 'licence-terms', 'deals', 'workbench', 'renewals', 'member-view', 'invoices', 'usage', 'import'];

/** Chooses a language in the picker, as a user's choice would. */
async function choose(lang) {
  await browser.execute((l) => {
    const select = document.querySelector('[data-testid=language]');
    select.value = l;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }, lang);
}

/** The invoice form's Preview for 2025 (the demo's finalised year): drafts and totals in the language, nothing issued. */
async function previewDrafts() {
  await browser.execute(() => {
    const year = document.querySelector('input[name=year]');
    year.value = '2025';
    year.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await $('form.issue button.secondary').click();
  await $('[data-testid=preview]').waitForDisplayed();
}

describe('Konsortio in every language', () => {
  after(async () => {
    // The choice is remembered in the webview's storage: leave English for the other specs.
    await choose('en');
  });

  for (const [lang, members, ruleError] of LANGUAGES) {
    it(`shows the main views in ${lang}`, async () => {
      await $('[data-testid=consortium]').waitUntil(async function () { return (await this.getText()).length > 0; });
      await choose(lang);
      await $('[data-view=members]').click();
      await browser.waitUntil(async () => (await $('h2').getText()) === members, { timeoutMsg: `no ${members} heading` });
      expect(await browser.execute(() => document.documentElement.lang)).toBe(lang);
      for (const view of VIEWS) {
        await $(`[data-view=${view}]`).click();
        await $('h2').waitForDisplayed();
        if (view === 'invoices') await previewDrafts();
        // The backend's own words, in the window's language: what is wrong, with its numbers.
        if (view === 'workbench') expect(await badRule()).toContain(ruleError);
        await browser.pause(400); // let the view load and repaint before the picture
        await browser.saveScreenshot(join(shots, `e2e-${view}-${lang}.png`));
      }
    });
  }

  it('remembers the choice and returns to English', async () => {
    await choose('zh');
    expect(await browser.execute(() => localStorage.getItem('konsortio.lang'))).toBe('zh');
    await choose('en');
    await $('[data-view=members]').click();
    await browser.waitUntil(async () => (await $('h2').getText()) === 'Members');
  });
});
