import { splitClauses } from '../../domain/reading/clauses';
import { SPEECH_FINDERS } from '../../domain/reading/speech';
import { Asked, Fact } from '../../domain/reading/types';
import { Locale } from '../../domain/types';

/** The speech family alone, on messages that are not in the labelled tables. */
function speech(text: string, locale: Locale, asked?: Asked): Fact[] {
  const clauses = splitClauses(text, locale);
  return SPEECH_FINDERS.flatMap((find) => find(text, clauses, { locale, now: new Date('2026-11-23T12:00:00+08:00'), asked }));
}

/** A short form of a fact, for readable expectations: "feeling:loss", "answer:yes", "correction:quantity:3". */
function brief(f: Fact): string {
  switch (f.kind) {
    case 'answer':
      return `answer:${f.value}`;
    case 'correction':
      return `correction:${f.target}:${f.to}`;
    case 'question':
      return `question:${f.topic}`;
    case 'request':
      return `request:${f.request}`;
    case 'feeling':
      return `feeling:${f.feeling}`;
    case 'cue':
      return `cue:${f.cue}`;
    default:
      return f.kind;
  }
}

const facts = (text: string, locale: Locale, asked?: Asked): string[] => speech(text, locale, asked).map(brief).sort();

describe('speech facts', () => {
  it.each<[Locale, string, Asked | undefined, string[]]>([
    // answers: a hedge that a plain answer settles, and a yes that a correction makes partial
    ['en', 'Whatever. Yes.', 'confirm', ['answer:yes']],
    ['en', 'Pretty much, yes.', 'confirm', ['answer:yes']],
    ['en', 'Yes.', 'why', []],
    ['zh-CN', '差不多吧，是的', 'confirm', ['answer:yes']],
    ['zh-CN', '大体对。不过人数要改成５个', 'confirm', ['answer:partly', 'correction:quantity:５个']],
    ['zh-CN', '不是三个，是五个', 'confirm', ['correction:quantity:五个']],
    // corrections
    ['en', 'Actually 12, not 10.', 'quantity', ['correction:quantity:12']],
    ['en', 'Not Smith - Smyth.', 'name', ['correction:person:Smyth']],
    ['zh-CN', '不是这周，是下周', 'date', ['correction:date:下周']],
    ['zh-CN', '不是有人受伤，是要搬厂了', 'why', ['cue:event']],
    // questions and requests
    ['en', 'How much would 3 kilos be?', undefined, ['question:price']],
    ['en', 'Can I talk to a real person please?', undefined, ['request:person']],
    ['zh-CN', '转人工，别问了', undefined, ['request:person', 'request:shorten']],
    // feelings and cues, said as true
    ['en', 'My sister got married last week.', undefined, ['cue:event', 'feeling:good-news']],
    ['en', 'My grandfather passed away in May.', undefined, ['cue:event', 'feeling:loss']],
    ['zh-CN', '我爸住院了，想买个护理床', undefined, ['cue:event', 'feeling:loss']],
    // negated: no feeling, no cue
    ["en", "Oh, nobody's pregnant or anything, I just make jam with them.", 'why', []],
    ['en', "No one passed away, we're just redecorating.", 'why', []],
    ['en', "It's not because we're moving house.", 'why', []],
    ['zh-CN', '没有人怀孕，就是想吃', 'why', []],
    ['zh-CN', '并不是因为要结婚', 'why', []],
    ['zh-CN', '也没有人住院', 'why', []],
    // irrealis: no feeling, no cue
    ['en', 'If she were pregnant we would buy more.', undefined, []],
    ['zh-CN', '要是怀孕了的话就多买点', undefined, []],
    ['zh-CN', '如果有人受伤就麻烦了', undefined, ['feeling:worry']],
  ])('%s: %s', (locale, text, asked, expected) => {
    expect(facts(text, locale, asked)).toEqual([...expected].sort());
  });
});
