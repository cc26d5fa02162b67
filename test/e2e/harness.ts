import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import { Browser, chromium, Locator, Page } from 'playwright-core';
import { projectRoot } from '../../domain/paths';
import { freePort } from '../../scripts/net';

/**
 * The browser tests' tools: start the app (or a fixture) as its own process, drive Debian's headless
 * Chromium on the web chat page, and follow the conversation on screen and in Web Chat's own state.
 */

export const ARTIFACTS = path.join(projectRoot(), 'test', 'e2e', 'artifacts');

/** The AAD object id the Microsoft 365 Agents Playground gives its default user. */
export const PLAYGROUND_USER_AAD_ID = '00000000-0000-0000-0000-0000000000020';

export interface AppProcess {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** The command and its arguments; the app's compiled entry point unless told otherwise. */
  command?: string[];
  env?: Record<string, string>;
  timeoutMs?: number;
}

/** Starts the app on a free port with a fresh DATA_DIR and waits until GET /healthz answers 200. */
export async function startApp(options: StartOptions = {}): Promise<AppProcess> {
  const root = projectRoot();
  const [command, ...args] = options.command ?? [process.execPath, '--disable-warning=DEP0111', path.join(root, 'dist', 'host', 'index.js')];
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tanxun-e2e-'));
  const child = spawn(command, args, {
    cwd: root,
    // STAFF_AAD_OBJECT_IDS: the Agents Playground's default user (Alex Wilber) is staff, so it may subscribe to handoffs.
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, MicrosoftAppId: '', MicrosoftAppPassword: '', STAFF_API_KEY: '', DIRECT_LINE_SECRET: '', STAFF_TEAMS_TENANT_ID: '', STAFF_AAD_OBJECT_IDS: PLAYGROUND_USER_AAD_ID, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  const stop = (): Promise<void> => stopProcess(child).finally(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${url}/healthz`)).status === 200) return { url, dataDir, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`${[command, ...args].join(' ')} did not become healthy on ${url}:\n${output}`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Chromium from Debian (no download); Playwright gives every launch a fresh temporary profile. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
}

export interface StoreActivity {
  type: string;
  id?: string;
  text?: string;
  from: { role?: string; id?: string };
  conversation?: { id: string };
  attachments?: { contentType: string }[];
  channelData?: { tanxun?: { key?: string }; 'webchat:send-status'?: string };
  suggestedActions?: { actions: { title?: string; value?: unknown }[] };
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  /** The browser's language (navigator.language). */
  locale?: string;
  path?: string;
}

const BOT_BUBBLE = '.webchat__bubble:not(.webchat__bubble--from-user)';

/** One visitor's tab on the chat page. */
export class ChatPage {
  /** Console errors and uncaught exceptions in the page, CSP violations included. */
  readonly errors: string[] = [];

  private constructor(
    readonly page: Page,
    readonly url: string,
  ) {
    page.on('console', (message) => {
      if (message.type() === 'error') this.errors.push(message.text());
    });
    page.on('pageerror', (error) => this.errors.push(error.message));
  }

  static async open(browser: Browser, url: string, options: OpenOptions = {}): Promise<ChatPage> {
    const context = await browser.newContext({ locale: options.locale ?? 'zh-CN', viewport: options.viewport ?? { width: 1280, height: 860 } });
    const chat = new ChatPage(await context.newPage(), url);
    await chat.page.goto(`${url}${options.path ?? '/'}`);
    await chat.input.waitFor({ timeout: 20_000 });
    return chat;
  }

  get input(): Locator {
    return this.page.locator('[data-id="webchat-sendbox-input"]');
  }

  async sendText(text: string): Promise<void> {
    await this.input.fill(text);
    await this.input.press('Enter');
  }

  /** The suggested-action buttons with this title (Web Chat also keeps hidden copies for screen readers). */
  suggestedAction(title: string): Locator {
    return this.page.locator('.webchat__suggested-actions__button').and(this.page.getByRole('button', { name: title, exact: true }));
  }

  /** Clicks the newest suggested-action button with this title. */
  async clickSuggestedAction(title: string): Promise<void> {
    await this.suggestedAction(title).last().click();
  }

  /** Waits until a bot message showing this text (or matching it) is on screen; returns its text. */
  async waitForBotText(expected: string | RegExp, timeoutMs = 15_000): Promise<string> {
    const bubble = this.page.locator(BOT_BUBBLE).filter({ hasText: expected }).last();
    await bubble.waitFor({ state: 'visible', timeout: timeoutMs });
    return (await bubble.innerText()).trim();
  }

  /** The activities Web Chat holds (app.js exposes its store to these tests). */
  async activities(): Promise<StoreActivity[]> {
    return this.page.evaluate(() => {
      const store = (window as unknown as { tanxunStore?: { getState(): { activities: unknown[] } } }).tanxunStore;
      return (store ? store.getState().activities : []) as never;
    });
  }

  async botMessages(): Promise<StoreActivity[]> {
    return (await this.activities()).filter((a) => a.type === 'message' && a.from.role === 'bot');
  }

  /** Whether Web Chat gave up on any message the visitor sent ("Send failed. Retry"). */
  async sendFailed(): Promise<boolean> {
    const failed = (await this.activities()).some((a) => a.channelData?.['webchat:send-status'] === 'send failed');
    return failed || /send failed|发送失败|無法傳送/i.test(await this.page.locator('body').innerText());
  }

  /**
   * Milliseconds from pressing Enter to the expected reply appearing on screen, measured in the page
   * (keydown to the DOM mutation that shows it), so the test driver's own overhead is not counted.
   */
  async timeReply(text: string, expectedReply: string): Promise<number> {
    await this.input.fill(text);
    await this.page.evaluate(
      ({ selector, expected }) => {
        const w = window as unknown as { tanxunReply?: Promise<number> };
        w.tanxunReply = new Promise<number>((resolve) => {
          let start = 0;
          document.addEventListener('keydown', (e) => {
            if (e.key === 'Enter') start = performance.now();
          }, { capture: true, once: true });
          const shown = () => Array.from(document.querySelectorAll(selector)).some((el) => (el.textContent ?? '').includes(expected));
          const observer = new MutationObserver(() => {
            if (start && shown()) {
              observer.disconnect();
              resolve(performance.now() - start);
            }
          });
          observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        });
      },
      { selector: BOT_BUBBLE, expected: expectedReply },
    );
    await this.input.press('Enter');
    return this.page.evaluate(() => (window as unknown as { tanxunReply: Promise<number> }).tanxunReply);
  }

  async screenshot(name: string): Promise<string> {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const file = path.join(ARTIFACTS, `${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  async close(): Promise<void> {
    await this.page.context().close();
  }
}

/** Bytes on the wire for one URL with the given Accept-Encoding. */
export function wireBytes(url: string, acceptEncoding: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => resolve(bytes));
      })
      .on('error', reject);
  });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
