import { ContactPreferenceFact, Finder } from '../types';
import { clauseAt, fold, partyData, re } from './common';
import { findEmails, findPhones } from './contact';

type Channel = NonNullable<ContactPreferenceFact['channel']>;
const CHANNELS: Channel[] = ['email', 'sms', 'chat', 'wechat', 'phone'];

function firstMatch(sources: readonly string[], text: string): { text: string; index: number } | undefined {
  let best: { text: string; index: number } | undefined;
  for (const s of sources) {
    const m = re(s, 'iu').exec(text);
    if (m && (!best || (m.index ?? 0) < best.index)) best = { text: (m.groups?.v ?? m[0]).trim(), index: m.index ?? 0 };
  }
  return best;
}

/**
 * How and when to reach them. A channel is the one they ask for ("text first", "call me on ..."); "don't call"
 * alone is something to avoid, not a channel. A time or a channel counts only when the bot asked how to reach
 * them or a number or address is in the message: an unprompted "call me" is a request, read elsewhere.
 */
export const findPreference: Finder = (text, clauses, ctx) => {
  const d = partyData(ctx.locale).preference;
  const folded = fold(text);
  const hasContact = findPhones(text).length > 0 || findEmails(text).length > 0;
  const prompted = ctx.asked === 'contact' || hasContact;
  let channel: Channel | undefined;
  let at = -1;
  for (const c of CHANNELS) {
    const hit = firstMatch(d.channels[c], folded);
    if (!hit) continue;
    if (d.needsContact.includes(c) && !prompted) continue;
    channel = c;
    at = hit.index;
    break;
  }
  const avoid = prompted ? firstMatch(d.avoid, folded) : undefined;
  // What they avoid is blanked first, so "not before 10" is never read as a time to call.
  const withoutAvoid = d.avoid.reduce((t, s) => t.replace(re(s, 'giu'), (m) => ' '.repeat(m.length)), folded);
  const when = prompted ? firstMatch(d.when, withoutAvoid) : undefined;
  // An address the only way given, and a time to go with it: the time is when they read their mail.
  if (!channel && (when || avoid) && findEmails(text).length > 0 && findPhones(text).length === 0) channel = 'email';
  if (!channel && !avoid && !when) return [];
  const fact: ContactPreferenceFact = { kind: 'contact-preference', confidence: channel && (when || avoid) ? 0.85 : 0.75 };
  if (channel) fact.channel = channel;
  if (when) fact.when = when.text;
  if (avoid) fact.avoid = avoid.text;
  fact.clause = clauseAt(clauses, Math.max(0, [at, when?.index ?? -1, avoid?.index ?? -1].filter((i) => i >= 0)[0] ?? 0))?.text;
  return [fact];
};
