// Headless Debian Chromium driven by playwright-core (never `npx playwright install`).
// A persistent context is the only way to give Chromium a fresh profile folder of our own.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM } from './hostPaths';
import type { RunFolder } from './runFolder';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function launchBrowser(run: RunFolder, viewport = { width: 1400, height: 900 }): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: run \`npm run host:install\` (installs the Debian package chromium)`);
  }
  const context = await chromium.launchPersistentContext(run.browserProfile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    env: { ...process.env, ...run.env },
    // Our own handlers stop browser and server in order; Playwright's would exit midway.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const consoleLog = fs.createWriteStream(path.join(run.logs, 'browser-console.log'));
  page.on('console', (msg) => consoleLog.write(`[${msg.type()}] ${msg.text()}\n`));
  page.on('pageerror', (err) => consoleLog.write(`[pageerror] ${err.stack ?? err.message}\n`));
  let closed = false;
  return {
    context,
    page,
    close: async () => {
      if (closed) return;
      closed = true;
      await context.close().catch(() => undefined);
      consoleLog.end();
    },
  };
}
