import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { Browser, Page } from 'playwright-core';
import { projectRoot } from '../../domain/paths';
import { Locale } from '../../domain/types';
import { expectAccessible } from './axe';
import { AppProcess, ARTIFACTS, ChatPage } from './harness';
import { askForPerson, HOSTILE_TEXT, seedStaffData, Seeded } from './fixtures/staffSeed';
import { Check } from './webPage.e2e';

/**
 * The staff workspace (/staff) against the real app with a staff key: sign-in, the inbox with its filters
 * and live updates, one handoff, two reps claiming at once, the need confirmation from edit to the customer's
 * answer in Web Chat, the insights and practice charts on seeded data, a WCAG A/AA audit of both pages, and
 * the screenshots kept in docs/screenshots/.
 */

export const STAFF_KEY = `e2e-${randomBytes(12).toString('hex')}`;
export const SCREENSHOTS = path.join(projectRoot(), 'docs', 'screenshots');

interface Record {
  id: string;
  conversationId: string;
  createdAt: string;
  locale: Locale;
  status: string;
  claimedBy?: string;
  needName: string;
  confirmation?: unknown;
  needConfirmation?: unknown;
}

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

async function staffApi<T>(url: string, pathAndQuery: string): Promise<T> {
  const response = await fetch(`${url}${pathAndQuery}`, { headers: { authorization: `Bearer ${STAFF_KEY}`, accept: 'application/json' } });
  if (!response.ok) throw new Error(`${pathAndQuery} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

async function recordFor(url: string, conversationId: string): Promise<Record> {
  const found = await staffApi<Record[]>(url, `/api/handoffs?conversationId=${encodeURIComponent(conversationId)}`);
  assert(found.length === 1, `expected one handoff for ${conversationId}, found ${found.length}`);
  return found[0];
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** One rep's tab on the staff page. */
class StaffPage {
  readonly errors: string[] = [];
  readonly requestedUrls: string[] = [];

  private constructor(readonly page: Page) {
    page.on('console', (message) => {
      // A 4xx answer the page handles (a wrong key, a lost claim race) is logged by Chromium; it is not a fault.
      if (message.type() === 'error' && !/^Failed to load resource: the server responded with a status of 4\d\d/.test(message.text())) this.errors.push(message.text());
    });
    page.on('pageerror', (error) => this.errors.push(error.message));
    page.on('request', (request) => this.requestedUrls.push(request.url()));
  }

  static async open(browser: Browser, url: string, options: { locale?: string; viewport?: { width: number; height: number } } = {}): Promise<StaffPage> {
    const context = await browser.newContext({ locale: options.locale ?? 'en-US', viewport: options.viewport ?? { width: 1280, height: 900 } });
    const staff = new StaffPage(await context.newPage());
    await staff.page.goto(`${url}/staff`);
    return staff;
  }

  async signIn(key: string, rep: string): Promise<void> {
    await this.page.locator('#signin-key').fill(key);
    await this.page.locator('#signin-rep').fill(rep);
    await this.page.locator('#signin-form button[type="submit"]').click();
  }

  /** Signed in and the inbox listed. */
  async signedIn(rep: string): Promise<void> {
    await this.signIn(STAFF_KEY, rep);
    await this.page.locator('#inbox-items li').first().waitFor({ timeout: 10_000 });
  }

  item(id: string) {
    return this.page.locator(`#inbox-items a[data-id="${id}"]`);
  }

  async openHandoff(id: string): Promise<void> {
    await this.page.evaluate((hash) => {
      location.hash = hash;
    }, `#/handoff/${encodeURIComponent(id)}`);
    await this.page.locator('#detail-heading').waitFor({ timeout: 10_000 });
  }

  async listedIds(): Promise<string[]> {
    return this.page.locator('#inbox-items a[data-id]').evaluateAll((links) => links.map((a) => a.getAttribute('data-id') ?? ''));
  }

  async switchTo(language: 'English' | '中文'): Promise<void> {
    await this.page.locator('.lang button', { hasText: language }).click();
    await this.page.waitForFunction((lang) => document.documentElement.lang === lang, language === 'English' ? 'en' : 'zh-CN');
  }

  async screenshot(name: string): Promise<void> {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await this.page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
  }

  clean(): void {
    assert(this.errors.length === 0, `the staff page logged errors (CSP violations included): ${this.errors.join(' | ').slice(0, 600)}`);
  }

  async close(): Promise<void> {
    await this.page.context().close();
  }
}

/** The values a drawn Chart.js chart holds, read from Chart.js itself. */
async function chartData(page: Page, id: string): Promise<number[][]> {
  return page.evaluate((canvasId) => {
    const chartJs = (window as unknown as { Chart: { getChart(canvas: HTMLCanvasElement): { data: { datasets: { data: unknown[] }[] } } | undefined } }).Chart;
    const canvas = document.getElementById(canvasId) as HTMLCanvasElement | null;
    const chart = canvas ? chartJs.getChart(canvas) : undefined;
    return chart ? chart.data.datasets.map((d) => d.data.map((v) => Number(v))) : [];
  }, id);
}

export function staffChecks(browser: Browser, app: () => AppProcess): Check[] {
  let seeded: Seeded | undefined;
  let alice: StaffPage | undefined;
  const desk = (): StaffPage => {
    if (!alice) throw new Error('the staff page did not open');
    return alice;
  };
  const url = (): string => app().url;

  return [
    {
      name: 'seeded through the bot: four handoffs, two abandoned conversations, three practice sessions',
      async run() {
        seeded = await seedStaffData(url());
        const all = await staffApi<Record[]>(url(), '/api/handoffs');
        assert(all.length >= 4, `expected at least four handoffs, found ${all.length}`);
      },
    },
    {
      name: 'sign-in: a wrong key is refused, the right one opens the inbox, the key stays in sessionStorage and out of every URL',
      async run() {
        alice = await StaffPage.open(browser, url());
        const page = desk().page;
        assert(await page.locator('#signin').isVisible(), 'the sign-in form is not shown');
        const unauthenticated = await fetch(`${url()}/api/handoffs`, { headers: { accept: 'application/json' } });
        assert(unauthenticated.status === 401, `the staff API answered ${unauthenticated.status} without a key`);
        await desk().signIn('not-the-key', 'Alice');
        await page.getByText('That key was not accepted.').waitFor({ timeout: 5000 });
        await desk().signedIn('Alice');
        const stored = await page.evaluate(() => sessionStorage.getItem('tanxun.staff'));
        assert(stored?.includes(STAFF_KEY), 'the key is not kept in sessionStorage');
        assert(await page.evaluate(() => localStorage.length === 0 && document.cookie === ''), 'something was kept beyond the tab (localStorage or a cookie)');
        await page.reload();
        await page.locator('#inbox-items li').first().waitFor({ timeout: 10_000 });
        assert(await page.getByText('Signed in as Alice').isVisible(), 'a reload signed the rep out');
        assert(!desk().requestedUrls.some((u) => u.includes(STAFF_KEY)), 'the key appeared in a URL');
        const headers = (await fetch(`${url()}/staff`)).headers;
        assert(headers.get('content-security-policy')?.includes("script-src 'self'"), 'the staff page has no script-src self CSP');
        assert(!/unsafe-(inline|eval)/.test(headers.get('content-security-policy')?.split(';').find((d) => d.includes('script-src')) ?? ''), 'the CSP allows inline or eval scripts');
        desk().clean();
      },
    },
    {
      name: 'inbox: newest first, filtered by language, status, trigger and date, in English and Chinese',
      async run() {
        const page = desk().page;
        const api = await staffApi<Record[]>(url(), '/api/handoffs');
        const newestFirst = [...api].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).map((r) => r.id);
        assert(JSON.stringify(await desk().listedIds()) === JSON.stringify(newestFirst), 'the inbox is not newest first, or misses handoffs');
        await page.locator('#f-locale').selectOption('zh-CN');
        await page.locator('#filters button[type="submit"]').click();
        const zhIds = new Set(api.filter((r) => r.locale === 'zh-CN').map((r) => r.id));
        await until('the Chinese-only list', async () => {
          const ids = await desk().listedIds();
          return ids.length === zhIds.size && ids.every((id) => zhIds.has(id)) ? true : undefined;
        });
        await page.locator('#f-trigger').selectOption('customer-asked');
        await page.locator('#filters button[type="submit"]').click();
        await until('the customer-asked Chinese list', async () => ((await desk().listedIds()).length === 1 ? true : undefined));
        const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
        await page.locator('#f-from').fill(tomorrow);
        await page.locator('#filters button[type="submit"]').click();
        await page.getByText('No handoffs match these filters.').waitFor({ timeout: 5000 });
        await page.locator('#filters button[type="reset"]').click();
        await until('the whole list again', async () => ((await desk().listedIds()).length === api.length ? true : undefined));
        await desk().screenshot('staff-inbox-en');
        await desk().switchTo('中文');
        await page.getByRole('link', { name: '收件箱' }).waitFor();
        await page.getByRole('heading', { name: '转交需求' }).waitFor();
        await desk().screenshot('staff-inbox-zh-CN');
        await desk().switchTo('English');
        desk().clean();
      },
    },
    {
      name: 'live updates: a new handoff appears in an open inbox without a reload',
      async run() {
        const page = desk().page;
        await page.evaluate(() => {
          (window as unknown as { tanxunNotReloaded: boolean }).tanxunNotReloaded = true;
        });
        const conversationId = `live-${Date.now()}`;
        await askForPerson(url(), conversationId, 'en', 'We need a booking system for our clinic');
        const record = await recordFor(url(), conversationId);
        await desk().item(record.id).waitFor({ timeout: 15_000 });
        assert(await page.evaluate(() => (window as unknown as { tanxunNotReloaded?: boolean }).tanxunNotReloaded === true), 'the page reloaded');
        assert((await desk().listedIds())[0] === record.id, 'the new handoff is not at the top');
        desk().clean();
      },
    },
    {
      name: "one handoff: summary in the reader's language, the customer's words as evidence, latent needs, open questions, transcript; customer text stays text",
      async run() {
        assert(seeded, 'nothing was seeded');
        const page = desk().page;
        const discovery = await recordFor(url(), seeded.handoffs[1]);
        await desk().openHandoff(discovery.id);
        const detail = page.locator('#detail-body');
        for (const heading of ['Summary', "In the customer's words", 'Latent needs', 'Open questions', "The customer's questions to the bot", 'Need confirmation', 'Notes', 'Transcript']) {
          await detail.locator('h3').getByText(heading, { exact: true }).waitFor({ timeout: 5000 });
        }
        // The summary's labels follow the reader; the customer's own words inside it stay as they were said.
        await detail.locator('.summary').getByText('Handed over because', { exact: false }).first().waitFor({ timeout: 5000 });
        assert((await detail.locator('.quote').count()) > 0, 'no customer quotes shown as evidence');
        assert((await detail.locator('.chat li').count()) > 4, 'the transcript is missing');
        await desk().screenshot('staff-handoff-en');
        await desk().switchTo('中文');
        await detail.locator('h3').getByText('摘要', { exact: true }).waitFor();
        await detail.locator('.summary').getByText('转交原因', { exact: false }).first().waitFor({ timeout: 5000 });
        await desk().screenshot('staff-handoff-zh-CN');
        await desk().switchTo('English');

        const hostile = await recordFor(url(), seeded.handoffs[3]);
        await desk().openHandoff(hostile.id);
        await detail.getByText('<b>now</b>', { exact: false }).first().waitFor({ timeout: 5000 });
        assert((await detail.locator('img, b').count()) === 0, "the customer's markup became elements");
        assert(await page.evaluate(() => (window as unknown as { tanxunXss?: unknown }).tanxunXss === undefined), "the customer's script ran");
        assert((await page.content()).includes('&lt;img src=x'), 'the customer text is not escaped in the page');
        assert(HOSTILE_TEXT.includes('<b>now</b>'), 'the hostile text changed');
        desk().clean();
      },
    },
    {
      name: 'claim race: two reps click Claim at once; one gets it, the other reads "already claimed by ..."',
      async run() {
        assert(seeded, 'nothing was seeded');
        const target = await recordFor(url(), seeded.handoffs[2]);
        const bob = await StaffPage.open(browser, url(), { locale: 'en-US', viewport: { width: 390, height: 844 } });
        try {
          await bob.signedIn('Bob');
          await Promise.all([desk().openHandoff(target.id), bob.openHandoff(target.id)]);
          await Promise.all([desk().page.locator('#claim').click(), bob.page.locator('#claim').click()]);
          const winner = await until('the claim to settle', async () => (await staffApi<Record>(url(), `/api/handoffs/${target.id}`)).claimedBy);
          const [won, lost] = winner === 'Alice' ? [desk(), bob] : [bob, desk()];
          await won.page.locator('#detail-message').getByText('You claimed this handoff.').waitFor({ timeout: 5000 });
          await lost.page.locator('#detail-message').getByText(`Already claimed by ${winner}.`).waitFor({ timeout: 5000 });
          assert(await lost.page.locator('#claim').isDisabled(), 'the loser can still press Claim');
          const box = await bob.page.locator('#detail').boundingBox();
          assert(box && box.width <= 390, `the handoff does not fit a phone: ${JSON.stringify(box)}`);
          await bob.page.screenshot({ path: path.join(ARTIFACTS, 'staff-phone-claim.png'), fullPage: false });
          bob.clean();
          desk().clean();
        } finally {
          await bob.close();
        }
      },
    },
    {
      name: 'need confirmation: edit (with who and when), approve, send; the customer sees the card in Web Chat and confirms; the record shows it',
      async run() {
        fs.mkdirSync(ARTIFACTS, { recursive: true });
        const chat = await ChatPage.open(browser, url(), { locale: 'en-US', viewport: { width: 1280, height: 860 } });
        try {
          await chat.waitForBotText('What brings you here today?');
          await chat.sendText('Our company needs a CRM for 12 sales people');
          await until('the first question', async () => ((await chat.botMessages()).length >= 3 ? true : undefined));
          await chat.sendText('talk to a human');
          await chat.waitForBotText('May our colleague contact you about it?');
          await chat.sendText('no');
          await chat.waitForBotText('passed everything on');
          const conversationId = (await chat.activities()).find((a) => a.conversation)?.conversation?.id ?? '';
          const record = await recordFor(url(), conversationId);
          const page = desk().page;
          await desk().item(record.id).waitFor({ timeout: 15_000 });
          await desk().openHandoff(record.id);
          await page.locator('#claim').click();
          await page.locator('#detail-message').getByText('You claimed this handoff.').waitFor({ timeout: 5000 });

          const newName = 'A CRM for twelve sales people';
          await page.getByLabel('Name of the need').fill(newName);
          await page.getByLabel('Need statement').fill('You need one place where your twelve sales people track every lead.');
          await page.locator('#def-save').click();
          await page.locator('#detail-message').getByText('Edits saved.').waitFor({ timeout: 5000 });
          const history = page.locator('.confirmation ul.plain');
          await history.getByText(/^Alice, .+: Name of the need$/).waitFor({ timeout: 5000 });
          await history.getByText(newName).waitFor();
          await page.locator('#def-approve').click();
          await page.locator('.confirmation-status').getByText('Approved, not sent').waitFor({ timeout: 5000 });
          await page.locator('#def-send').click();
          await page.locator('.confirmation-status').getByText('Sent, waiting for the customer').waitFor({ timeout: 5000 });

          const card = chat.page.locator('.ac-adaptiveCard').filter({ hasText: newName }).last();
          await card.waitFor({ timeout: 15_000 });
          await chat.screenshot('staff-confirmation-card');
          await card.getByRole('button', { name: 'Yes, that is right' }).click();
          await page.locator('.confirmation-status').getByText('Confirmed by the customer').waitFor({ timeout: 15_000 });
          assert(chat.errors.length === 0, `the chat page logged errors: ${chat.errors.join(' | ').slice(0, 400)}`);
          desk().clean();
        } finally {
          await chat.close();
        }
      },
    },
    {
      name: 'insights: charts per playbook and period drawn from the seeded conversations, in English and Chinese',
      async run() {
        const page = desk().page;
        await page.getByRole('link', { name: 'Insights' }).click();
        await page.locator('#chart-funnel').waitFor({ timeout: 10_000 });
        const total = (values: number[] | undefined) => (values ?? []).reduce((a, b) => a + b, 0);
        // The two seeded talks left after a question count as abandoned only after 30 idle minutes: until then they are still going.
        const [started, handedOff, abandoned, ongoing] = (await chartData(page, 'chart-funnel')).map(total);
        assert(started >= 6 && handedOff >= 4 && abandoned + ongoing >= 2, `the funnel does not count the seeded conversations: ${JSON.stringify([started, handedOff, abandoned, ongoing])}`);
        assert((await page.locator('#insights-body canvas').count()) >= 3, 'fewer than three charts');
        const pixels = await page.evaluate(() => {
          const canvas = document.getElementById('chart-funnel') as HTMLCanvasElement;
          const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
          let painted = 0;
          for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted += 1;
          return painted;
        });
        assert(pixels > 1000, 'the funnel chart drew nothing');
        await desk().screenshot('staff-insights-en');
        await page.locator('#i-playbook').selectOption('general');
        await page.locator('#insights-filters button[type="submit"]').click();
        await page.locator('#chart-funnel').waitFor();
        await desk().switchTo('中文');
        await page.getByRole('heading', { name: '跨客户洞察' }).waitFor();
        await page.locator('#chart-funnel').waitFor();
        await desk().screenshot('staff-insights-zh-CN');
        await desk().switchTo('English');
        desk().clean();
      },
    },
    {
      name: 'practice for managers: scores per persona, the trend and the common tips',
      async run() {
        const page = desk().page;
        await page.getByRole('link', { name: 'Practice' }).click();
        await page.locator('#chart-personas').waitFor({ timeout: 10_000 });
        const [average] = await chartData(page, 'chart-personas');
        assert(average && average.length >= 2, `expected scores for two personas: ${JSON.stringify(average)}`);
        await page.getByRole('heading', { name: 'Most common tips' }).waitFor();
        assert((await page.locator('.ranked li').count()) > 0, 'no tips listed');
        await page.screenshot({ path: path.join(ARTIFACTS, 'staff-practice-en.png') });
        desk().clean();
      },
    },
    {
      name: 'WCAG 2 A/AA (axe-core): the staff page signed out, inbox with a handoff, insights and practice, in both languages',
      async run() {
        const fresh = await StaffPage.open(browser, url(), { locale: 'zh-CN', viewport: { width: 390, height: 844 } });
        try {
          await fresh.page.locator('#signin-key').waitFor();
          await expectAccessible(fresh.page, 'staff sign-in (zh-CN, phone)');
        } finally {
          await fresh.close();
        }
        const page = desk().page;
        assert(seeded, 'nothing was seeded');
        const record = await recordFor(url(), seeded.handoffs[0]);
        await page.getByRole('link', { name: 'Inbox' }).click();
        await desk().openHandoff(record.id);
        await expectAccessible(page, 'staff inbox and handoff (en)');
        await desk().switchTo('中文');
        await expectAccessible(page, 'staff inbox and handoff (zh-CN)');
        await desk().switchTo('English');
        await page.getByRole('link', { name: 'Insights' }).click();
        await page.locator('#chart-funnel').waitFor();
        await expectAccessible(page, 'staff insights (en)');
        await page.getByRole('link', { name: 'Practice' }).click();
        await page.locator('#chart-personas').waitFor();
        await expectAccessible(page, 'staff practice (en)');
      },
    },
    {
      name: 'WCAG 2 A/AA (axe-core): the chat page with its welcome, in Chinese and English',
      async run() {
        for (const locale of ['zh-CN', 'en-US']) {
          const chat = await ChatPage.open(browser, url(), { locale, viewport: { width: 1280, height: 860 } });
          try {
            await chat.page.locator('.webchat__bubble').first().waitFor({ timeout: 15_000 });
            await chat.page.waitForTimeout(500);
            await expectAccessible(chat.page, `chat page (${locale})`);
          } finally {
            await chat.close();
          }
        }
        await desk().close();
        alice = undefined;
      },
    },
  ];
}
