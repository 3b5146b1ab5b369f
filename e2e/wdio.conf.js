// End-to-end tests of the real desktop app: WebdriverIO -> tauri-driver -> WebKitWebDriver
// -> target/debug/konsortio-desktop, on a fresh demo database. Run under Xvfb (scripts/test.sh).
import { execFileSync, spawn } from 'node:child_process';
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
// So does the webview's storage: a language chosen in an earlier run or by the user on this
// machine (kept in local storage) would otherwise greet the tests in that language.
process.env.XDG_DATA_HOME = mkdtempSync(join(tmpdir(), 'konsortio-e2e-data-'));
// Free ports for tauri-driver and the WebKitWebDriver behind it, so that a second run on the
// same machine (a speed measurement, another checkout's tests) cannot take this run's sessions.
const freePort = () => Number(execFileSync(process.execPath, ['-e',
  "const s = require('net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })"]));
export const ports = { driver: freePort(), native: freePort() };
export const startDriver = () => spawn(join(process.env.HOME, '.cargo/bin/tauri-driver'),
  ['--port', String(ports.driver), '--native-port', String(ports.native)],
  { stdio: [null, process.stdout, process.stderr] });
let driver;

export const config = {
  runner: 'local',
  specs: ['./specs/**/*.e2e.js'],
  maxInstances: 1,
  hostname: '127.0.0.1',
  port: ports.driver,
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
    driver = startDriver();
  },
  afterSession: () => driver?.kill(),
};
