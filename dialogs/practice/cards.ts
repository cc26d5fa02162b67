import { Attachment, CardFactory } from 'botbuilder';
import { Persona, personaNamespace } from '../../domain/practice/persona';
import { Scorecard } from '../../domain/practice/score';
import { ScriptLayer } from '../../domain/practice/script';
import { Locale } from '../../domain/types';
import { escapeMarkdown } from '../../services/handoff/format';
import { hasKey, translator } from '../../services/i18n';
import { PracticeRecord } from '../../services/PracticeHistory';

/** Cards of practice mode, drawn from structured results in the rep's language. */

type CardElement = Record<string, unknown>;

function textBlock(text: string, extra: CardElement = {}): CardElement {
  return { type: 'TextBlock', text, wrap: true, ...extra };
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function adaptive(body: CardElement[]): Attachment {
  return CardFactory.adaptiveCard({ $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', type: 'AdaptiveCard', version: '1.5', body });
}

function first(locale: Locale, keys: string[]): string {
  return keys.find((k) => hasKey(k, locale)) ?? keys[keys.length - 1];
}

/** The name a rep types to start a persona in this language: the first of its names in the data file. */
export function personaCommandName(persona: Persona, locale: Locale): string {
  return persona.names[locale][0] ?? persona.id;
}

export const START_PRACTICE_ACTION = 'practice.start';

/**
 * The personas in one Adaptive Card, each with a start button. Action.Submit carries the persona's id, so
 * the button works in Teams, Web Chat and the Agents Playground alike (hero-card imBack does not), and
 * typing "practice <name>" does the same.
 */
export function personaMenu(personas: Persona[], locale: Locale): Attachment {
  const t = translator(locale);
  const body: CardElement[] = [textBlock(t('practice:menu.title'), { size: 'Medium', weight: 'Bolder' })];
  for (const [i, p] of personas.entries()) {
    const ns = personaNamespace(p.id);
    body.push({
      type: 'Container',
      separator: i > 0,
      items: [
        textBlock(t(`${ns}:title`), { weight: 'Bolder' }),
        textBlock(t(`${ns}:brief`), { isSubtle: true }),
        {
          type: 'ActionSet',
          actions: [{ type: 'Action.Submit', title: t('practice:menu.start'), data: { action: START_PRACTICE_ACTION, persona: p.id, command: t('practice:menu.startCommand', { name: personaCommandName(p, locale) }) } }],
        },
      ],
    });
  }
  return adaptive(body);
}

export function scorecardCard(card: Scorecard, persona: Persona, locale: Locale): Attachment {
  const t = translator(locale);
  const ns = personaNamespace(persona.id);
  const yesNo = (n: number | string): string => t(Number(n) ? 'practice:score.yes' : 'practice:score.no');
  const facts = card.parts.map((part) => {
    const detail = { ...part.detail } as Record<string, string | number>;
    if (part.id === 'latent') Object.assign(detail, { uncovered: yesNo(detail.uncovered), linked: yesNo(detail.linked) });
    if (part.id === 'hypothesis') detail.state = t(`practice:score.hypothesisState.${detail.state}`);
    if (part.id === 'objection') detail.verdict = t(`practice:score.verdict.${detail.verdict}`);
    const points = part.max < 0 ? `${part.points}` : `${part.points} / ${part.max}`;
    return { title: t(`practice:score.${part.id}.label`), value: `${points} · ${t(`practice:score.${part.id}.detail`, detail)}` };
  });
  const mix = Object.entries(card.mix).map(([type, n]) => ({ title: t(`practice:score.types.${type}`), value: String(n) }));
  const tips = card.tips.map((tip, i) =>
    ({
      type: 'Container',
      separator: i > 0,
      items: [
        textBlock(`${i + 1}. ${t(`practice:tips.${tip.problem}`, { areas: (tip.areas ?? []).map((a) => t(`${ns}:areas.${a}`)).join(locale === 'en' ? ', ' : '、') })}`, { weight: 'Bolder' }),
        textBlock(t('practice:score.youSaid', { quote: escapeMarkdown(clip(tip.quote, 200)) }), { isSubtle: true }),
        textBlock(t('practice:score.tryInstead', { better: t(first(locale, tip.better)) }), { color: 'Good' }),
      ],
    }) as CardElement,
  );
  return adaptive([
    textBlock(t('practice:score.title', { persona: t(`${ns}:title`) }), { size: 'Medium', weight: 'Bolder' }),
    textBlock(t('practice:score.total', { score: card.score }), { size: 'ExtraLarge', weight: 'Bolder', color: card.score >= 80 ? 'Good' : card.score >= 50 ? 'Warning' : 'Attention' }),
    { type: 'FactSet', facts: [{ title: t('practice:score.outcomeLabel'), value: t(`practice:outcome.${card.outcome}`) }] },
    { type: 'FactSet', facts },
    textBlock(t('practice:score.howComputed'), { isSubtle: true, size: 'Small' }),
    textBlock(t('practice:score.mixTitle'), { weight: 'Bolder', separator: true }),
    { type: 'FactSet', facts: mix },
    ...(card.tooManyClosed ? [textBlock(t('practice:score.tooManyClosed'), { color: 'Attention' })] : []),
    textBlock(t('practice:score.tipsTitle'), { weight: 'Bolder', separator: true }),
    ...tips,
  ]);
}

/** Sessions grouped by persona, oldest first, with the trend since the first one. */
export function progressCard(records: PracticeRecord[], personas: Map<string, Persona>, locale: Locale): Attachment {
  const t = translator(locale);
  const byPersona = new Map<string, PracticeRecord[]>();
  for (const r of records) byPersona.set(r.persona, [...(byPersona.get(r.persona) ?? []), r]);
  const date = new Intl.DateTimeFormat(locale, { month: 'numeric', day: 'numeric' });
  const body: CardElement[] = [textBlock(t('practice:progress.title'), { size: 'Medium', weight: 'Bolder' })];
  const order = [...personas.keys(), ...[...byPersona.keys()].filter((id) => !personas.has(id))];
  for (const id of order) {
    const list = byPersona.get(id);
    if (!list?.length) continue;
    const title = personas.has(id) ? t(`${personaNamespace(id)}:title`) : id;
    const scores = list.map((r) => r.score);
    const delta = scores[scores.length - 1] - scores[0];
    const trend = delta > 0 ? t('practice:progress.improved', { delta }) : delta < 0 ? t('practice:progress.declined', { delta: -delta }) : t('practice:progress.flat');
    body.push(
      textBlock(t('practice:progress.persona', { title, count: list.length, best: Math.max(...scores), latest: scores[scores.length - 1] }), { separator: true }),
      textBlock(t('practice:progress.trend', { scores: list.slice(-10).map((r) => `${date.format(new Date(r.endedAt))} ${r.score}`).join(' → ') }), { isSubtle: true }),
      ...(list.length > 1 ? [textBlock(trend, { color: delta > 0 ? 'Good' : delta < 0 ? 'Attention' : 'Default' })] : []),
    );
  }
  return adaptive(body);
}

export function scriptCard(title: string, layers: ScriptLayer[], locale: Locale): Attachment {
  const t = translator(locale);
  const body: CardElement[] = [textBlock(t('practice:script.title', { playbook: title }), { size: 'Medium', weight: 'Bolder' }), textBlock(t('practice:script.intro'), { isSubtle: true })];
  for (const layer of layers) {
    body.push(textBlock(t(`practice:script.${layer.id}`), { weight: 'Bolder', separator: true }));
    for (const line of layer.lines) {
      const params: Record<string, string> = {};
      for (const [name, value] of Object.entries(line.params ?? {})) params[name] = typeof value === 'string' ? value : t(value.t, value.params ?? {});
      body.push(textBlock(`- ${t(first(locale, line.keys), params)}`));
    }
  }
  return adaptive(body);
}

