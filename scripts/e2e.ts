import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import { chromium, Browser, Page } from 'playwright-core';
import { projectRoot } from '../bot/paths';
import { Locale } from '../bot/domain/types';
import { answerFor, FINAL_KEYS } from './simulatedCustomer';
import { freePort } from './net';

/**
 * Browser tests: headless Chromium (Debian's package) drives the real Web Chat page of the real server,
 * completes a whole discovery conversation in Chinese and in English by clicking buttons and typing, and
 * checks the handoff through the staff API. Screenshots of the final screens go to test/e2e/artifacts/.
 * Prints "N passed, N failed" last.
 */

const ROOT = projectRoot();
const ARTIFACTS = path.join(ROOT, 'test', 'e2e', 'artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface StoreActivity {
  type: string;
  id?: string;
  text?: string;
  from: { role?: string; id?: string };
  conversation?: { id: string };
  channelData?: { tanxun?: { key?: string } };
  suggestedActions?: { actions: { title?: string; value?: unknown }[] };
}


async function startServer(): Promise<{ url: string; child: ChildProcess; dataDir: string }> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tanxun-e2e-'));
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'bot', 'index.js')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, MicrosoftAppId: '', STAFF_API_KEY: '', DIRECT_LINE_SECRET: '' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${url}/healthz`)).status === 200) return { url, child, dataDir };
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the server did not become healthy');
}

function botActivities(all: StoreActivity[]): StoreActivity[] {
  return all.filter((a) => a.type === 'message' && a.from.role === 'bot');
}

async function storeActivities(page: Page): Promise<StoreActivity[]> {
  return page.evaluate(() => {
    const store = (window as unknown as { tanxunStore?: { getState(): { activities: unknown[] } } }).tanxunStore;
    return (store ? store.getState().activities : []) as never;
  });
}

async function waitForBotCount(page: Page, count: number, timeoutMs = 15000): Promise<StoreActivity[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const all = await storeActivities(page);
    const bot = botActivities(all);
    if (bot.length >= count) {
      // Shown: the last reply's text is on screen.
      const last = bot[bot.length - 1];
      // Web Chat renders Markdown and typographic quotes; probe with the plain words the message starts with.
      const probe = (/^[\p{L}\p{N}\s,]+/u.exec((last.text ?? '').replace(/^[*_\s]+/, ''))?.[0] ?? '').trim().slice(0, 16);
      if (!probe || (await page.getByText(probe, { exact: false }).count()) > 0) return all;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${count} bot messages (have ${bot.length}; last: ${JSON.stringify(bot[bot.length - 1]?.text ?? '').slice(0, 80)})`);
    await page.waitForTimeout(25);
  }
}

/** Replies settle when no new bot message arrives for a moment (a turn can send several). */
async function settle(page: Page, after: number): Promise<StoreActivity[]> {
  let all = await waitForBotCount(page, after + 1);
  for (;;) {
    await page.waitForTimeout(250);
    const next = await storeActivities(page);
    if (botActivities(next).length === botActivities(all).length) return next;
    all = next;
  }
}

async function sendText(page: Page, text: string): Promise<void> {
  const box = page.locator('[data-id="webchat-sendbox-input"]');
  await box.fill(text);
  await box.press('Enter');
}

async function converse(browser: Browser, url: string, locale: Locale, viewport: { width: number; height: number }): Promise<{ latencies: number[]; turns: number }> {
  const context = await browser.newContext({ locale, viewport });
  const page = await context.newPage();
  await page.goto(url);
  let all = await settle(page, 0);
  const greeting = botActivities(all).map((a) => a.channelData?.tanxun?.key);
  if (!greeting.includes('discovery:opening.ask')) throw new Error(`no welcome in ${locale}: ${greeting.join(', ')}`);
  if (!botActivities(all).every((a) => !a.text || /[\u4e00-\u9fff]/.test(a.text) === (locale === 'zh-CN'))) throw new Error(`welcome not in ${locale}`);
  const latencies: number[] = [];
  let turns = 0;
  let clicked = 0;
  for (; turns < 60; turns++) {
    const bot = botActivities(all);
    const lastKey = [...bot].reverse().find((a) => a.channelData?.tanxun?.key)?.channelData?.tanxun?.key;
    if (bot.some((a) => FINAL_KEYS.includes(a.channelData?.tanxun?.key ?? ''))) break;
    const last = bot[bot.length - 1];
    const buttons = (last.suggestedActions?.actions ?? []).map((a) => String(a.title ?? a.value));
    const answer = answerFor(locale, lastKey, buttons.length > 0);
    const button = buttons.find((b) => b.toLowerCase() === answer.toLowerCase()) ?? (buttons.length && /^(yes|是的)$/i.test(answer) ? buttons[0] : undefined);
    const before = bot.length;
    const started = performance.now();
    if (button) {
      await page.getByRole('button', { name: button, exact: true }).last().click();
      clicked += 1;
    } else {
      await sendText(page, answer);
    }
    await waitForBotCount(page, before + 1);
    latencies.push(performance.now() - started);
    all = await settle(page, before);
  }
  if (clicked === 0) throw new Error('no suggested-action button was clicked');
  const text = await page.locator('body').innerText();
  if (/send failed|发送失败|無法傳送|could not send/i.test(text)) throw new Error('Web Chat shows "send failed"');
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `webchat-${locale}-${viewport.width}.png`) });
  const conversationId = all.find((a) => a.conversation)?.conversation?.id;
  const records = (await (await fetch(`${url}/api/handoffs?conversationId=${encodeURIComponent(conversationId ?? '')}`)).json()) as { trigger: string; locale: string; confirmation: string }[];
  if (records.length !== 1) throw new Error(`expected one handoff record for ${conversationId}, found ${records.length}`);
  if (records[0].locale !== locale || records[0].trigger !== 'discovery-complete' || records[0].confirmation !== 'confirmed') {
    throw new Error(`unexpected record: ${JSON.stringify(records[0]).slice(0, 300)}`);
  }
  await context.close();
  return { latencies, turns };
}

/**
 * A Teams turn in the Microsoft 365 Agents Playground (offline Teams emulation, channel msteams): the
 * welcome on install, one question answered, and a handoff card posted to a chat that subscribed.
 */
async function teamsTurn(browser: Browser, url: string): Promise<void> {
  const port = await freePort();
  const cli = path.join(ROOT, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');
  const playground = spawn(process.execPath, [cli, '-e', `${url}/api/messages`, '-c', 'msteams', '-p', String(port), '--dt'], { stdio: 'ignore' });
  try {
    const base = `http://localhost:${port}`;
    for (let i = 0; i < 200; i++) {
      try {
        if ((await fetch(base)).ok) break;
      } catch {
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(base);
    await page.getByText('What brings you here today?').first().waitFor({ timeout: 20000 });
    const box = page.locator('[role="textbox"][contenteditable="true"]').first();
    await box.click();
    await page.keyboard.type('We need a CRM for our sales team at my company');
    await page.keyboard.press('Enter');
    await page.getByText('Who will be using it').first().waitFor({ timeout: 15000 });
    await box.click();
    await page.keyboard.type('subscribe handoffs');
    await page.keyboard.press('Enter');
    await page.getByText('receive new handoffs').first().waitFor({ timeout: 15000 });
    // A customer elsewhere asks for a person: the card arrives in the subscribed Teams chat.
    const conversation = { id: `e2e-teams-${Date.now()}` };
    for (const [i, text] of ['Hello, our company needs a CRM', 'talk to a human', 'no'].entries()) {
      await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', id: `t${i}`, channelId: 'test', deliveryMode: 'expectReplies', locale: 'en-US', conversation, from: { id: 'cust' }, recipient: { id: 'bot' }, text }),
      });
    }
    await page.locator('.ac-adaptiveCard').first().waitFor({ timeout: 15000 });
    await page.getByText('New handoff').first().waitFor({ timeout: 5000 });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'teams-playground.png') });
    await context.close();
  } finally {
    playground.kill('SIGTERM');
  }
}

function wireSize(url: string, pathname: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(`${url}${pathname}`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => resolve(bytes));
      })
      .on('error', reject);
  });
}

async function main(): Promise<void> {
  const { url, child, dataDir } = await startServer();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
  let passed = 0;
  let failed = 0;
  const latencies: number[] = [];
  const sizes = await Promise.all(['/', '/web/app.js', '/web/styles.css', '/webchat.js'].map((p) => wireSize(url, p)));
  const runs: [Locale, { width: number; height: number }][] = [
    ['zh-CN', { width: 1280, height: 860 }],
    ['en', { width: 390, height: 844 }],
  ];
  try {
    for (const [locale, viewport] of runs) {
      try {
        const result = await converse(browser, url, locale, viewport);
        latencies.push(...result.latencies);
        process.stdout.write(`ok - whole discovery conversation in ${locale} at ${viewport.width}px (${result.turns} turns)\n`);
        passed += 1;
      } catch (err) {
        process.stdout.write(`not ok - conversation in ${locale}: ${(err as Error).message}\n`);
        failed += 1;
      }
    }
    try {
      await teamsTurn(browser, url);
      process.stdout.write('ok - Teams turn in the Microsoft 365 Agents Playground: welcome, answer, handoff card\n');
      passed += 1;
    } catch (err) {
      process.stdout.write(`not ok - Teams turn in the Agents Playground: ${(err as Error).message}\n`);
      failed += 1;
    }
  } finally {
    await browser.close();
    child.kill('SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  const sorted = latencies.slice(0, 20).sort((a, b) => a - b);
  if (sorted.length) process.stdout.write(`message to reply shown: median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms over ${sorted.length} messages\n`);
  if (sizes.some(Boolean)) process.stdout.write(`page on the wire (gzip): ${(sizes.reduce((a, b) => a + b, 0) / 1024).toFixed(0)} KiB\n`);
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  process.exit(failed ? 1 : 0);
}

main().catch((err: Error) => {
  process.stderr.write(`${err.stack ?? err.message}\n`);
  process.stdout.write('0 passed, 1 failed\n');
  process.exit(1);
});
