import * as fs from 'fs';
import * as path from 'path';
import { Browser } from 'playwright-core';
import { ARTIFACTS, AppProcess, launchBrowser, median, startApp } from './harness';
import { ECHO_SERVER_SCRIPT } from './fixtures/echoServer';
import { Check, PageMeasurements, webPageChecks } from './webPage.e2e';
import { AppMeasurements, appChecks } from './app.e2e';
import { STAFF_KEY, staffChecks } from './staff.e2e';

/**
 * Browser tests (npm run test:e2e: builds the app, then this runner with tsconfig.tools.json): headless Chromium
 * from Debian drives the web chat page. Test code, so it lives under test/ and nothing in scripts/ imports it.
 *   page: the page, Web Chat and the embedded Direct Line against an echo bot (test/e2e/fixtures);
 *   app:  the real app (E2E_APP_COMMAND, default "node dist/host/index.js"), whole conversations and Teams.
 *   staff: the real app with a staff key: the staff page (/staff), the need confirmation through Web Chat,
 *          insights and practice charts, the axe-core WCAG audit of both pages, docs/screenshots/.
 * `node dist/test/e2e/run.js page` or `... app` runs one; both by default. Screenshots and the measurements
 * go to test/e2e/artifacts/. Prints "N passed, N failed" last; exits 1 on any failure.
 */

interface Suite {
  name: string;
  start(): Promise<AppProcess>;
  checks(browser: Browser, app: () => AppProcess): Check[];
}

const pageMeasured: PageMeasurements = {};
const appMeasured: AppMeasurements = { replyTimesMs: [] };

const SUITES: Suite[] = [
  {
    name: 'page',
    start: () => startApp({ command: [process.execPath, ECHO_SERVER_SCRIPT] }),
    checks: (browser, app) => webPageChecks(browser, app, pageMeasured),
  },
  {
    name: 'app',
    start: () => startApp(process.env.E2E_APP_COMMAND ? { command: process.env.E2E_APP_COMMAND.split(/\s+/).filter(Boolean) } : {}),
    checks: (browser, app) => appChecks(browser, app, appMeasured),
  },
  {
    name: 'staff',
    start: () => startApp({ env: { STAFF_API_KEY: STAFF_KEY } }),
    checks: (browser, app) => staffChecks(browser, app),
  },
];

async function runSuite(suite: Suite, browser: Browser): Promise<{ passed: number; failed: number }> {
  let app: AppProcess | undefined;
  const current = (): AppProcess => {
    if (!app) throw new Error('the app is not running');
    return app;
  };
  let passed = 0;
  let failed = 0;
  try {
    app = await suite.start();
    for (const check of suite.checks(browser, current)) {
      try {
        await check.run();
        process.stdout.write(`ok - ${suite.name}: ${check.name}\n`);
        passed += 1;
      } catch (err) {
        process.stdout.write(`not ok - ${suite.name}: ${check.name}: ${(err as Error).message}\n`);
        failed += 1;
      }
    }
  } catch (err) {
    process.stdout.write(`not ok - ${suite.name}: could not start: ${(err as Error).message}\n`);
    failed += 1;
  } finally {
    await app?.stop();
  }
  return { passed, failed };
}

function report(): void {
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
  if (pageMeasured.replyMedianMs !== undefined) process.stdout.write(`page (echo bot): Enter to reply on screen, median ${pageMeasured.replyMedianMs} ms over ${pageMeasured.replyTimesMs?.length} messages\n`);
  if (appMeasured.replyTimesMs.length) {
    const first = appMeasured.replyTimesMs.slice(0, 20);
    process.stdout.write(`app (real bot): message to first reply on screen, median ${Math.round(median(first))} ms over ${first.length} messages\n`);
  }
  if (pageMeasured.wire) process.stdout.write(`page on the wire (${pageMeasured.wire.files.length} files): ${kib(pageMeasured.wire.brotliBytes)} with brotli, ${kib(pageMeasured.wire.gzipBytes)} with gzip\n`);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.writeFileSync(path.join(ARTIFACTS, 'measurements.json'), `${JSON.stringify({ page: pageMeasured, app: appMeasured }, null, 2)}\n`);
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const suites = SUITES.filter((s) => !wanted.length || wanted.includes(s.name));
  if (!suites.length) throw new Error(`unknown suite; choose from ${SUITES.map((s) => s.name).join(', ')}`);
  const browser = await launchBrowser();
  let passed = 0;
  let failed = 0;
  try {
    for (const suite of suites) {
      const result = await runSuite(suite, browser);
      passed += result.passed;
      failed += result.failed;
    }
  } finally {
    await browser.close();
  }
  report();
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  process.exit(failed ? 1 : 0);
}

main().catch((err: Error) => {
  process.stderr.write(`${err.stack ?? err.message}\n`);
  process.stdout.write('0 passed, 1 failed\n');
  process.exit(1);
});
