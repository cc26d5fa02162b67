import { JSDOM } from 'jsdom';
import { buildNeedDefinition } from '../../services/handoff/needDefinition';
import { escapeMarkdown, pickLocale } from '../../services/handoff/format';
import { renderSummary } from '../../services/handoff/summary';
import { renderTranscriptHtml, renderTranscriptMarkdown } from '../../services/handoff/transcript';
import { NeedDefinition } from '../../domain/types';
import { INJECTED_NAME, INJECTIONS, meta, richProfile } from './fixtures';
import { markdown, visible } from './markdownRendering';

function html(source: string): Document {
  return new JSDOM(source).window.document;
}

function renderedMarkdown(source: string): Document {
  return html(markdown.render(source));
}

/** Every customer-written field of a handoff carries injection text; contact without email so no mailto link is expected. */
function injected(): NeedDefinition {
  const profile = richProfile('en');
  profile.customer = { name: INJECTED_NAME, organization: INJECTIONS[1], role: INJECTIONS[3], consentToContact: true, contact: { phone: '13812345678' } };
  profile.needName = INJECTIONS[4];
  profile.statement = INJECTIONS.join(' ');
  profile.explicitNeeds = INJECTIONS.map((text) => ({ area: 'use', text, evidence: [{ quote: `${text} (said)` }] }));
  profile.pains = [{ text: INJECTIONS[5], evidence: [] }];
  profile.impact = { ifUnsolved: [INJECTIONS[2]], ifSolved: [INJECTIONS[0]] };
  profile.decisionChain = [{ role: 'decision-maker', who: INJECTED_NAME }];
  profile.decisionCriteria = [INJECTIONS[4]];
  profile.competitors = [INJECTIONS[1]];
  profile.objections = [{ kind: 'other', text: INJECTIONS[0], real: null, test: 'none' }];
  profile.hypotheses = [{ statement: INJECTIONS[3], outcome: 'revised', revision: INJECTIONS[2] }];
  profile.openQuestions = [...INJECTIONS];
  profile.budget = { amount: 1000, currency: 'CNY', text: INJECTIONS[3] };
  profile.timeline = { text: INJECTIONS[2] };
  profile.quantities = [{ value: 3, what: INJECTIONS[0], text: INJECTIONS[1] }];
  profile.latentNeeds = [];
  return buildNeedDefinition(profile, meta({ transcript: INJECTIONS.map((text, i) => ({ from: 'customer', text, timestamp: `2026-11-23T01:5${i}:00.000Z` })) }));
}

describe('renderSummary', () => {
  const def = buildNeedDefinition(richProfile('en'), meta());

  it('labels everything in English for an English-reading rep, keeping the customer words', () => {
    const md = renderSummary(def, 'en');
    for (const fragment of [
      '# Getting regional information flowing',
      '**Confirmed by the customer**: confirmed',
      '**Handed over because**: discovery complete',
      '**Focus area**: the current situation',
      "**Areas covered**: what it's for, the current situation, goals, number of participants, dates, budget",
      '**Budget**: CN¥50,000 – CN¥60,000 (said: “fifty to sixty thousand yuan”)',
      '**Timeline**: 2026-12-15 (said: “mid-month, on the 15th”)',
      '**Quantity**: 3 sales managers (said: “three or four sales managers”)',
      '- the general manager: decision maker (supportive)',
      '- HR: technical gatekeeper',
      '1. practical content',
      '- “it is a bit expensive”: real (hypothetical question)',
      '- “the managers are busy”: untested',
      '- Send three managers on the 15th → revised “four managers if HR agrees”',
      '**Phone**: 13812345678',
      '**Created**: Nov 23, 2026, 02:00 UTC',
    ]) {
      expect(md).toContain(fragment);
    }
  });

  it('labels the same record in Chinese for a Chinese-reading rep', () => {
    const md = renderSummary(def, 'zh-CN');
    for (const fragment of [
      '**客户确认**:已确认',
      '**转交原因**:需求探寻完成',
      '**深挖方面**:现状',
      '**预算**:¥50,000 – ¥60,000 (原话:“fifty to sixty thousand yuan”)',
      '**时间**:2026-12-15',
      '## 决策链',
      '- the general manager:决策者 (支持)',
      '- “it is a bit expensive”:真实 (假设性提问)',
      '- “the managers are busy”:未验证',
      '**客户语言**:英文',
    ]) {
      expect(md).toContain(fragment);
    }
    expect(md).not.toContain('Confirmed by the customer');
  });

  it('shows a date range and the statement of an early handoff', () => {
    const profile = richProfile('zh-CN');
    profile.timeline = { text: '下个月中旬', start: '2026-12-10', end: '2026-12-20' };
    expect(renderSummary(buildNeedDefinition(profile, meta()), 'zh-CN')).toContain('**时间**:2026-12-10 至 2026-12-20 (原话:“下个月中旬”)');
  });

  it('renders customer text literally: no links, emphasis, images, HTML, lists or mentions of theirs', () => {
    const md = renderSummary(injected(), 'en');
    const doc = renderedMarkdown(md);
    const ours = Array.from(doc.querySelectorAll('code')).map((c) => c.textContent);
    expect(ours).toEqual(['h-1']);
    expect(Array.from(doc.querySelectorAll('a, em, img, del, s, b, at, blockquote, h3, h4, h5, h6, table')).map((e) => e.outerHTML)).toEqual([]);
    expect(Array.from(doc.querySelectorAll('strong')).every((s) => s.children.length === 0)).toBe(true);
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(doc.querySelectorAll('ol')).toHaveLength(1);
    const text = visible(doc.body.textContent ?? '');
    for (const injection of INJECTIONS) expect(text).toContain(injection.replace(/\s*\n\s*/g, ' '));
    expect(doc.body.textContent).not.toContain('@everyone');
  });
});

describe('escapeMarkdown', () => {
  it('escapes what Markdown would act on and breaks links and mentions with invisible joiners', () => {
    expect(escapeMarkdown(INJECTED_NAME)).toBe('\\[Verify\\]\\(https:\u2060//evil.\u2060example\\) \\*\\*URGENT\\*\\* @\u2060everyone');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('12. point')).toBe('12\\. point');
    expect(escapeMarkdown('a\nb\r\nc')).toBe('a b c');
    expect(escapeMarkdown('3.5 jin, 50%, 李子')).toBe('3.5 jin, 50%, 李子');
  });
});

describe('pickLocale', () => {
  it('takes the first language the rep prefers that we have, else English', () => {
    expect(pickLocale(undefined, 'zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh-CN');
    expect(pickLocale(undefined, 'fr-FR, en;q=0.5, zh;q=0.7')).toBe('zh-CN');
    expect(pickLocale('en', 'zh-CN')).toBe('en');
    expect(pickLocale(undefined, 'de')).toBe('en');
    expect(pickLocale(undefined, undefined)).toBe('en');
  });
});

describe('transcripts for reps', () => {
  const def = injected();

  it('as Markdown: speakers labelled, customer text literal', () => {
    const md = renderTranscriptMarkdown(def, 'zh-CN');
    expect(md).toContain('# 对话记录:');
    const doc = renderedMarkdown(md);
    expect(Array.from(doc.querySelectorAll('strong')).map((s) => s.textContent)).toEqual(INJECTIONS.map(() => '客户'));
    expect(doc.querySelectorAll('a, em, img, b, at, blockquote')).toHaveLength(0);
    expect(visible(doc.body.textContent ?? '')).toContain(INJECTED_NAME);
  });

  it('as an HTML page: customer text escaped, nothing of theirs becomes an element', () => {
    const page = html(renderTranscriptHtml(def, 'en'));
    expect(page.title).toBe('Transcript: 1. first - second # heading > quote');
    expect(page.querySelectorAll('a, img, script, at')).toHaveLength(0);
    expect(Array.from(page.querySelectorAll('b')).map((b) => b.textContent)).toEqual(INJECTIONS.map(() => 'Customer'));
    expect(page.body.textContent).toContain('<b>bold</b>');
    expect(page.body.textContent).toContain(INJECTED_NAME);
  });

  it('says so when nothing was recorded', () => {
    const empty = { ...def, transcript: [] };
    expect(renderTranscriptMarkdown(empty, 'en')).toContain('No messages were recorded.');
    expect(html(renderTranscriptHtml(empty, 'zh-CN')).body.textContent).toContain('没有记录到消息。');
  });
});
