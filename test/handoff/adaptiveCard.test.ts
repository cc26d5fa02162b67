/**
 * @jest-environment jsdom
 */
import { buildHandoffCard } from '../../services/handoff/card';
import { buildNeedDefinition } from '../../services/handoff/needDefinition';
import { NeedDefinition } from '../../domain/types';
import { INJECTED_NAME, INJECTIONS, meta, richProfile } from './fixtures';
import { markdown, MARKUP_FROM_TEXT, visible } from './markdownRendering';

// The UMD bundle is self-contained; the package's ES build does not load under Jest's CommonJS.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.min.js') as typeof import('adaptivecards');

type Json = Record<string, unknown>;

AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
  result.outputHtml = markdown.render(text);
  result.didProcess = true;
};

function parse(json: Json): { card: InstanceType<typeof AC.AdaptiveCard>; events: string[] } {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(json, context);
  const events: string[] = [];
  for (let i = 0; i < context.eventCount; i++) events.push(context.getEventAt(i).message);
  for (const event of card.validateProperties().validationEvents) events.push(event.message);
  return { card, events };
}

function render(json: Json): HTMLElement {
  const rendered = parse(json).card.render() as HTMLElement;
  document.body.appendChild(rendered);
  return rendered;
}

function content(def: NeedDefinition, locale: 'en' | 'zh-CN' = 'en', transcriptUrl?: string): Json {
  return buildHandoffCard(def, locale, { transcriptUrl }).content as Json;
}

/** Every customer-written field carries one of the injection strings. */
function injected(): NeedDefinition {
  const profile = richProfile('en');
  profile.customer = { name: INJECTED_NAME, organization: INJECTIONS[1], role: INJECTIONS[3], consentToContact: true, contact: { phone: '13812345678' } };
  profile.needName = INJECTIONS[4];
  profile.statement = INJECTIONS.join(' ');
  profile.explicitNeeds = INJECTIONS.map((text) => ({ area: 'use', text, evidence: [{ quote: text }] }));
  profile.latentNeeds = [{ text: INJECTIONS[2], motive: INJECTIONS[5], status: 'suggested', evidence: [] }];
  profile.decisionChain = [{ role: 'decision-maker', who: INJECTED_NAME }];
  profile.objections = [{ kind: 'other', text: INJECTIONS[0], real: null, test: 'none' }];
  profile.openQuestions = [...INJECTIONS];
  profile.budget = { amount: 1000, currency: 'CNY', text: INJECTIONS[3] };
  profile.timeline = { text: INJECTIONS[2], start: '2026-12-15', end: '2026-12-20' };
  profile.quantities = [{ value: 3, what: INJECTIONS[0], text: INJECTIONS[1] }];
  return buildNeedDefinition(profile, meta({ transcript: INJECTIONS.map((text, i) => ({ from: 'customer', text, timestamp: `2026-11-23T01:5${i}:00.000Z` })) }));
}

describe.each(['en', 'zh-CN'] as const)('the handoff card in %s', (locale) => {
  const def = buildNeedDefinition(richProfile('zh-CN'), meta());
  const json = content(def, locale);

  it('is an Adaptive Card 1.5 that parses and validates without a single warning', () => {
    expect(buildHandoffCard(def, locale).contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(json).toMatchObject({ $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', type: 'AdaptiveCard', version: '1.5' });
    expect(parse(json).events).toEqual([]);
    const showCard = (json.actions as Json[])[1].card as Json;
    expect(parse({ ...showCard, version: '1.5' }).events).toEqual([]);
  });

  it('shows the need, the facts and the open points in the rep language', () => {
    const text = visible(render(json).textContent ?? '');
    const expected =
      locale === 'en'
        ? ['New handoff', 'Confirmed by the customer', 'confirmed', 'Budget', 'CN¥50,000 – CN¥60,000', '2026-12-15', 'Decision chain', 'decision maker', 'supportive', 'real', 'untested', 'noted, not raised', 'Open questions for the rep']
        : ['新的转交需求', '客户确认', '已确认', '预算', '¥50,000 – ¥60,000', '2026-12-15', '决策链', '决策者', '支持', '真实', '未验证', '已察觉,未提出', '待销售跟进的问题'];
    for (const fragment of [...expected, 'Getting regional information flowing', '3 sales managers', '13812345678', 'li@example.com', 'the general manager']) {
      expect(text).toContain(fragment);
    }
    expect(text).toContain('尚不清楚:其他选择');
  });

  it('offers Claim (a messageBack with the handoff id) and the transcript folded in', () => {
    const [claim, transcript] = json.actions as Json[];
    expect(claim).toMatchObject({
      type: 'Action.Submit',
      data: { action: 'handoff.claim', id: 'h-1', msteams: { type: 'messageBack', value: { action: 'handoff.claim', id: 'h-1' } } },
    });
    expect(transcript).toMatchObject({ type: 'Action.ShowCard' });
    const folded = visible(render({ ...(transcript.card as Json), version: '1.5' }).textContent ?? '');
    expect(folded).toContain('Three sales managers: Manager Li, Manager Wang and Manager Song.');
  });
});

describe('the handoff card and what customers type', () => {
  const json = content(injected());

  it('renders every injection attempt as the literal text the customer typed', () => {
    expect(parse(json).events).toEqual([]);
    const rendered = render(json);
    expect(Array.from(rendered.querySelectorAll(MARKUP_FROM_TEXT)).map((e) => e.outerHTML)).toEqual([]);
    const text = visible(rendered.textContent ?? '');
    expect(text).toContain(INJECTED_NAME);
    expect(text).toContain('![pixel](https://evil.example/p.png) <b>bold</b> <https://evil.example/auto>');
    expect(text).toContain('visit www.evil.com or https://evil.com/x or mail boss@evil.com');
    expect(text).toContain('_italic_ and ***both*** and `code` and ~~gone~~');
    expect(text).toContain('1. first - second # heading > quote');
    expect(text).toContain('<at>Everyone</at> {{DATE(2026-11-23T10:00:00Z, SHORT)}}');
    expect(rendered.textContent).not.toContain('@everyone');
  });

  it('keeps the transcript literal too', () => {
    const transcript = (json.actions as Json[])[1].card as Json;
    const rendered = render({ ...transcript, version: '1.5' });
    expect(rendered.querySelectorAll(MARKUP_FROM_TEXT)).toHaveLength(0);
    expect(visible(rendered.textContent ?? '')).toContain(INJECTED_NAME);
  });

  it('lets a consented, well-formed email stay a mail link, and nothing else', () => {
    const profile = richProfile('en');
    profile.customer.contact = { email: 'li@example.com' };
    const rendered = render(content(buildNeedDefinition(profile, meta())));
    expect(Array.from(rendered.querySelectorAll('a')).map((a) => a.getAttribute('href'))).toEqual(['mailto:li@example.com']);
  });
});

describe('the handoff card for special cases', () => {
  it('shows no contact details without the customer consent', () => {
    const profile = richProfile('en');
    profile.customer.consentToContact = false;
    const json = content(buildNeedDefinition(profile, meta()));
    const text = JSON.stringify(json);
    expect(text).not.toContain('13812345678');
    expect(text).not.toContain('li@example.com');
    expect(text).toContain('The customer did not agree to be contacted.');
  });

  it('links the transcript when a URL is given', () => {
    const json = content(buildNeedDefinition(richProfile('en'), meta()), 'en', 'https://tanxun.example/api/handoffs/h-1/transcript?sig=x');
    expect((json.actions as Json[])[1]).toEqual({ type: 'Action.OpenUrl', title: 'Open transcript', url: 'https://tanxun.example/api/handoffs/h-1/transcript?sig=x' });
    expect(parse(json).events).toEqual([]);
  });

  it('drops Claim once the handoff is claimed and says by whom', () => {
    const def: NeedDefinition = { ...buildNeedDefinition(richProfile('en'), meta()), status: 'claimed', claimedBy: 'Wang Fang' };
    const json = content(def);
    expect((json.actions as Json[]).map((a) => a.type)).toEqual(['Action.ShowCard']);
    expect(render(json).textContent).toContain('claimed (Wang Fang)');
  });

  it('stays under the Teams card size limit with a long conversation, keeping the newest messages', () => {
    const long = Array.from({ length: 400 }, (_, i) => ({ from: i % 2 ? ('customer' as const) : ('bot' as const), text: `message ${i} ${'很长的一句话 '.repeat(40)}`, timestamp: '2026-11-23T01:00:00.000Z' }));
    const profile = richProfile('en');
    profile.openQuestions = Array.from({ length: 50 }, (_, i) => `question ${i} ${'x'.repeat(600)}`);
    const json = content(buildNeedDefinition(profile, meta({ transcript: long })));
    expect(Buffer.byteLength(JSON.stringify(json))).toBeLessThan(28_000);
    const folded = JSON.stringify((json.actions as Json[])[1]);
    expect(folded).toContain('message 399');
    expect(folded).not.toContain('message 0 ');
    expect(folded).toMatch(/\d+ earlier messages are not shown here\./);
    expect(parse(json).events).toEqual([]);
  });
});
