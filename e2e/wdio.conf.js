// End-to-end tests of the real desktop app: WebdriverIO -> tauri-driver -> WebKitWebDriver
// -> target/debug/konsortio-desktop, on a fresh demo database. Run under Xvfb (scripts/test.sh).
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
// The app and the reference CLI share one fresh database, seeded on the app's first start.
// (The speed figures pass their large database as KONSORTIO_E2E_DB.)
process.env.KONSORTIO_DB = process.env.KONSORTIO_E2E_DB ?? join(mkdtempSync(join(tmpdir(), 'konsortio-e2e-')), 'konsortio.db');
// Without a GPU the app turns WebKit's DMA-BUF renderer off (DECISIONS 30), and then
// WebKitWebDriver's typing into a field hangs; the tests keep it on. (The speed figures,
// which type nothing, measure the app as it starts by default: KONSORTIO_PERF.)
if (!process.env.KONSORTIO_PERF) process.env.WEBKIT_DISABLE_DMABUF_RENDERER ??= '0';
// The File menu's recent list goes to a folder of the test's own, not the user's config.
process.env.KONSORTIO_CONFIG_DIR = mkdtempSync(join(tmpdir(), 'konsortio-e2e-config-'));
let driver;

export const config = {
  runner: 'local',
  specs: ['./specs/**/*.e2e.js'],
  maxInstances: 1,
  hostname: '127.0.0.1',
  port: 4444,
  capabilities: [{
    browserName: 'wry',
    'wdio:enforceWebDriverClassic': true,
    'tauri:options': { application: join(root, 'target/debug/konsortio-desktop') },
  }],
  logLevel: 'warn',
  framework: 'mocha',
  reporters: ['spec'],
  mochaOpts: { ui: 'bdd', timeout: 60000 },
  waitforTimeout: 15000,
  beforeSession: () => {
    driver = spawn(join(process.env.HOME, '.cargo/bin/tauri-driver'), [], { stdio: [null, process.stdout, process.stderr] });
  },
  afterSession: () => driver?.kill(),
};
