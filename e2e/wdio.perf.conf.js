// The desktop speed figures (scripts/measure-desktop.sh): the release app on a large
// database, driven through tauri-driver. KONSORTIO_APP and KONSORTIO_DB say which.
import { join, resolve } from 'node:path';
import { config as base, startDriver } from './wdio.conf.js';

const root = resolve(import.meta.dirname, '..');
let driver;

export const config = {
  ...base,
  specs: ['./perf/**/*.perf.js'],
  capabilities: [{
    browserName: 'wry',
    'wdio:enforceWebDriverClassic': true,
    'tauri:options': { application: process.env.KONSORTIO_APP ?? join(root, 'target/release/konsortio-desktop') },
  }],
  mochaOpts: { ui: 'bdd', timeout: 300000 },
  waitforTimeout: 60000,
  beforeSession: () => {
    driver = startDriver();
  },
  afterSession: () => driver?.kill(),
};
