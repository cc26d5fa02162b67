import { loadPersonas, Persona } from '../../domain/practice/persona';
import { respond, startSession } from '../../domain/practice/engine';
import { scoreSession } from '../../domain/practice/score';
import { LOCALES } from '../../domain/types';
import { translator } from '../../services/i18n';
import { personaMenu, progressCard, scorecardCard } from '../../dialogs/practice/cards';
import { renderReply } from '../../dialogs/practice/text';
import { SCRIPTS } from './scripts';

const personas = loadPersonas();
const plums = personas.get('plums') as Persona;

describe.each(LOCALES.map((l) => [l]))('practice cards in %s', (locale) => {
  const t = translator(locale);
  const session = startSession(plums, new Date('2026-11-23T09:00:00Z'));
  for (const line of SCRIPTS.find((s) => s.persona === 'plums')![locale].strong) respond(plums, session, line, locale, renderReply);
  const card = scoreSession(plums, session);

  test('the scorecard shows every part with its points, how the total is computed, the question mix and three quoted tips', () => {
    const json = JSON.stringify(scorecardCard(card, plums, locale).content);
    for (const part of card.parts) expect(json).toContain(t(`practice:score.${part.id}.label`));
    expect(json).toContain(t('practice:score.howComputed'));
    expect(json).toContain(t('practice:score.total', { score: card.score }));
    expect(json).toContain(t('practice:score.verdict.fake'));
    for (const tip of card.tips) expect(json).toContain(tip.quote.slice(0, 8));
    expect(json).toContain('"version":"1.5"');
  });

  test('a rep line with markdown or a mention is shown as text, not formatting', () => {
    const rude = startSession(plums, new Date());
    respond(plums, rude, 'Our plums are **the best** [click](https://evil.example) @everyone', locale, renderReply);
    const json = JSON.stringify(scorecardCard(scoreSession(plums, rude), plums, locale).content);
    expect(json).not.toContain('[click](https://evil.example)');
    expect(json).not.toContain('**the best**');
  });

  test('the menu has one entry per persona whose button starts it', () => {
    const body = JSON.stringify(personaMenu([...personas.values()], locale).content);
    expect([...body.matchAll(/"action":"practice.start","persona":"([a-z-]+)"/g)].map((m) => m[1])).toEqual([...personas.keys()]);
    expect(body).toContain(t('practice:menu.startCommand', { name: plums.names[locale][0] }));
  });

  test('progress groups sessions by persona with best, latest and the trend', () => {
    const records = [40, 65, 90].map((score, i) => ({
      persona: 'plums', locale, score, outcome: 'bought' as const, parts: {}, turns: 5, endedAt: `2026-11-2${i}T10:00:00Z`, conversationId: 'c', startedAt: `s${i}`,
    }));
    const json = JSON.stringify(progressCard(records, personas, locale).content);
    expect(json).toContain(t('practice:progress.persona', { title: t('persona-plums:title'), count: 3, best: 90, latest: 90 }));
    expect(json).toContain(t('practice:progress.improved', { delta: 50 }));
  });
});
