import { Browser } from 'playwright-core';
import { AppProcess, ChatPage, median, wireBytes } from './harness';

/**
 * The page itself, against the echo fixture (test/e2e/fixtures/echoServer.ts): Web Chat renders, the
 * welcome comes in the browser's language, buttons, typing and cards work, the language toggle tells the
 * bot, a reload keeps the conversation, the phone layout holds, and nothing fails or breaks the CSP.
 */

export interface Check {
  name: string;
  run(): Promise<void>;
}

export interface PageMeasurements {
  replyMedianMs?: number;
  replyTimesMs?: number[];
  wire?: { brotliBytes: number; gzipBytes: number; files: string[] };
}

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

async function expectClean(chat: ChatPage): Promise<void> {
  assert(!(await chat.sendFailed()), 'Web Chat shows "send failed"');
  assert(chat.errors.length === 0, `the page logged errors: ${chat.errors.join(' | ').slice(0, 500)}`);
}

export function webPageChecks(browser: Browser, app: () => AppProcess, measured: PageMeasurements): Check[] {
  let desktop: ChatPage | undefined;
  const page = (): ChatPage => {
    if (!desktop) throw new Error('the desktop page did not open');
    return desktop;
  };

  return [
    {
      name: 'page loads, Web Chat renders and welcomes a Chinese browser in Chinese with suggested actions (1280 px)',
      async run() {
        desktop = await ChatPage.open(browser, app().url, { locale: 'zh-CN', viewport: { width: 1280, height: 860 } });
        await page().waitForBotText('欢迎!请选一个颜色。');
        assert((await page().page.locator('html').getAttribute('lang')) === 'zh-CN', 'the page is not marked zh-CN');
        assert(await page().suggestedAction('蓝色').last().isVisible(), 'no suggested-action button');
        await expectClean(page());
      },
    },
    {
      name: 'a suggested action click is sent and answered',
      async run() {
        await page().clickSuggestedAction('蓝色');
        await page().waitForBotText('echo: 蓝色');
        await expectClean(page());
      },
    },
    {
      name: 'a typed message is sent and answered, and an Adaptive Card renders',
      async run() {
        await page().sendText('你好,探寻');
        await page().waitForBotText('echo: 你好,探寻');
        await page().sendText('card');
        await page().page.locator('.ac-adaptiveCard').filter({ hasText: 'Card title' }).waitFor({ timeout: 10_000 });
        await expectClean(page());
      },
    },
    {
      name: 'the language toggle switches the page and Web Chat to English and tells the bot (setLocale)',
      async run() {
        await page().page.getByRole('button', { name: 'English', exact: true }).click();
        await page().waitForBotText('locale: en');
        assert((await page().page.locator('html').getAttribute('lang')) === 'en', 'the page did not switch to English');
        assert(await page().page.getByRole('heading', { name: 'Find out what you really need' }).isVisible(), 'the headline did not switch');
        assert((await page().input.getAttribute('placeholder'))?.startsWith('Type your message'), 'Web Chat did not switch to English');
        await page().screenshot('webchat-desktop');
        await expectClean(page());
      },
    },
    {
      name: 'a reload continues the same conversation, in the language the visitor chose',
      async run() {
        const before = (await page().activities()).find((a) => a.conversation)?.conversation?.id;
        await page().page.reload();
        await page().input.waitFor();
        await page().waitForBotText('echo: 你好,探寻');
        const after = (await page().activities()).find((a) => a.conversation)?.conversation?.id;
        assert(before && before === after, `the conversation changed on reload (${String(before)} -> ${String(after)})`);
        assert((await page().page.locator('html').getAttribute('lang')) === 'en', 'the page forgot the chosen language');
        await expectClean(page());
      },
    },
    {
      name: `median time from Enter to the reply on screen, over 20 messages`,
      async run() {
        const times: number[] = [];
        for (let i = 1; i <= 20; i++) {
          const text = `m${String(i).padStart(2, '0')}x${Date.now().toString(36)}`;
          times.push(await page().timeReply(text, `echo: ${text}`));
        }
        measured.replyTimesMs = times.map((t) => Math.round(t));
        measured.replyMedianMs = Math.round(median(times));
        await expectClean(page());
        await page().close();
      },
    },
    {
      name: 'on a 390x844 phone with an English browser: full-screen widget, English welcome, buttons, minimize and reopen',
      async run() {
        const phone = await ChatPage.open(browser, app().url, { locale: 'en-US', viewport: { width: 390, height: 844 } });
        try {
          await phone.waitForBotText('Welcome! Pick a colour.');
          await phone.suggestedAction('Red').last().waitFor();
          // Web Chat keeps its "Connecting…" notice up a moment after connecting, so it never flashes.
          for (const notice of await phone.page.getByText('Connecting…').all()) await notice.waitFor({ state: 'hidden' });
          await phone.screenshot('webchat-phone-welcome');
          const box = await phone.page.locator('#widget').boundingBox();
          assert(box && box.width === 390 && box.height === 844, `the widget does not fill the phone screen: ${JSON.stringify(box)}`);
          await phone.clickSuggestedAction('Red');
          await phone.waitForBotText('echo: Red');
          await phone.sendText('What can you do?');
          await phone.waitForBotText('echo: What can you do?');
          await phone.screenshot('webchat-phone');
          await phone.page.getByRole('button', { name: 'Minimize' }).click();
          await phone.page.getByRole('button', { name: 'Chat with Tanxun' }).click();
          await phone.input.waitFor({ state: 'visible' });
          await expectClean(phone);
        } finally {
          await phone.close();
        }
      },
    },
    {
      name: 'the page on the wire: html, icon, styles, Web Chat and app.js, compressed',
      async run() {
        const html = await (await fetch(`${app().url}/`)).text();
        const files = ['/', ...[...html.matchAll(/(?:src|href)="(\/[^"]+)"/g)].map((m) => m[1])];
        assert(files.length === 5, `expected the page and four files, found ${files.join(', ')}`);
        const sum = async (encoding: string) => (await Promise.all(files.map((f) => wireBytes(`${app().url}${f}`, encoding)))).reduce((a, b) => a + b, 0);
        measured.wire = { brotliBytes: await sum('br, gzip'), gzipBytes: await sum('gzip'), files };
      },
    },
  ];
}
