// The desktop speed figures on a large database (3,000 members, 500 deals): a rule changed
// on the 3,000-participant deal until the new shares are painted, the same on an open deal
// of about 1,800, and scrolling the 3,000-row member table frame by frame. The window keeps
// its own marks (ui/src/lib/timing.ts); this reads them. Prints one JSON line of figures.

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((s.length - 1) * p))]; };
const figures = {};

async function go(view) {
  await $(`//nav//button[normalize-space()='${view}']`).click();
  await $('h2').waitForDisplayed();
}

/** Types rules into the workbench one at a time (one input event each) and returns the
 * marks: milliseconds from the input to the frame showing the new shares (painted), and to
 * the backend's answer (answered). */
async function ruleChanges(deal, rules, rounds) {
  await $('select[name=workbench-deal]').selectByAttribute('value', deal);
  await browser.waitUntil(async () => (await $('[data-testid=participants]').getText()) !== '', { timeout: 60000 });
  await browser.execute(() => { window.__konsortioMarks = []; });
  for (let i = 0; i < rounds; i++) {
    const rule = rules[i % rules.length];
    await browser.execute((r) => {
      const el = document.querySelector('input[name=rule]');
      el.value = r;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, rule);
    await browser.waitUntil(async () => (await browser.execute(() => window.__konsortioMarks.filter((m) => m.name === 'rule-change').length)) > i, { timeout: 60000 });
  }
  return browser.execute(() => ({
    painted: window.__konsortioMarks.filter((m) => m.name === 'rule-change').map((m) => m.ms),
    answered: window.__konsortioMarks.filter((m) => m.name === 'rule-change-answer').map((m) => m.ms),
  }));
}

describe('Desktop speed', () => {
  it('shows the first screen', async () => {
    await $(`//span[normalize-space()='M0000']`).waitForDisplayed({ timeout: 60000 });
    figures.members = await $('.count').getText();
    figures.first_screen_in_window_ms = await browser.execute(() => window.__konsortioMarks.find((m) => m.name === 'first-screen')?.ms);
  });

  it('scrolls the member table', async () => {
    // Scrolls 3 rows (90 px, a mouse wheel's notch) a frame for 600 frames, down through
    // the 3,000 rows and back up, timing every frame.
    await browser.setTimeout({ script: 180000 });
    const frames = await browser.executeAsync((done) => {
      const body = document.querySelector('[role=grid][aria-label=Members]');
      const times = [];
      let last = performance.now();
      let step = 90;
      const tick = (now) => {
        times.push(now - last);
        last = now;
        body.scrollTop += step;
        if (body.scrollTop + body.clientHeight >= body.scrollHeight - 1) step = -90;
        if (times.length >= 602) return done(times.slice(2));
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const rows = await browser.execute(() => document.querySelectorAll('[role=grid][aria-label=Members] [role=row]').length);
    figures.scroll = {
      frames: frames.length, median_frame_ms: Math.round(median(frames) * 10) / 10, p95_frame_ms: Math.round(pct(frames, 0.95) * 10) / 10,
      frames_over_33ms: frames.filter((f) => f > 33.4).length, rows_in_page: rows,
    };
  });

  it('recomputes the 3,000-participant deal as the rule changes', async () => {
    await go('Split workbench');
    const rules = ['shared: equal', 'shared: 50% fte + 50% equal', 'shared: fte; floor: 500', 'central: 20%; shared: fte'];
    const { painted: marks, answered } = await ruleChanges('D0000', rules, 12);
    figures.participants_closed = Number(await $('[data-testid=participants]').getText());
    figures.rule_change_3000 = { n: marks.length, median_ms: median(marks), max_ms: Math.max(...marks), answered_median_ms: median(answered) };
  });

  it('recomputes an open deal as the rule changes', async () => {
    const { painted: marks, answered } = await ruleChanges('D0001', ['shared: fte', 'shared: 50% fte + 50% equal', 'shared: usage'], 6);
    figures.participants_open = Number(await $('[data-testid=participants]').getText());
    figures.rule_change_open = { n: marks.length, median_ms: median(marks), max_ms: Math.max(...marks), answered_median_ms: median(answered) };
  });

  after(() => {
    console.log(`KONSORTIO-SPEED ${JSON.stringify(figures)}`);
  });
});
