import { cueWhy, recordCue } from '../../domain/latent';
import { loadPlaybooks } from '../../domain/playbook';
import { read } from '../../domain/reading/read';
import { emptyProfile, Locale } from '../../domain/types';

const playbooks = loadPlaybooks();
const NOW = new Date('2026-12-05T12:00:00Z');

/**
 * Cues from any answer (issue 17): the ones the issue saw passed over get a tactful why, of the right kind;
 * denied, hedged or hypothetical ones get none. `null`: no why.
 */
const ROWS: [Locale, string, string, string | null][] = [
  ['zh-CN', 'general', '别太吵，我们住楼房', 'constraint'],
  ['en', 'general', 'Our receptionist is about to quit, so it needs to be simple', 'event'],
  ['en', 'general', 'The laptops die by lunch on site', 'complaint'],
  ['zh-CN', 'general', '工地上的笔记本撑不到中午就没电', 'complaint'],
  ['en', 'general', 'My grandmother is flying in for the wedding', 'event'],
  ['zh-CN', 'general', '我奶奶要坐飞机来参加婚礼', 'event'],
  ['en', 'general', 'The workers take their gloves off after an hour', 'complaint'],
  ['zh-CN', 'general', '工人戴一会儿就都摘了', 'complaint'],
  ['en', 'general', 'We live in a flat and the neighbours are close', 'constraint'],
  ['zh-CN', 'general', '前台下个月要辞职', 'event'],
  ['en', 'fruit', 'Sour ones please', 'deviation'],
  ['zh-CN', 'fruit', '我要酸的', 'deviation'],
  ['en', 'general', "Nobody's quitting, the team is stable", null],
  ['en', 'general', 'If the receptionist ever resigned we would be stuck', null],
  ['zh-CN', 'general', '没有人辞职,大家都挺稳定', null],
  ['zh-CN', 'general', '要是前台要辞职就麻烦了', null],
  ['en', 'general', 'Maybe the neighbours would mind, who knows', null],
  ['en', 'general', 'Twenty licences, starting next month', null],
  ['zh-CN', 'general', '二十个账号,下个月开始用', null],
];

describe('the cue responder', () => {
  it.each(ROWS)('%s (%s): %s -> %s', (locale, playbookId, text, kind) => {
    const playbook = playbooks.get(playbookId)!;
    const why = cueWhy(read(text, { locale, now: NOW }), emptyProfile('general', locale), { playbook, memory: { cues: [] }, locale, turn: 1 });
    if (kind === null) expect(why).toBeUndefined();
    else {
      expect(why?.cue.kind).toBe(kind);
      const keys = [why!.line.key].flat();
      expect(keys.some((k) => k === `latent:why.${kind}` || /:norms\..*\.why$/.test(k))).toBe(true);
    }
  });

  it.each<[Locale, string]>([
    ['en', 'Our receptionist is about to quit'],
    ['zh-CN', '前台下个月要辞职'],
  ])('asks about a cue once (%s): recorded on the profile, or held in the pipeline memory', (locale, text) => {
    const playbook = playbooks.get('general')!;
    const profile = emptyProfile('general', locale);
    const reading = read(text, { locale, now: NOW });
    const first = cueWhy(reading, profile, { playbook, memory: { cues: [] }, locale, turn: 1 });
    expect(first).toBeDefined();
    expect(cueWhy(reading, emptyProfile('general', locale), { playbook, memory: { cues: [first!.id] }, locale, turn: 2 })).toBeUndefined();
    recordCue(profile, first!);
    expect(profile.cues).toEqual([expect.objectContaining({ kind: 'event', probed: true })]);
    expect(cueWhy(reading, profile, { playbook, memory: { cues: [] }, locale, turn: 2 })).toBeUndefined();
  });
});
