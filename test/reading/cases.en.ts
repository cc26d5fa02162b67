/**
 * Labelled reading table, English (Understanding v2, issue #14). Written before the reader's rules, as a careful
 * human labeller reads each message: `facts` is every fact the message carries, whatever the bot had asked.
 *
 * Reference "today": Monday 2026-11-23 (Asia/Shanghai).
 *
 * CONVENTIONS (given in the brief, plus the ones marked * that this table decided):
 * money
 *  - amount / max are numbers: "5k" -> 5000, "50 grand" -> 50000, "20,000-25,000" -> amount 20000 max 25000.
 *  - bound: 'about' (about, around, maybe, roughly, give or take, "like"), 'max' (at most, up to, tops, under,
 *    less than, ceiling), 'min' (at least, over, anything over). * A plain amount carries NO bound (not 'exact').
 *  - currency only when said or unmistakable: $ / dollars / bucks -> USD, £ / quid / "pounds" of money -> GBP,
 *    ¥ / yuan -> CNY. * The playbook never adds a currency in this English table ("Budget maybe 5k" has none).
 *  - context: 'budget' what they will spend (incl. a per-item ceiling they set); 'price' a price they quote, were
 *    quoted, pay today for a current service, or ask about; 'cost' what running a problem costs them; 'loss' money
 *    lost to a problem; * 'other' for approval thresholds ("the GM signs anything over 50,000").
 *  - "two pounds of plums", "Two pounds." (fruit) are weight: quantity unit 'lb', never money.
 * quantity
 *  - units canonical: kg, g, jin, lb, Mbps, m2, hour, day, week, month, year, percent; counted things go to `what`
 *    as a short noun ("laptops", "workers", "cartons"). "half" -> 50 percent. * "1 gig" broadband -> 1000 Mbps.
 *  - approximate: true for about / around / maybe / roughly. * "at least 30" / "up to 30" -> value 30 (no bound
 *    field for quantities). * `what` is omitted when the message does not say what is counted ("Actually 40").
 *  - * Not quantities: years, dates, phone numbers, ages ("she's 8"), grades and ordinals ("Grade 9", "12th floor"),
 *    durations that resolve a deadline ("within 30 days" is a date), time the customer has left right now ("my shift
 *    starts in ten minutes"), ratios without a unit ("twice the baijiu").
 * date
 *  - ISO start/end against today. "next month" -> 2026-12-01..2026-12-31; "last month" -> 2026-10-01..2026-10-31.
 *  - role 'deadline': the time by which / in which they need the thing. * "by/before D" -> end D only (inclusive of
 *    the named day, as "before June 30" -> end 2027-06-30); "in/next <period>" -> start and end of the period.
 *  - * role 'window': a future period or day when something happens (a course, the wedding day, a delivery day):
 *    start and end (same day for one date). "mid-month" as a period -> 11th..20th; "early <month>" -> 1st..10th.
 *  - * role 'start': when something begins or becomes possible ("go live on January 1", "from next week",
 *    "he's back next Monday").
 *  - role 'past': a past event ("last year" -> 2025-01-01..2025-12-31). A past event is never a buying timeline.
 *  - role 'frequency': how often, with `text` as said ("every week", "twice a day"). * A per-period rate
 *    ("300 bottles a month", "£40 a month", "30 more cartons a week") also carries a frequency date with the
 *    period as said ("a month"); per-hour / per-unit prices do not.
 *  - * Not dates: "today"/"now" in "Today we use...", a weekday in a greeting, "Tuesday" of a recurring sell-out,
 *    anything inside an irrealis clause ("I'd switch tomorrow"), undated events ("last time"), and times for
 *    reaching the customer ("tomorrow morning", "after 2pm": those are contact-preference `when`).
 * person
 *  - name as said incl. title ("Manager Li", "Dr. Patel", "王总"); relation a short noun ("wife", "IT head");
 *    role only when clear; stance only when said. "I", "we", "myself", "me" are never persons.
 *  - * Family members, named people and single office-holders ("the GM", "our safety officer") are persons even
 *    when only mentioned (a deceased father, a grandmother). A department or group is a person only when it takes
 *    part in the decision ("HR wants it", "IT security has a veto", "procurement handles the PO", "the board wants
 *    reports"); a group that is only counted, described or served ("the site team", "the cleaners say their backs
 *    hurt") is not (its count is a quantity, its trouble a cue).
 *  - * role 'user' for family members who will use the thing; 'influencer' for whoever recommends or shortlists.
 * organisation
 *  - brand / company names only. relation: competitor (considered, quoted, compared, recommended), current-supplier
 *    (what they use or buy today, incl. brands they stock), own, other (* a past supplier no longer used).
 * contact: one fact per phone or email. Phones as digits, + kept for international forms.
 *   * Messaging apps named as a way to reach them (WeChat, WhatsApp) are contact / contact-preference (WhatsApp ->
 *   channel 'chat'), never organisations.
 * own-name: the customer's own name, title apart ("office manager", "Mrs.", "Dr.").
 * contact-preference
 *  - channel / when / avoid as short phrases. * Giving a number with "call me on ..." in answer to the contact
 *    question is contact + preference channel 'phone', NOT request call-me; * "send it to <email>" is contact only.
 * answer: only when the bot asked a yes/no question: a confirmation (asked 'confirm') or * a closed question
 *   such as "may a colleague call you?" (asked 'contact'). "No" after an open "why" is not an answer fact.
 * correction: target + to (+ from when said). * The corrected value is ALSO emitted as its own fact (money,
 *   quantity) when it is a complete value ("Did I say 80? I meant 60" -> correction + quantity 60).
 * question: to the bot. price | availability (* do you have it, can you deliver/install, where, when, how long)
 *   | process (* how buying, paying, onboarding, trials work) | product (* what the offer is or includes: contract,
 *   warranty, features, brochure) | other (who are you, references).
 * request: person, call-me (* only when the customer asks to switch to a call), stop, delete-data, shorten.
 * feeling: good-news, loss, worry, impatience (hurry, "too slow"), frustration (* an explicit annoyance at a
 *   supplier or the bot: "sick of", "hate", "disappointing", "don't start with the discount again",
 *   "You're not listening", "I told you already").
 *   * An evaluation alone ("useless", "rubbish") is a complaint cue, not a feeling.
 * cue
 *  - deviation (unusual vs the norm: sour plums), complaint (what is wrong today), constraint (place, people, time:
 *    flat, night shifts, heat, age, remote team), event (something happened or will happen that drives the need).
 *  - * A life event (pregnancy, wedding, death, injury, promotion, new baby) gives BOTH a feeling and a cue event.
 *  - * "Because zhongkao" (an exam ahead) is a cue event.
 * negation / irrealis: negated content carries no feeling or cue ("nobody's pregnant", "it's not about the
 *   price"); * hypothetical (irrealis) content carries no feeling, cue or date either ("if she were pregnant",
 *   "if it were just me I'd switch tomorrow"). Other facts still count ("I'm not unhappy with BT" -> BT is still
 *   the current supplier; "I'm worried we won't have it before December 10" -> the deadline stands).
 *   * A counterfactual that presupposes the event ("had it not been for the accident") keeps the event cue.
 *   * A polite or plain modal ("we'd need them shipped to three sites") is not irrealis.
 * no kind for: criteria lists, goals, the current way of working without a brand ("shared spreadsheets"), the
 *   speaker's own role ("I'm the director") -> those messages have facts: [] (the step's own answer holds them).
 * filler: never emitted; filler, thanks, greetings and off-topic messages have facts: [].
 */
import { ReadingCase } from './types';

export const READING_CASES_EN: ReadingCase[] = [
  // ─── Fruit: plums and kiwis ──────────────────────────────────────────────────────────────────────────
  { text: "Two pounds.", asked: 'quantity', playbook: 'fruit', facts: [
    { kind: 'quantity', value: 2, unit: 'lb' },
  ], note: 'weight, never money' },
  { text: "I'd like two pounds of plums, the sour ones please.", asked: 'opening', playbook: 'fruit', facts: [
    { kind: 'quantity', value: 2, unit: 'lb', what: 'plums' },
    { kind: 'cue', cue: 'deviation', about: 'the sour ones' },
  ] },
  { text: "Sour. The sourer the better.", asked: 'criteria', playbook: 'fruit', facts: [
    { kind: 'cue', cue: 'deviation', about: 'the sourer the better' },
  ] },
  { text: "My daughter-in-law is pregnant and she can't get enough sour stuff.", asked: 'why', playbook: 'fruit', facts: [
    { kind: 'person', relation: 'daughter-in-law' },
    { kind: 'feeling', feeling: 'good-news' },
    { kind: 'cue', cue: 'event', about: 'daughter-in-law is pregnant' },
  ] },
  { text: "Oh no, nobody's pregnant, haha. I just like them sour.", asked: 'why', playbook: 'fruit', facts: [
    { kind: 'cue', cue: 'deviation', about: 'like them sour' },
  ], note: 'negated pregnancy: no good-news, no event' },
  { text: "If she were pregnant I'd be buying kiwis too! No, they're for me.", playbook: 'fruit', facts: [],
    note: 'irrealis: no feeling, no cue; "me" is not a person' },
  { text: "How much are the kiwis? I'd want about a kilo.", playbook: 'fruit', facts: [
    { kind: 'question', topic: 'price' },
    { kind: 'quantity', value: 1, unit: 'kg', approximate: true },
  ] },
  { text: "Do you have kiwis today?", playbook: 'fruit', facts: [
    { kind: 'question', topic: 'availability' },
  ], note: '"today" is not a buying date' },
  { text: "Three jin of plums and a box of kiwis.", asked: 'quantity', playbook: 'fruit', facts: [
    { kind: 'quantity', value: 3, unit: 'jin', what: 'plums' },
    { kind: 'quantity', value: 1, what: 'box of kiwis' },
  ] },
  { text: "Half a kilo is fine, it's just for me and my husband.", asked: 'quantity', playbook: 'fruit', facts: [
    { kind: 'quantity', value: 0.5, unit: 'kg' },
    { kind: 'person', relation: 'husband', role: 'user' },
  ] },
  { text: "My mum's 82 and can't chew hard fruit any more, so soft ones please.", asked: 'why', playbook: 'fruit', facts: [
    { kind: 'person', relation: 'mum' },
    { kind: 'cue', cue: 'constraint', about: "can't chew hard fruit" },
  ], note: 'an age is not a quantity' },
  { text: "It's for the office, about 40 people, and we'd order every week.", asked: 'describe', playbook: 'fruit', facts: [
    { kind: 'quantity', value: 40, approximate: true, what: 'people' },
    { kind: 'date', role: 'frequency', text: 'every week' },
  ] },
  { text: "Actually 40, not 30.", asked: 'quantity', playbook: 'fruit', facts: [
    { kind: 'correction', target: 'quantity', from: '30', to: '40' },
    { kind: 'quantity', value: 40 },
  ] },
  { text: "Last time the plums were all bruised, really disappointing.", playbook: 'fruit', facts: [
    { kind: 'cue', cue: 'complaint', about: 'plums were all bruised' },
    { kind: 'feeling', feeling: 'frustration' },
  ], note: '"last time" is undated' },
  { text: "Could you deliver by Saturday?", playbook: 'fruit', facts: [
    { kind: 'question', topic: 'availability' },
    { kind: 'date', role: 'deadline', end: '2026-11-28' },
  ] },
  { text: "Two pounds of plums and a pound of kiwis - how much is that altogether?", playbook: 'fruit', facts: [
    { kind: 'quantity', value: 2, unit: 'lb', what: 'plums' },
    { kind: 'quantity', value: 1, unit: 'lb', what: 'kiwis' },
    { kind: 'question', topic: 'price' },
  ] },
  { text: "£5 worth of plums, please.", asked: 'quantity', playbook: 'fruit', facts: [
    { kind: 'money', amount: 5, currency: 'GBP', context: 'budget' },
  ], note: '£ is money; answers a quantity question with a spend' },
  { text: "My grandkids eat them too, so maybe 5 kilos.", asked: 'quantity', playbook: 'fruit', facts: [
    { kind: 'quantity', value: 5, unit: 'kg', approximate: true },
    { kind: 'person', relation: 'grandkids', role: 'user' },
  ] },
  { text: "2 lbs", asked: 'quantity', playbook: 'fruit', facts: [
    { kind: 'quantity', value: 2, unit: 'lb' },
  ] },
  { text: "Kiwis? Sure, why not, a pound.", asked: 'confirm', playbook: 'fruit', facts: [
    { kind: 'answer', value: 'yes' },
    { kind: 'quantity', value: 1, unit: 'lb', what: 'kiwis' },
  ] },
  { text: "Oh, thank you! The baby's due in March.", playbook: 'fruit', facts: [
    { kind: 'person', relation: 'baby' },
    { kind: 'feeling', feeling: 'good-news' },
    { kind: 'cue', cue: 'event', about: "the baby's due" },
    { kind: 'date', role: 'window', start: '2027-03-01', end: '2027-03-31' },
  ] },
  { text: "Sweet ones, like everybody.", asked: 'criteria', playbook: 'fruit', facts: [],
    note: 'the norm, not a deviation' },
  { text: "We're making jam, so 10 kg of the sourest you have.", playbook: 'fruit', facts: [
    { kind: 'quantity', value: 10, unit: 'kg' },
    { kind: 'cue', cue: 'deviation', about: 'the sourest' },
  ] },
  { text: "Do you deliver to Pudong? I can't carry heavy bags any more, I'm 78.", playbook: 'fruit', facts: [
    { kind: 'question', topic: 'availability' },
    { kind: 'cue', cue: 'constraint', about: "can't carry heavy bags" },
  ], note: 'an age is not a quantity' },
  { text: "About twenty kilos for the school canteen, every Monday.", asked: 'quantity', playbook: 'fruit', facts: [
    { kind: 'quantity', value: 20, unit: 'kg', approximate: true },
    { kind: 'date', role: 'frequency', text: 'every Monday' },
  ] },
  { text: "ok", asked: 'quantity', playbook: 'fruit', facts: [] },
  { text: "Thanks, that's all.", playbook: 'fruit', facts: [] },

  // ─── Household broadband ─────────────────────────────────────────────────────────────────────────────
  { text: "My wife started working from home last month.", asked: 'why', playbook: 'broadband', facts: [
    { kind: 'person', relation: 'wife' },
    { kind: 'date', role: 'past', start: '2026-10-01', end: '2026-10-31' },
    { kind: 'cue', cue: 'event', about: 'started working from home' },
  ], note: 'a past event, not a buying timeline' },
  { text: "Yes, we have broadband, but it drops every evening.", asked: 'confirm', playbook: 'broadband', facts: [
    { kind: 'answer', value: 'yes' },
    { kind: 'cue', cue: 'complaint', about: 'it drops every evening' },
    { kind: 'date', role: 'frequency', text: 'every evening' },
  ] },
  { text: "No, we just moved in.", asked: 'confirm', playbook: 'broadband', facts: [
    { kind: 'answer', value: 'no' },
    { kind: 'cue', cue: 'event', about: 'just moved in' },
  ] },
  { text: "We're with BT at the moment and honestly they've been useless.", playbook: 'broadband', facts: [
    { kind: 'organisation', name: 'BT', relation: 'current-supplier' },
    { kind: 'cue', cue: 'complaint', about: "they've been useless" },
  ] },
  { text: "About 500 Mbps would be nice, we've got three people streaming at night.", asked: 'quantity', playbook: 'broadband', facts: [
    { kind: 'quantity', value: 500, unit: 'Mbps', approximate: true },
    { kind: 'quantity', value: 3, what: 'people' },
  ] },
  { text: "Up to £40 a month.", asked: 'money', playbook: 'broadband', facts: [
    { kind: 'money', amount: 40, bound: 'max', currency: 'GBP', context: 'budget' },
    { kind: 'date', role: 'frequency', text: 'a month' },
  ] },
  { text: "Four of us - two kids gaming all the time, plus my husband on video calls.", asked: 'people', playbook: 'broadband', facts: [
    { kind: 'quantity', value: 4, what: 'people' },
    { kind: 'quantity', value: 2, what: 'kids' },
    { kind: 'person', relation: 'kids', role: 'user' },
    { kind: 'person', relation: 'husband', role: 'user' },
  ] },
  { text: "We live in a flat on the 12th floor, so no dish on the roof.", playbook: 'broadband', facts: [
    { kind: 'cue', cue: 'constraint', about: 'live in a flat' },
  ], note: 'an ordinal floor is not a quantity' },
  { text: "Nothing's wrong with it really, I'm just curious about prices.", asked: 'why', playbook: 'broadband', facts: [
    { kind: 'question', topic: 'price' },
  ], note: 'negated complaint' },
  { text: "Can you install before Christmas? My son's home from uni for the holidays.", playbook: 'broadband', facts: [
    { kind: 'question', topic: 'availability' },
    { kind: 'date', role: 'deadline', end: '2026-12-25' },
    { kind: 'person', relation: 'son' },
    { kind: 'cue', cue: 'event', about: "son's home from uni" },
  ] },
  { text: "Virgin quoted me 35 a month.", asked: 'alternatives', playbook: 'broadband', facts: [
    { kind: 'organisation', name: 'Virgin', relation: 'competitor' },
    { kind: 'money', amount: 35, context: 'price' },
    { kind: 'date', role: 'frequency', text: 'a month' },
  ] },
  { text: "We don't really need TV, just internet.", playbook: 'broadband', facts: [] },
  { text: "The router's in the hallway and the signal doesn't reach the back bedroom.", asked: 'describe', playbook: 'broadband', facts: [
    { kind: 'cue', cue: 'complaint', about: "signal doesn't reach the back bedroom" },
  ] },
  { text: "how long is the contract? TalkTalk locked us in forever", playbook: 'broadband', facts: [
    { kind: 'question', topic: 'product' },
    { kind: 'organisation', name: 'TalkTalk', relation: 'current-supplier' },
    { kind: 'cue', cue: 'complaint', about: 'locked us in forever' },
  ] },
  { text: "We pay £45 a month to Sky for 70 meg and it's rubbish.", playbook: 'broadband', facts: [
    { kind: 'money', amount: 45, currency: 'GBP', context: 'price' },
    { kind: 'date', role: 'frequency', text: 'a month' },
    { kind: 'organisation', name: 'Sky', relation: 'current-supplier' },
    { kind: 'quantity', value: 70, unit: 'Mbps' },
    { kind: 'cue', cue: 'complaint', about: "it's rubbish" },
  ] },
  { text: "The kids' online school keeps freezing.", playbook: 'broadband', facts: [
    { kind: 'person', relation: 'kids' },
    { kind: 'cue', cue: 'complaint', about: 'online school keeps freezing' },
  ] },
  { text: "I work nights so please don't call during the day.", asked: 'contact', playbook: 'broadband', facts: [
    { kind: 'cue', cue: 'constraint', about: 'work nights' },
    { kind: 'contact-preference', avoid: 'during the day' },
  ] },
  { text: "We're moving house on December 12th and need it working from day one.", playbook: 'broadband', facts: [
    { kind: 'cue', cue: 'event', about: 'moving house' },
    { kind: 'date', role: 'deadline', end: '2026-12-12' },
  ] },
  { text: "Is fibre available on Maple Road?", playbook: 'broadband', facts: [
    { kind: 'question', topic: 'availability' },
  ] },
  { text: "I'm not unhappy with BT, the contract's just ending.", asked: 'why', playbook: 'broadband', facts: [
    { kind: 'organisation', name: 'BT', relation: 'current-supplier' },
    { kind: 'cue', cue: 'event', about: "the contract's just ending" },
  ], note: 'negated complaint; the supplier still counts' },
  { text: "My wife isn't working from home any more, so we can go cheaper.", playbook: 'broadband', facts: [
    { kind: 'person', relation: 'wife' },
  ], note: 'negated event' },
  { text: "Yeah fibre please, 1 gig if you've got it, me and my flatmate both stream a lot.", playbook: 'broadband', facts: [
    { kind: 'quantity', value: 1000, unit: 'Mbps' },
    { kind: 'person', relation: 'flatmate', role: 'user' },
  ] },
  { text: "We'd switch if the network went down again, but it hasn't for months.", asked: 'impact', playbook: 'broadband', facts: [],
    note: 'irrealis + negation' },
  { text: "How much is the 500 meg plan?", playbook: 'broadband', facts: [
    { kind: 'question', topic: 'price' },
    { kind: 'quantity', value: 500, unit: 'Mbps' },
  ] },
  { text: "my wife works from home since last month and the wifi keeps cutting out on her calls, we pay 30 quid now", asked: 'opening', playbook: 'broadband', facts: [
    { kind: 'person', relation: 'wife' },
    { kind: 'date', role: 'past', start: '2026-10-01', end: '2026-10-31' },
    { kind: 'cue', cue: 'event', about: 'works from home' },
    { kind: 'cue', cue: 'complaint', about: 'wifi keeps cutting out' },
    { kind: 'money', amount: 30, currency: 'GBP', context: 'price' },
  ] },
  { text: "Honestly I don't mind who the provider is.", asked: 'alternatives', playbook: 'broadband', facts: [] },

  // ─── Training course for team leads (Mr. Li) ───────────────────────────────────────────────────────
  { text: "Our regional sales information just doesn't flow, and efficiency is low.", asked: 'describe', playbook: 'training', facts: [
    { kind: 'cue', cue: 'complaint', about: "information just doesn't flow" },
    { kind: 'cue', cue: 'complaint', about: 'efficiency is low' },
  ] },
  { text: "Yes, three sales managers, in the middle of next month.", asked: 'confirm', playbook: 'training', facts: [
    { kind: 'answer', value: 'yes' },
    { kind: 'quantity', value: 3, what: 'sales managers' },
    { kind: 'date', role: 'window', start: '2026-12-11', end: '2026-12-20' },
  ] },
  { text: "Manager Li, Manager Wang and Manager Song will register on the 15th.", playbook: 'training', facts: [
    { kind: 'person', name: 'Manager Li' },
    { kind: 'person', name: 'Manager Wang' },
    { kind: 'person', name: 'Manager Song' },
    { kind: 'date', role: 'window', start: '2026-12-15', end: '2026-12-15' },
  ] },
  { text: "I'm the regional director, so I sign off on it.", asked: 'decision', playbook: 'training', facts: [],
    note: 'the speaker is not a person fact' },
  { text: "We have 12 team leads across 4 regions.", asked: 'people', playbook: 'training', facts: [
    { kind: 'quantity', value: 12, what: 'team leads' },
    { kind: 'quantity', value: 4, what: 'regions' },
  ] },
  { text: "Budget is 20,000-25,000 yuan for the whole programme, for about 12 people.", asked: 'money', playbook: 'training', facts: [
    { kind: 'money', amount: 20000, max: 25000, currency: 'CNY', context: 'budget' },
    { kind: 'quantity', value: 12, approximate: true, what: 'people' },
  ] },
  { text: "Can it be done online? Half the team is remote.", playbook: 'training', facts: [
    { kind: 'question', topic: 'product' },
    { kind: 'quantity', value: 50, unit: 'percent', what: 'team' },
    { kind: 'cue', cue: 'constraint', about: 'half the team is remote' },
  ] },
  { text: "HR wants it done before our fiscal year ends on June 30.", asked: 'date', playbook: 'training', facts: [
    { kind: 'person', relation: 'HR' },
    { kind: 'date', role: 'deadline', end: '2027-06-30' },
  ] },
  { text: "Not really, they're all in the same office.", asked: 'confirm', playbook: 'training', facts: [
    { kind: 'answer', value: 'no' },
  ] },
  { text: "Who else has taken this course? Our boss, Mr. Fang, will ask.", playbook: 'training', facts: [
    { kind: 'question', topic: 'other' },
    { kind: 'person', name: 'Mr. Fang', relation: 'boss' },
  ] },
  { text: "Send the outline to li.wei@north-region.example please, and copy my assistant Chen.", playbook: 'training', facts: [
    { kind: 'contact', email: 'li.wei@north-region.example' },
    { kind: 'person', name: 'Chen', relation: 'assistant' },
  ] },
  { text: "Last year we tried Dale Carnegie - people liked it but nothing changed.", asked: 'alternatives', playbook: 'training', facts: [
    { kind: 'organisation', name: 'Dale Carnegie', relation: 'other' },
    { kind: 'date', role: 'past', start: '2025-01-01', end: '2025-12-31' },
    { kind: 'cue', cue: 'complaint', about: 'nothing changed' },
  ] },
  { text: "That's right: Li, Wang and Song, on the 15th.", asked: 'confirm', playbook: 'training', facts: [
    { kind: 'answer', value: 'yes' },
    { kind: 'person', name: 'Li' },
    { kind: 'person', name: 'Wang' },
    { kind: 'person', name: 'Song' },
    { kind: 'date', role: 'window', start: '2026-12-15', end: '2026-12-15' },
  ] },
  { text: "We'll give feedback within 48 hours.", playbook: 'training', facts: [
    { kind: 'date', role: 'deadline', end: '2026-11-25' },
  ] },
  { text: "Last quarter two of our best team leads quit.", asked: 'why', playbook: 'training', facts: [
    { kind: 'date', role: 'past', start: '2026-07-01', end: '2026-09-30' },
    { kind: 'quantity', value: 2, what: 'team leads' },
    { kind: 'cue', cue: 'event', about: 'team leads quit' },
  ] },
  { text: "Our CEO, Mr. Huang, is very keen.", asked: 'decision', playbook: 'training', facts: [
    { kind: 'person', name: 'Mr. Huang', relation: 'CEO', stance: 'supportive' },
  ] },
  { text: "Can we pay in instalments?", playbook: 'training', facts: [
    { kind: 'question', topic: 'process' },
  ] },
  { text: "The new hires need it most, there are seven of them, they started in September.", asked: 'people', playbook: 'training', facts: [
    { kind: 'quantity', value: 7, what: 'new hires' },
    { kind: 'date', role: 'past', start: '2026-09-01', end: '2026-09-30' },
  ] },
  { text: "Ok, sounds good, send the seat numbers.", asked: 'confirm', playbook: 'training', facts: [
    { kind: 'answer', value: 'yes' },
  ] },
  { text: "No, mid-month is our closing week. Maybe early January?", asked: 'confirm', playbook: 'training', facts: [
    { kind: 'answer', value: 'no' },
    { kind: 'cue', cue: 'constraint', about: 'mid-month is our closing week' },
    { kind: 'date', role: 'window', start: '2027-01-01', end: '2027-01-10' },
  ], note: 'the rejected mid-month is the bot\'s proposal, not a customer date' },
  { text: "We want them trained before the new sales year starts on April 1.", asked: 'date', playbook: 'training', facts: [
    { kind: 'date', role: 'deadline', end: '2027-04-01' },
  ] },
  { text: "3 team leads from Shenzhen and 2 from Guangzhou.", asked: 'people', playbook: 'training', facts: [
    { kind: 'quantity', value: 3, what: 'team leads' },
    { kind: 'quantity', value: 2, what: 'team leads' },
  ] },
  { text: "Our people are burnt out, two quit last month.", asked: 'why', playbook: 'training', facts: [
    { kind: 'cue', cue: 'complaint', about: 'people are burnt out' },
    { kind: 'quantity', value: 2, what: 'people' },
    { kind: 'cue', cue: 'event', about: 'two quit' },
    { kind: 'date', role: 'past', start: '2026-10-01', end: '2026-10-31' },
  ] },

  // ─── Hotel baijiu (Manager Zhang) ────────────────────────────────────────────────────────────────────
  { text: "Quality first, then margin, after-sales service, packaging and bottle shape.", asked: 'criteria', playbook: 'baijiu', facts: [],
    note: 'criteria: no fact kind holds them; "first" is not a quantity' },
  { text: "We currently stock Moutai and Wuliangye, but the margins are thin.", playbook: 'baijiu', facts: [
    { kind: 'organisation', name: 'Moutai', relation: 'current-supplier' },
    { kind: 'organisation', name: 'Wuliangye', relation: 'current-supplier' },
    { kind: 'cue', cue: 'complaint', about: 'the margins are thin' },
  ] },
  { text: "A 40% margin sounds nice, but I've heard that before.", playbook: 'baijiu', facts: [
    { kind: 'quantity', value: 40, unit: 'percent', what: 'margin' },
  ] },
  { text: "We go through about 300 bottles a month across our two restaurants.", asked: 'quantity', playbook: 'baijiu', facts: [
    { kind: 'quantity', value: 300, approximate: true, what: 'bottles' },
    { kind: 'date', role: 'frequency', text: 'a month' },
    { kind: 'quantity', value: 2, what: 'restaurants' },
  ] },
  { text: "I'm Zhang, the F&B manager.", asked: 'name', playbook: 'baijiu', facts: [
    { kind: 'own-name', name: 'Zhang', title: 'F&B manager' },
  ] },
  { text: "Manager Zhang chooses the list, but the GM signs anything over ¥50,000.", asked: 'decision', playbook: 'baijiu', facts: [
    { kind: 'person', name: 'Manager Zhang', role: 'decision-maker' },
    { kind: 'person', relation: 'GM', role: 'decision-maker' },
    { kind: 'money', amount: 50000, bound: 'min', currency: 'CNY', context: 'other' },
  ] },
  { text: "Stock has to be in before Chinese New Year, that's our peak.", asked: 'date', playbook: 'baijiu', facts: [
    { kind: 'date', role: 'deadline', end: '2027-02-06' },
  ] },
  { text: "Don't start with the discount again, just tell me about the quality.", playbook: 'baijiu', facts: [
    { kind: 'question', topic: 'product' },
    { kind: 'feeling', feeling: 'frustration' },
  ] },
  { text: "We had a batch of fakes from a wholesaler last year, it was a huge embarrassment.", asked: 'why', playbook: 'baijiu', facts: [
    { kind: 'date', role: 'past', start: '2025-01-01', end: '2025-12-31' },
    { kind: 'cue', cue: 'event', about: 'a batch of fakes' },
  ] },
  { text: "What's your price per case? Wuliangye gives us 12% off.", playbook: 'baijiu', facts: [
    { kind: 'question', topic: 'price' },
    { kind: 'organisation', name: 'Wuliangye', relation: 'current-supplier' },
    { kind: 'quantity', value: 12, unit: 'percent', what: 'discount' },
  ] },
  { text: "¥180 a bottle is our ceiling.", asked: 'money', playbook: 'baijiu', facts: [
    { kind: 'money', amount: 180, bound: 'max', currency: 'CNY', context: 'budget' },
  ] },
  { text: "Margin matters, but quality comes first - our guests notice.", asked: 'criteria', playbook: 'baijiu', facts: [] },
  { text: "We host about 20 banquets a month, mostly weddings.", asked: 'quantity', playbook: 'baijiu', facts: [
    { kind: 'quantity', value: 20, approximate: true, what: 'banquets' },
    { kind: 'date', role: 'frequency', text: 'a month' },
  ], note: "guests' weddings are not the customer's good news" },
  { text: "Our current supplier is Fenjiu's local distributor, they're slow to restock.", playbook: 'baijiu', facts: [
    { kind: 'organisation', name: 'Fenjiu', relation: 'current-supplier' },
    { kind: 'cue', cue: 'complaint', about: 'slow to restock' },
  ] },
  { text: "Manager Zhang is on leave until next Monday, talk to Ms. Qian.", asked: 'decision', playbook: 'baijiu', facts: [
    { kind: 'person', name: 'Manager Zhang' },
    { kind: 'date', role: 'start', start: '2026-11-30' },
    { kind: 'person', name: 'Ms. Qian' },
  ] },

  // ─── Mops and cleaning supplies ──────────────────────────────────────────────────────────────────────
  { text: "I'll think about it.", playbook: 'cleaning', facts: [] },
  { text: "We clean 800 square metres of tile every night.", asked: 'describe', playbook: 'cleaning', facts: [
    { kind: 'quantity', value: 800, unit: 'm2', what: 'tile' },
    { kind: 'date', role: 'frequency', text: 'every night' },
  ] },
  { text: "The old mops leave streaks and the cleaners say their backs hurt.", asked: 'describe', playbook: 'cleaning', facts: [
    { kind: 'cue', cue: 'complaint', about: 'leave streaks' },
    { kind: 'cue', cue: 'complaint', about: 'their backs hurt' },
  ] },
  { text: "It's a nursing home with 90 beds, so nothing with strong chemicals.", playbook: 'cleaning', facts: [
    { kind: 'quantity', value: 90, what: 'beds' },
    { kind: 'cue', cue: 'constraint', about: 'nursing home, nothing with strong chemicals' },
  ] },
  { text: "We buy Vileda through a distributor.", asked: 'alternatives', playbook: 'cleaning', facts: [
    { kind: 'organisation', name: 'Vileda', relation: 'current-supplier' },
  ] },
  { text: "How many more questions? My shift starts in ten minutes.", playbook: 'cleaning', facts: [
    { kind: 'request', request: 'shorten' },
    { kind: 'feeling', feeling: 'impatience' },
  ] },
  { text: "Budget maybe 5k", asked: 'money', playbook: 'cleaning', facts: [
    { kind: 'money', amount: 5000, bound: 'about', context: 'budget' },
  ] },
  { text: "Delete my data please.", playbook: 'cleaning', facts: [
    { kind: 'request', request: 'delete-data' },
  ] },
  { text: "Stop messaging me.", playbook: 'cleaning', facts: [
    { kind: 'request', request: 'stop' },
  ] },
  { text: "It's a 20-storey office block, the cleaning crew is 14 people.", asked: 'describe', playbook: 'cleaning', facts: [
    { kind: 'quantity', value: 20, what: 'storeys' },
    { kind: 'quantity', value: 14, what: 'cleaners' },
  ] },
  { text: "We spend about 2,000 a month just replacing mop heads.", asked: 'impact', playbook: 'cleaning', facts: [
    { kind: 'money', amount: 2000, bound: 'about', context: 'cost' },
    { kind: 'date', role: 'frequency', text: 'a month' },
  ] },
  { text: "The last supplier sent the wrong size twice, so we dropped them in October.", playbook: 'cleaning', facts: [
    { kind: 'cue', cue: 'complaint', about: 'sent the wrong size' },
    { kind: 'date', role: 'past', start: '2026-10-01', end: '2026-10-31' },
  ] },
  { text: "I'd like to think about it, can you send me a brochure?", playbook: 'cleaning', facts: [
    { kind: 'question', topic: 'product' },
  ] },
  { text: "Actually, can I just talk to someone?", playbook: 'cleaning', facts: [
    { kind: 'request', request: 'person' },
  ] },
  { text: "just call me", playbook: 'cleaning', facts: [
    { kind: 'request', request: 'call-me' },
  ] },
  { text: "Call me. This chat is too slow.", playbook: 'cleaning', facts: [
    { kind: 'request', request: 'call-me' },
    { kind: 'feeling', feeling: 'impatience' },
  ] },
  { text: "Hurry up please, I'm between meetings.", playbook: 'cleaning', facts: [
    { kind: 'feeling', feeling: 'impatience' },
  ] },
  { text: "Too many questions mate.", playbook: 'cleaning', facts: [
    { kind: 'request', request: 'shorten' },
  ] },
  { text: "We mop twice a day, the lobby gets muddy when it rains.", asked: 'describe', playbook: 'cleaning', facts: [
    { kind: 'date', role: 'frequency', text: 'twice a day' },
    { kind: 'cue', cue: 'complaint', about: 'the lobby gets muddy' },
  ] },
  { text: "Your discount doesn't interest me. What I need is a floor that isn't wet for an hour after mopping.", playbook: 'cleaning', facts: [
    { kind: 'cue', cue: 'complaint', about: 'wet for an hour after mopping' },
  ] },
  { text: "We've got 3 sites, about 40 mops in use, and we replace them every quarter.", asked: 'quantity', playbook: 'cleaning', facts: [
    { kind: 'quantity', value: 3, what: 'sites' },
    { kind: 'quantity', value: 40, approximate: true, what: 'mops' },
    { kind: 'date', role: 'frequency', text: 'every quarter' },
  ] },
  { text: "Nobody's complained about the mops, the boss just wants to save money.", asked: 'why', playbook: 'cleaning', facts: [
    { kind: 'person', relation: 'boss' },
  ], note: 'negated complaint' },

  // ─── CRM for a sales team ────────────────────────────────────────────────────────────────────────────
  { text: "Today we use shared spreadsheets", asked: 'describe', playbook: 'general', facts: [],
    note: '"Today" is not a date; spreadsheets are not an organisation; no kind holds the current way of working' },
  { text: "We looked at HubSpot", asked: 'alternatives', playbook: 'general', facts: [
    { kind: 'organisation', name: 'HubSpot', relation: 'competitor' },
  ] },
  { text: "We get around 200 leads a month and half get lost.", asked: 'describe', playbook: 'general', facts: [
    { kind: 'quantity', value: 200, approximate: true, what: 'leads' },
    { kind: 'date', role: 'frequency', text: 'a month' },
    { kind: 'quantity', value: 50, unit: 'percent', what: 'leads' },
    { kind: 'cue', cue: 'complaint', about: 'half get lost' },
  ] },
  { text: "Leads come in from the website and half get lost. Budget maybe 5k", asked: 'why', playbook: 'general', facts: [
    { kind: 'quantity', value: 50, unit: 'percent', what: 'leads' },
    { kind: 'cue', cue: 'complaint', about: 'half get lost' },
    { kind: 'money', amount: 5000, bound: 'about', context: 'budget' },
  ], note: 'answers "why" and gives a budget too' },
  { text: "Around 40,000 dollars for the first year", asked: 'other', playbook: 'general', facts: [
    { kind: 'money', amount: 40000, bound: 'about', currency: 'USD', context: 'budget' },
  ] },
  { text: "15 sales reps, plus 3 managers who'd only look at reports.", asked: 'people', playbook: 'general', facts: [
    { kind: 'quantity', value: 15, what: 'sales reps' },
    { kind: 'quantity', value: 3, what: 'managers' },
  ] },
  { text: "Our IT head, Priya, has to approve anything that touches customer data.", asked: 'decision', playbook: 'general', facts: [
    { kind: 'person', name: 'Priya', relation: 'IT head', role: 'technical-gatekeeper' },
  ] },
  { text: "Salesforce is too expensive for us, they wanted $150 per user per month.", asked: 'alternatives', playbook: 'general', facts: [
    { kind: 'organisation', name: 'Salesforce', relation: 'competitor' },
    { kind: 'money', amount: 150, currency: 'USD', context: 'price' },
    { kind: 'date', role: 'frequency', text: 'per month' },
  ] },
  { text: "We're also talking to Pipedrive and Zoho.", asked: 'alternatives', playbook: 'general', facts: [
    { kind: 'organisation', name: 'Pipedrive', relation: 'competitor' },
    { kind: 'organisation', name: 'Zoho', relation: 'competitor' },
  ] },
  { text: "I'm the VP of Sales, Daniel Okafor.", asked: 'name', playbook: 'general', facts: [
    { kind: 'own-name', name: 'Daniel Okafor', title: 'VP of Sales' },
  ] },
  { text: "Email me instead - daniel@okafor-logistics.example. Not the phone, I'm in meetings all day.", asked: 'contact', playbook: 'general', facts: [
    { kind: 'contact', email: 'daniel@okafor-logistics.example' },
    { kind: 'contact-preference', channel: 'email', avoid: 'phone' },
  ] },
  { text: "We want to go live on January 1.", asked: 'date', playbook: 'general', facts: [
    { kind: 'date', role: 'start', start: '2027-01-01' },
  ] },
  { text: "What's the onboarding process like?", playbook: 'general', facts: [
    { kind: 'question', topic: 'process' },
  ] },
  { text: "You're not listening", playbook: 'general', facts: [
    { kind: 'feeling', feeling: 'frustration' },
  ] },
  { text: "I told you already, 15 reps!", asked: 'people', playbook: 'general', facts: [
    { kind: 'feeling', feeling: 'frustration' },
    { kind: 'quantity', value: 15, what: 'reps' },
  ] },
  { text: "It's not that we're unhappy with HubSpot, it's the price.", asked: 'why', playbook: 'general', facts: [
    { kind: 'organisation', name: 'HubSpot', relation: 'current-supplier' },
    { kind: 'cue', cue: 'complaint', about: "it's the price" },
  ], note: 'the negated unhappiness is not a complaint; the price is' },
  { text: "We lose maybe two big deals a quarter because nobody follows up, that's like 50 grand.", asked: 'impact', playbook: 'general', facts: [
    { kind: 'quantity', value: 2, approximate: true, what: 'deals' },
    { kind: 'date', role: 'frequency', text: 'a quarter' },
    { kind: 'cue', cue: 'complaint', about: 'nobody follows up' },
    { kind: 'money', amount: 50000, bound: 'about', context: 'loss' },
  ] },
  { text: "Each rep wastes about 10 hours a week on data entry.", asked: 'impact', playbook: 'general', facts: [
    { kind: 'quantity', value: 10, unit: 'hour', approximate: true },
    { kind: 'date', role: 'frequency', text: 'a week' },
    { kind: 'cue', cue: 'complaint', about: 'wastes about 10 hours a week on data entry' },
  ] },
  { text: "Depends on what Priya says, she's our CFO.", asked: 'money', playbook: 'general', facts: [
    { kind: 'person', name: 'Priya', relation: 'CFO', role: 'decision-maker' },
  ] },
  { text: "Our sales director Tom likes Pipedrive, but IT prefers Microsoft Dynamics.", asked: 'alternatives', playbook: 'general', facts: [
    { kind: 'person', name: 'Tom', relation: 'sales director' },
    { kind: 'organisation', name: 'Pipedrive', relation: 'competitor' },
    { kind: 'person', relation: 'IT' },
    { kind: 'organisation', name: 'Microsoft Dynamics', relation: 'competitor' },
  ] },
  { text: "We're a 50-person logistics company, Okafor Logistics.", asked: 'describe', playbook: 'general', facts: [
    { kind: 'quantity', value: 50, what: 'people' },
    { kind: 'organisation', name: 'Okafor Logistics', relation: 'own' },
  ] },
  { text: "Honestly the budget is the problem, max 10k, and we need it in January.", asked: 'people', playbook: 'general', facts: [
    { kind: 'money', amount: 10000, bound: 'max', context: 'budget' },
    { kind: 'date', role: 'deadline', start: '2027-01-01', end: '2027-01-31' },
  ], note: 'asked about people, answered budget and timing' },
  { text: "Nobody's complaining about the spreadsheets, the board just wants better reports.", asked: 'why', playbook: 'general', facts: [
    { kind: 'person', relation: 'board' },
  ] },

  // ─── 80 laptops for a site team, IT security veto ────────────────────────────────────────────────────
  { text: "We need 80 laptops for the site team by the end of January.", asked: 'opening', playbook: 'general', facts: [
    { kind: 'quantity', value: 80, what: 'laptops' },
    { kind: 'date', role: 'deadline', end: '2027-01-31' },
  ] },
  { text: "IT security has a veto - if they say no, it's dead.", asked: 'decision', playbook: 'general', facts: [
    { kind: 'person', relation: 'IT security', role: 'technical-gatekeeper' },
  ] },
  { text: "We've always bought Dell, but the last batch had battery issues.", playbook: 'general', facts: [
    { kind: 'organisation', name: 'Dell', relation: 'current-supplier' },
    { kind: 'cue', cue: 'complaint', about: 'battery issues' },
  ] },
  { text: "Lenovo offered us about $900 per unit.", asked: 'alternatives', playbook: 'general', facts: [
    { kind: 'organisation', name: 'Lenovo', relation: 'competitor' },
    { kind: 'money', amount: 900, bound: 'about', currency: 'USD', context: 'price' },
  ] },
  { text: "Rugged ones - the guys work outside in the heat and dust, and the Dells we have now don't last.", asked: 'criteria', playbook: 'general', facts: [
    { kind: 'cue', cue: 'constraint', about: 'outside in the heat and dust' },
    { kind: 'organisation', name: 'Dell', relation: 'current-supplier' },
    { kind: 'cue', cue: 'complaint', about: "don't last" },
  ] },
  { text: "Budget's 80k, give or take.", asked: 'money', playbook: 'general', facts: [
    { kind: 'money', amount: 80000, bound: 'about', context: 'budget' },
  ] },
  { text: "Somewhere between 70 and 90 thousand, depends on the spec.", asked: 'money', playbook: 'general', facts: [
    { kind: 'money', amount: 70000, max: 90000, context: 'budget' },
  ] },
  { text: "Procurement handles the PO, I just pick the model.", asked: 'decision', playbook: 'general', facts: [
    { kind: 'person', relation: 'procurement', role: 'purchaser' },
  ] },
  { text: "Karen in procurement is fine with it, she just needs three quotes.", asked: 'decision', playbook: 'general', facts: [
    { kind: 'person', name: 'Karen', relation: 'procurement', role: 'purchaser', stance: 'supportive' },
    { kind: 'quantity', value: 3, what: 'quotes' },
  ] },
  { text: "Our CIO, Mr. Zhou, is against anything that's not on the approved list.", asked: 'decision', playbook: 'general', facts: [
    { kind: 'person', name: 'Mr. Zhou', relation: 'CIO', role: 'technical-gatekeeper', stance: 'opposed' },
  ] },
  { text: "Not Zhou - Chow. C-H-O-W.", playbook: 'general', facts: [
    { kind: 'correction', target: 'person', from: 'Zhou', to: 'Chow' },
  ] },
  { text: "Actually make that 85, we're hiring.", asked: 'quantity', playbook: 'general', facts: [
    { kind: 'correction', target: 'quantity', to: '85' },
    { kind: 'quantity', value: 85 },
    { kind: 'cue', cue: 'event', about: "we're hiring" },
  ] },
  { text: "we ned 80 laptps by jan 31", asked: 'opening', playbook: 'general', facts: [
    { kind: 'quantity', value: 80, what: 'laptops' },
    { kind: 'date', role: 'deadline', end: '2027-01-31' },
  ], note: 'typos' },
  { text: "We'd need them imaged and shipped to three sites.", playbook: 'general', facts: [
    { kind: 'quantity', value: 3, what: 'sites' },
  ] },
  { text: "Our fiscal year ends March 31, the money has to be spent by then.", asked: 'date', playbook: 'general', facts: [
    { kind: 'date', role: 'deadline', end: '2027-03-31' },
  ] },
  { text: "What warranty do you offer on the batteries? Ours kept dying with HP.", playbook: 'general', facts: [
    { kind: 'question', topic: 'product' },
    { kind: 'organisation', name: 'HP', relation: 'current-supplier' },
    { kind: 'cue', cue: 'complaint', about: 'kept dying' },
  ] },
  { text: "Did I say 80? I meant 60.", playbook: 'general', facts: [
    { kind: 'correction', target: 'quantity', from: '80', to: '60' },
    { kind: 'quantity', value: 60 },
  ] },
  { text: "Sort of, but it's 60 not 80.", asked: 'confirm', playbook: 'general', facts: [
    { kind: 'answer', value: 'partly' },
    { kind: 'correction', target: 'quantity', from: '80', to: '60' },
    { kind: 'quantity', value: 60 },
  ] },
  { text: "Jamal from IT security needs the spec sheet before anything, and he's against switching.", asked: 'decision', playbook: 'general', facts: [
    { kind: 'person', name: 'Jamal', relation: 'IT security', role: 'technical-gatekeeper', stance: 'opposed' },
  ] },
  { text: "HP quoted $1,050 each, which is way over.", asked: 'alternatives', playbook: 'general', facts: [
    { kind: 'organisation', name: 'HP', relation: 'competitor' },
    { kind: 'money', amount: 1050, currency: 'USD', context: 'price' },
  ] },
  { text: "Eighty laptops, Dell or Lenovo, and IT security signs off - that's Priya.", asked: 'other', playbook: 'general', facts: [
    { kind: 'quantity', value: 80, what: 'laptops' },
    { kind: 'organisation', name: 'Dell', relation: 'competitor' },
    { kind: 'organisation', name: 'Lenovo', relation: 'competitor' },
    { kind: 'person', name: 'Priya', relation: 'IT security', role: 'technical-gatekeeper' },
  ] },

  // ─── Factory: safety gloves after an injury ──────────────────────────────────────────────────────────
  { text: "Last month a worker cut his hand on the line.", asked: 'why', playbook: 'general', facts: [
    { kind: 'date', role: 'past', start: '2026-10-01', end: '2026-10-31' },
    { kind: 'feeling', feeling: 'loss' },
    { kind: 'cue', cue: 'event', about: 'a worker cut his hand' },
  ], note: 'past event, not a buying timeline' },
  { text: "No, nobody got hurt. It's just a routine review.", asked: 'why', playbook: 'general', facts: [],
    note: 'negated injury; asked why, so "No" is not an answer fact' },
  { text: "We have 120 workers on two shifts.", asked: 'people', playbook: 'general', facts: [
    { kind: 'quantity', value: 120, what: 'workers' },
    { kind: 'quantity', value: 2, what: 'shifts' },
  ] },
  { text: "The insurer says we have to fix it within 30 days.", asked: 'date', playbook: 'general', facts: [
    { kind: 'date', role: 'deadline', end: '2026-12-23' },
  ], note: '"30 days" resolves the deadline, not a quantity' },
  { text: "Right now we buy cheap gloves from a local shop for 8 yuan a pair and they rip in a day.", asked: 'describe', playbook: 'general', facts: [
    { kind: 'money', amount: 8, currency: 'CNY', context: 'price' },
    { kind: 'cue', cue: 'complaint', about: 'they rip in a day' },
  ] },
  { text: "Ansell is what our safety officer recommended.", asked: 'alternatives', playbook: 'general', facts: [
    { kind: 'organisation', name: 'Ansell', relation: 'competitor' },
    { kind: 'person', relation: 'safety officer', role: 'influencer' },
  ] },
  { text: "How fast can you ship 500 pairs?", playbook: 'general', facts: [
    { kind: 'question', topic: 'availability' },
    { kind: 'quantity', value: 500, what: 'pairs' },
  ] },
  { text: "I'm worried the guys won't wear them if they're uncomfortable.", playbook: 'general', facts: [
    { kind: 'feeling', feeling: 'worry' },
  ] },
  { text: "A worker lost a fingertip in March, it was awful.", asked: 'why', playbook: 'general', facts: [
    { kind: 'feeling', feeling: 'loss' },
    { kind: 'cue', cue: 'event', about: 'lost a fingertip' },
    { kind: 'date', role: 'past', start: '2026-03-01', end: '2026-03-31' },
  ] },
  { text: "Our safety manager, Tom, wants samples first - can you send 5 pairs?", asked: 'decision', playbook: 'general', facts: [
    { kind: 'person', name: 'Tom', relation: 'safety manager' },
    { kind: 'question', topic: 'process' },
    { kind: 'quantity', value: 5, what: 'pairs' },
  ] },
  { text: "Mostly size L, about 60 pairs a month.", asked: 'quantity', playbook: 'general', facts: [
    { kind: 'quantity', value: 60, approximate: true, what: 'pairs' },
    { kind: 'date', role: 'frequency', text: 'a month' },
  ] },
  { text: "It wasn't an injury that started this, we just want better gloves.", asked: 'why', playbook: 'general', facts: [] },
  { text: "Had it not been for the accident we'd never have called you.", asked: 'why', playbook: 'general', facts: [
    { kind: 'cue', cue: 'event', about: 'the accident' },
  ], note: 'a counterfactual that presupposes the accident happened' },
  { text: "We're opening a second factory in Ningbo in March.", playbook: 'general', facts: [
    { kind: 'cue', cue: 'event', about: 'opening a second factory' },
    { kind: 'date', role: 'window', start: '2027-03-01', end: '2027-03-31' },
  ] },
  { text: "I'm the plant manager, Chen Jie. Mr. Wu, the owner, signs off anything over 10,000 yuan.", asked: 'name', playbook: 'general', facts: [
    { kind: 'own-name', name: 'Chen Jie', title: 'plant manager' },
    { kind: 'person', name: 'Mr. Wu', relation: 'owner', role: 'decision-maker' },
    { kind: 'money', amount: 10000, bound: 'min', currency: 'CNY', context: 'other' },
  ] },

  // ─── Family buying a piano ───────────────────────────────────────────────────────────────────────────
  { text: "We're looking at a Yamaha upright for our daughter, she's 8.", asked: 'opening', playbook: 'general', facts: [
    { kind: 'organisation', name: 'Yamaha', relation: 'competitor' },
    { kind: 'person', relation: 'daughter', role: 'user' },
  ], note: 'an age is not a quantity' },
  { text: "Around 5,000 pounds, but my husband thinks that's too much.", asked: 'money', playbook: 'general', facts: [
    { kind: 'money', amount: 5000, bound: 'about', currency: 'GBP', context: 'budget' },
    { kind: 'person', relation: 'husband', stance: 'opposed' },
  ], note: 'pounds of money for a piano, not weight' },
  { text: "We live in a flat so the neighbours would kill us - maybe a digital one?", playbook: 'general', facts: [
    { kind: 'cue', cue: 'constraint', about: 'live in a flat' },
    { kind: 'question', topic: 'product' },
  ] },
  { text: "She practises every day after school, about an hour.", asked: 'describe', playbook: 'general', facts: [
    { kind: 'date', role: 'frequency', text: 'every day' },
    { kind: 'quantity', value: 1, unit: 'hour', approximate: true },
  ] },
  { text: "Her teacher says a Kawai would be better.", asked: 'alternatives', playbook: 'general', facts: [
    { kind: 'person', relation: 'teacher', role: 'influencer' },
    { kind: 'organisation', name: 'Kawai', relation: 'competitor' },
  ] },
  { text: "My wife and I decide together.", asked: 'decision', playbook: 'general', facts: [
    { kind: 'person', relation: 'wife', role: 'decision-maker' },
  ] },
  { text: "Before her exam on May 15.", asked: 'date', playbook: 'general', facts: [
    { kind: 'date', role: 'deadline', end: '2027-05-15' },
    { kind: 'cue', cue: 'event', about: 'her exam' },
  ] },
  { text: "No rush, honestly.", asked: 'date', playbook: 'general', facts: [] },
  { text: "Is delivery to a fourth-floor walk-up extra?", playbook: 'general', facts: [
    { kind: 'question', topic: 'price' },
    { kind: 'cue', cue: 'constraint', about: 'fourth-floor walk-up' },
  ] },
  { text: "Hi, I'm Jen. Family of five, looking for a piano for my eldest, budget around £3k, ideally before Christmas.", asked: 'opening', playbook: 'general', facts: [
    { kind: 'own-name', name: 'Jen' },
    { kind: 'quantity', value: 5, what: 'people' },
    { kind: 'person', relation: 'eldest child' },
    { kind: 'money', amount: 3000, bound: 'about', currency: 'GBP', context: 'budget' },
    { kind: 'date', role: 'deadline', end: '2026-12-25' },
  ] },
  { text: "If we had the money we'd get a grand piano, but we don't.", playbook: 'general', facts: [] },
  { text: "My father-in-law plays, he'll come with us to choose.", asked: 'decision', playbook: 'general', facts: [
    { kind: 'person', relation: 'father-in-law', role: 'influencer' },
  ] },
  { text: "Used is fine, under 2,000 pounds.", asked: 'money', playbook: 'general', facts: [
    { kind: 'money', amount: 2000, bound: 'max', currency: 'GBP', context: 'budget' },
  ] },
  { text: "2000 pounds?? that's a lot for a second-hand one", playbook: 'general', facts: [
    { kind: 'money', amount: 2000, currency: 'GBP', context: 'price' },
  ] },

  // ─── Tutoring ────────────────────────────────────────────────────────────────────────────────────────
  { text: "Because zhongkao", asked: 'why', playbook: 'general', facts: [
    { kind: 'cue', cue: 'event', about: 'zhongkao' },
  ], note: 'mixed language; an exam ahead, undated' },
  { text: "Maths mainly, his grades dropped a lot this term and his teacher is concerned.", asked: 'describe', playbook: 'general', facts: [
    { kind: 'cue', cue: 'complaint', about: 'grades dropped' },
    { kind: 'person', relation: 'teacher' },
  ], note: "the teacher's concern is not the customer's feeling" },
  { text: "Twice a week, weekends only - he has basketball on weekdays.", asked: 'date', playbook: 'general', facts: [
    { kind: 'date', role: 'frequency', text: 'twice a week' },
    { kind: 'cue', cue: 'constraint', about: 'weekends only' },
  ] },
  { text: "My son is in Grade 9 and the exam is in June.", asked: 'why', playbook: 'general', facts: [
    { kind: 'person', relation: 'son' },
    { kind: 'date', role: 'deadline', start: '2027-06-01', end: '2027-06-30' },
    { kind: 'cue', cue: 'event', about: 'the exam' },
  ], note: 'Grade 9 is not a quantity' },
  { text: "My wife wants an online tutor, I'd rather in person.", playbook: 'general', facts: [
    { kind: 'person', relation: 'wife' },
  ] },
  { text: "Around 300 an hour is what we paid last year.", asked: 'money', playbook: 'general', facts: [
    { kind: 'money', amount: 300, bound: 'about', context: 'price' },
    { kind: 'date', role: 'past', start: '2025-01-01', end: '2025-12-31' },
  ] },
  { text: "What qualifications do your tutors have? The last one, from Xueersi, was a college kid.", playbook: 'general', facts: [
    { kind: 'question', topic: 'product' },
    { kind: 'organisation', name: 'Xueersi', relation: 'other' },
  ] },
  { text: "Can we do a trial lesson first?", playbook: 'general', facts: [
    { kind: 'question', topic: 'process' },
  ] },
  { text: "My wife decides, honestly, I just pay.", asked: 'decision', playbook: 'general', facts: [
    { kind: 'person', relation: 'wife', role: 'decision-maker' },
  ] },
  { text: "Zhongkao is in June and his physics is a disaster, we need someone from next week.", asked: 'why', playbook: 'general', facts: [
    { kind: 'cue', cue: 'event', about: 'zhongkao' },
    { kind: 'date', role: 'deadline', start: '2027-06-01', end: '2027-06-30' },
    { kind: 'cue', cue: 'complaint', about: 'physics is a disaster' },
    { kind: 'date', role: 'start', start: '2026-11-30', end: '2026-12-06' },
  ] },
  { text: "When it comes to money, she has the final say.", asked: 'decision', playbook: 'general', facts: [
    { kind: 'person', role: 'decision-maker' },
  ], note: '"she" refers to someone named earlier; the role is still read' },
  { text: "My wife handles the money - she has the final say on that.", asked: 'decision', playbook: 'general', facts: [
    { kind: 'person', relation: 'wife', role: 'decision-maker' },
  ] },

  // ─── Wedding photography ─────────────────────────────────────────────────────────────────────────────
  { text: "We're getting married on May 16th next year!", asked: 'opening', playbook: 'general', facts: [
    { kind: 'feeling', feeling: 'good-news' },
    { kind: 'cue', cue: 'event', about: 'getting married' },
    { kind: 'date', role: 'window', start: '2027-05-16', end: '2027-05-16' },
  ] },
  { text: "Ha, thanks. Budget is at most $3,000.", asked: 'money', playbook: 'general', facts: [
    { kind: 'money', amount: 3000, bound: 'max', currency: 'USD', context: 'budget' },
  ] },
  { text: "Small one, maybe 60 guests, in my grandmother's garden.", asked: 'describe', playbook: 'general', facts: [
    { kind: 'quantity', value: 60, approximate: true, what: 'guests' },
    { kind: 'person', relation: 'grandmother' },
  ] },
  { text: "My fiancé wants video as well, I'm not sure.", playbook: 'general', facts: [
    { kind: 'person', relation: 'fiancé' },
  ] },
  { text: "My dad passed away last year, so we want something quiet and low-key.", asked: 'why', playbook: 'general', facts: [
    { kind: 'person', relation: 'dad' },
    { kind: 'date', role: 'past', start: '2025-01-01', end: '2025-12-31' },
    { kind: 'feeling', feeling: 'loss' },
    { kind: 'cue', cue: 'event', about: 'dad passed away' },
  ] },
  { text: "No one's getting married, we just want family portraits.", asked: 'why', playbook: 'general', facts: [],
    note: 'negated wedding' },
  { text: "Do you travel to Hangzhou? The ceremony is there.", playbook: 'general', facts: [
    { kind: 'question', topic: 'availability' },
  ] },
  { text: "My sister's the one getting married, I'm just organising.", asked: 'people', playbook: 'general', facts: [
    { kind: 'person', relation: 'sister' },
    { kind: 'feeling', feeling: 'good-news' },
    { kind: 'cue', cue: 'event', about: 'sister getting married' },
  ] },
  { text: "Two photographers, the whole day, and an album - what would that cost?", playbook: 'general', facts: [
    { kind: 'quantity', value: 2, what: 'photographers' },
    { kind: 'question', topic: 'price' },
  ] },

  // ─── Small bakery ────────────────────────────────────────────────────────────────────────────────────
  { text: "I run a small bakery, three staff, and we open at 5am every day.", asked: 'describe', playbook: 'general', facts: [
    { kind: 'quantity', value: 3, what: 'staff' },
    { kind: 'date', role: 'frequency', text: 'every day' },
  ] },
  { text: "Sunrise Bakery, on Elm Street.", asked: 'name', playbook: 'general', facts: [
    { kind: 'organisation', name: 'Sunrise Bakery', relation: 'own' },
  ], note: 'the business name, not the customer\'s own name' },
  { text: "Our flour supplier put prices up 20% and deliveries are late half the time.", asked: 'describe', playbook: 'general', facts: [
    { kind: 'quantity', value: 20, unit: 'percent', what: 'price increase' },
    { kind: 'cue', cue: 'complaint', about: 'put prices up' },
    { kind: 'cue', cue: 'complaint', about: 'deliveries are late' },
    { kind: 'quantity', value: 50, unit: 'percent', what: 'deliveries' },
  ] },
  { text: "Mornings before 6 are impossible, I'm baking.", asked: 'contact', playbook: 'general', facts: [
    { kind: 'contact-preference', avoid: 'mornings before 6' },
  ] },
  { text: "Best time is after 2pm, text first.", asked: 'contact', playbook: 'general', facts: [
    { kind: 'contact-preference', channel: 'sms', when: 'after 2pm' },
  ] },
  { text: "It's Rosa. Rosa Martínez.", asked: 'name', playbook: 'general', facts: [
    { kind: 'own-name', name: 'Rosa Martínez' },
  ] },
  { text: "my number's 555-0188", asked: 'contact', playbook: 'general', facts: [
    { kind: 'contact', phone: '5550188' },
  ], note: '7-digit US number; not a quantity' },
  { text: "I'm sick of Greenmill, they shorted me twice this month.", playbook: 'general', facts: [
    { kind: 'feeling', feeling: 'frustration' },
    { kind: 'organisation', name: 'Greenmill', relation: 'current-supplier' },
    { kind: 'cue', cue: 'complaint', about: 'shorted me twice' },
    { kind: 'date', role: 'past', start: '2026-11-01', end: '2026-11-30' },
  ] },
  { text: "We go through 500 kg of flour a week.", asked: 'quantity', playbook: 'general', facts: [
    { kind: 'quantity', value: 500, unit: 'kg', what: 'flour' },
    { kind: 'date', role: 'frequency', text: 'a week' },
  ] },
  { text: "Ok 👍", playbook: 'general', facts: [] },

  // ─── Dental clinic ───────────────────────────────────────────────────────────────────────────────────
  { text: "maria.lopez@smiledental.example", asked: 'contact', playbook: 'general', facts: [
    { kind: 'contact', email: 'maria.lopez@smiledental.example' },
  ] },
  { text: "I'm Maria Lopez, office manager at Smile Dental.", asked: 'name', playbook: 'general', facts: [
    { kind: 'own-name', name: 'Maria Lopez', title: 'office manager' },
    { kind: 'organisation', name: 'Smile Dental', relation: 'own' },
  ] },
  { text: "Dr. Patel owns the practice, she signs the cheques.", asked: 'decision', playbook: 'general', facts: [
    { kind: 'person', name: 'Dr. Patel', relation: 'owner', role: 'decision-maker' },
  ] },
  { text: "We have 4 chairs and the booking system crashes every Monday.", asked: 'describe', playbook: 'general', facts: [
    { kind: 'quantity', value: 4, what: 'chairs' },
    { kind: 'cue', cue: 'complaint', about: 'the booking system crashes' },
    { kind: 'date', role: 'frequency', text: 'every Monday' },
  ] },
  { text: "Call me on +1 617 555 0188, mornings are best.", asked: 'contact', playbook: 'general', facts: [
    { kind: 'contact', phone: '+16175550188' },
    { kind: 'contact-preference', channel: 'phone', when: 'mornings' },
  ] },
  { text: "Dentrix is what we use now and we hate their support.", asked: 'alternatives', playbook: 'general', facts: [
    { kind: 'organisation', name: 'Dentrix', relation: 'current-supplier' },
    { kind: 'cue', cue: 'complaint', about: 'their support' },
    { kind: 'feeling', feeling: 'frustration' },
  ] },
  { text: "If it were just me I'd switch tomorrow.", asked: 'decision', playbook: 'general', facts: [],
    note: 'irrealis: "tomorrow" is not a date' },
  { text: "It's (617) 555-0188, or email ops@brightsmile.co.uk", asked: 'contact', playbook: 'general', facts: [
    { kind: 'contact', phone: '6175550188' },
    { kind: 'contact', email: 'ops@brightsmile.co.uk' },
  ] },
  { text: "Two hygienists and Dr. Patel use it all day.", asked: 'people', playbook: 'general', facts: [
    { kind: 'quantity', value: 2, what: 'hygienists' },
    { kind: 'person', name: 'Dr. Patel', role: 'user' },
  ] },
  { text: "We lost about $8,000 last month from no-shows.", asked: 'impact', playbook: 'general', facts: [
    { kind: 'money', amount: 8000, bound: 'about', currency: 'USD', context: 'loss' },
    { kind: 'date', role: 'past', start: '2026-10-01', end: '2026-10-31' },
    { kind: 'cue', cue: 'complaint', about: 'no-shows' },
  ] },

  // ─── Shop owner unhappy with a supplier ──────────────────────────────────────────────────────────────
  { text: "The distributor, Hengda, keeps shorting me on the cheap brands.", asked: 'describe', playbook: 'general', facts: [
    { kind: 'organisation', name: 'Hengda', relation: 'current-supplier' },
    { kind: 'cue', cue: 'complaint', about: 'shorting me on the cheap brands' },
  ] },
  { text: "Ever since that new factory opened up the road, everyone wants cheaper smokes and I can't get them.", asked: 'why', playbook: 'general', facts: [
    { kind: 'cue', cue: 'event', about: 'new factory opened up the road' },
    { kind: 'cue', cue: 'complaint', about: "I can't get them" },
  ] },
  { text: "I'm sick of it, honestly.", playbook: 'general', facts: [
    { kind: 'feeling', feeling: 'frustration' },
  ] },
  { text: "Double Happiness and Hongtashan sell out by Tuesday every week.", asked: 'describe', playbook: 'general', facts: [
    { kind: 'organisation', name: 'Double Happiness', relation: 'current-supplier' },
    { kind: 'organisation', name: 'Hongtashan', relation: 'current-supplier' },
    { kind: 'cue', cue: 'complaint', about: 'sell out by Tuesday' },
    { kind: 'date', role: 'frequency', text: 'every week' },
  ], note: '"by Tuesday" recurs weekly: not a deadline' },
  { text: "I order every week, about 50 cartons.", asked: 'quantity', playbook: 'general', facts: [
    { kind: 'date', role: 'frequency', text: 'every week' },
    { kind: 'quantity', value: 50, approximate: true, what: 'cartons' },
  ] },
  { text: "We need to sell at least thirty more cartons a week.", asked: 'impact', playbook: 'general', facts: [
    { kind: 'quantity', value: 30, what: 'cartons' },
    { kind: 'date', role: 'frequency', text: 'a week' },
  ], note: 'English rendering of 一周少说要多卖三十条' },
  { text: "It's not the price, it's that they never have stock.", asked: 'why', playbook: 'general', facts: [
    { kind: 'cue', cue: 'complaint', about: 'they never have stock' },
  ] },

  // ─── Life events, feelings, negation and irrealis ────────────────────────────────────────────────────
  { text: "We just had a baby, so the house is chaos.", asked: 'why', playbook: 'general', facts: [
    { kind: 'person', relation: 'baby' },
    { kind: 'feeling', feeling: 'good-news' },
    { kind: 'cue', cue: 'event', about: 'just had a baby' },
  ] },
  { text: "My husband got promoted, so we're upgrading.", asked: 'why', playbook: 'general', facts: [
    { kind: 'person', relation: 'husband' },
    { kind: 'feeling', feeling: 'good-news' },
    { kind: 'cue', cue: 'event', about: 'got promoted' },
  ] },
  { text: "My mum's in hospital, so I'm sorting this out for her.", asked: 'why', playbook: 'general', facts: [
    { kind: 'person', relation: 'mum' },
    { kind: 'feeling', feeling: 'loss' },
    { kind: 'cue', cue: 'event', about: "mum's in hospital" },
  ] },
  { text: "I'm worried we won't have it before the audit on December 10.", playbook: 'general', facts: [
    { kind: 'feeling', feeling: 'worry' },
    { kind: 'date', role: 'deadline', end: '2026-12-10' },
    { kind: 'cue', cue: 'event', about: 'the audit' },
  ], note: 'the deadline sits in a negated clause but is real: negation removes feelings and cues only' },
  { text: "Our office manager is leaving at the end of the month and nobody else knows the system.", asked: 'why', playbook: 'general', facts: [
    { kind: 'person', relation: 'office manager' },
    { kind: 'cue', cue: 'event', about: 'office manager is leaving' },
    { kind: 'date', role: 'window', start: '2026-11-30', end: '2026-11-30' },
  ] },
  { text: "Nobody's pregnant.", asked: 'why', playbook: 'fruit', facts: [] },
  { text: "Not pregnant, no wedding, nothing like that - just hungry.", asked: 'why', playbook: 'fruit', facts: [] },
  { text: "It's not about the price.", asked: 'why', playbook: 'general', facts: [] },
  { text: "It's not really because of the price.", asked: 'why', playbook: 'general', facts: [],
    note: 'English rendering of 倒不是因为价格' },
  { text: "The price isn't the problem.", asked: 'describe', playbook: 'general', facts: [] },
  { text: "I'm not annoyed, just busy.", playbook: 'general', facts: [] },
  { text: "I'm not worried about the price.", playbook: 'general', facts: [] },
  { text: "No complaints really.", asked: 'describe', playbook: 'general', facts: [] },
  { text: "Nothing's broken, we just want something nicer.", asked: 'why', playbook: 'general', facts: [] },
  { text: "If nothing changes, the auditors will fine us.", asked: 'impact', playbook: 'general', facts: [],
    note: 'conditional consequence: no cue; the impact step keeps its own answer' },
  { text: "Without a budget nothing happens, and we don't have one yet.", asked: 'money', playbook: 'general', facts: [] },
  { text: "We don't have a budget yet.", asked: 'money', playbook: 'general', facts: [] },
  { text: "There's no deadline.", asked: 'date', playbook: 'general', facts: [] },
  { text: "We're not in a hurry.", asked: 'date', playbook: 'general', facts: [] },
  { text: "We haven't looked at anyone else.", asked: 'alternatives', playbook: 'general', facts: [] },
  { text: "Our old supplier? Can't remember the name.", asked: 'alternatives', playbook: 'general', facts: [] },
  { text: "We never had problems with Dell.", asked: 'describe', playbook: 'general', facts: [
    { kind: 'organisation', name: 'Dell', relation: 'current-supplier' },
  ], note: 'negated complaint; the brand stays' },
  { text: "No worries, take your time.", playbook: 'general', facts: [] },
  { text: "Don't worry about it.", playbook: 'general', facts: [] },

  // ─── Answers to yes/no and confirmation questions ────────────────────────────────────────────────────
  { text: "Not really", asked: 'confirm', playbook: 'general', facts: [
    { kind: 'answer', value: 'no' },
  ] },
  { text: "Nope, that's wrong.", asked: 'confirm', playbook: 'general', facts: [
    { kind: 'answer', value: 'no' },
  ] },
  { text: "Kind of.", asked: 'confirm', playbook: 'general', facts: [
    { kind: 'answer', value: 'partly' },
  ] },
  { text: "Yes and no - the timing's right but the budget isn't.", asked: 'confirm', playbook: 'general', facts: [
    { kind: 'answer', value: 'partly' },
  ] },
  { text: "Correct, and add that the GM has to sign.", asked: 'confirm', playbook: 'general', facts: [
    { kind: 'answer', value: 'yes' },
    { kind: 'person', relation: 'GM', role: 'decision-maker' },
  ] },
  { text: "Pretty much, yes.", asked: 'confirm', playbook: 'general', facts: [
    { kind: 'answer', value: 'yes' },
  ], note: 'English rendering of 差不多吧，是的' },
  { text: "Whatever. Yes.", asked: 'confirm', playbook: 'general', facts: [
    { kind: 'answer', value: 'yes' },
  ] },
  { text: "Roughly right. But the budget should be a bit lower.", asked: 'confirm', playbook: 'general', facts: [
    { kind: 'answer', value: 'partly' },
    { kind: 'correction', target: 'money', to: 'a bit lower' },
  ], note: 'English rendering of 大体对。不过预算要少一点' },
  { text: "No - the budget... at most ten thousand, I guess.", asked: 'confirm', playbook: 'general', facts: [
    { kind: 'answer', value: 'no' },
    { kind: 'correction', target: 'money', to: 'at most ten thousand' },
    { kind: 'money', amount: 10000, bound: 'max', context: 'budget' },
  ], note: 'English rendering of 不对，预算……最多一万吧' },
  { text: "Sure.", asked: 'confirm', playbook: 'general', facts: [
    { kind: 'answer', value: 'yes' },
  ] },
  { text: "haha no", asked: 'confirm', playbook: 'general', facts: [
    { kind: 'answer', value: 'no' },
  ] },
  { text: "Sounds right, yeah. Oh, and Karen from finance will join.", asked: 'confirm', playbook: 'general', facts: [
    { kind: 'answer', value: 'yes' },
    { kind: 'person', name: 'Karen', relation: 'finance' },
  ] },
  { text: "Mostly, except it's 12 users, not 10.", asked: 'confirm', playbook: 'general', facts: [
    { kind: 'answer', value: 'partly' },
    { kind: 'correction', target: 'quantity', from: '10', to: '12' },
    { kind: 'quantity', value: 12, what: 'users' },
  ] },
  { text: "No, not two - one.", asked: 'confirm', playbook: 'general', facts: [
    { kind: 'answer', value: 'no' },
    { kind: 'correction', target: 'quantity', from: 'two', to: 'one' },
    { kind: 'quantity', value: 1 },
  ], note: 'English rendering of 不是两个，是一个' },
  { text: "Yes, we do have broadband. It's Sky, 50 meg.", asked: 'confirm', playbook: 'broadband', facts: [
    { kind: 'answer', value: 'yes' },
    { kind: 'organisation', name: 'Sky', relation: 'current-supplier' },
    { kind: 'quantity', value: 50, unit: 'Mbps' },
  ] },
  { text: "Sounds good.", asked: 'other', playbook: 'general', facts: [], note: 'not a yes/no question: nothing to store' },

  // ─── Money forms ─────────────────────────────────────────────────────────────────────────────────────
  { text: "At most 25 thousand.", asked: 'money', playbook: 'general', facts: [
    { kind: 'money', amount: 25000, bound: 'max', context: 'budget' },
  ], note: 'English rendering of 最多两万五' },
  { text: "Twenty-five grand tops, and we'd want it before the end of the year.", asked: 'money', playbook: 'general', facts: [
    { kind: 'money', amount: 25000, bound: 'max', context: 'budget' },
    { kind: 'date', role: 'deadline', end: '2026-12-31' },
  ] },
  { text: "5k", asked: 'money', playbook: 'general', facts: [
    { kind: 'money', amount: 5000, context: 'budget' },
  ] },
  { text: "At least 3 grand, we know quality isn't cheap.", asked: 'money', playbook: 'general', facts: [
    { kind: 'money', amount: 3000, bound: 'min', context: 'budget' },
  ] },
  { text: "Less than 500 bucks for the lot, there are 12 of them.", asked: 'money', playbook: 'general', facts: [
    { kind: 'money', amount: 500, bound: 'max', currency: 'USD', context: 'budget' },
    { kind: 'quantity', value: 12 },
  ] },
  { text: "buget is arond 10k", asked: 'money', playbook: 'general', facts: [
    { kind: 'money', amount: 10000, bound: 'about', context: 'budget' },
  ], note: 'typos' },
  { text: "Budget 大概 5k", asked: 'money', playbook: 'general', facts: [
    { kind: 'money', amount: 5000, bound: 'about', context: 'budget' },
  ], note: 'mixed language' },
  { text: "Our current system costs us $1,200 a year and nobody uses half of it.", asked: 'describe', playbook: 'general', facts: [
    { kind: 'money', amount: 1200, currency: 'USD', context: 'price' },
    { kind: 'date', role: 'frequency', text: 'a year' },
    { kind: 'quantity', value: 50, unit: 'percent' },
    { kind: 'cue', cue: 'complaint', about: 'nobody uses half of it' },
  ] },
  { text: "Revenue's about 2 million a year, so this is small money for us.", asked: 'money', playbook: 'general', facts: [
    { kind: 'money', amount: 2000000, bound: 'about', context: 'revenue' },
    { kind: 'date', role: 'frequency', text: 'a year' },
  ] },

  // ─── Questions to the bot ────────────────────────────────────────────────────────────────────────────
  { text: "Are you a bot?", playbook: 'general', facts: [
    { kind: 'question', topic: 'other' },
  ] },
  { text: "How does payment work? Our accounts team needs an invoice, Mrs. Ng handles it.", playbook: 'general', facts: [
    { kind: 'question', topic: 'process' },
    { kind: 'person', name: 'Mrs. Ng', relation: 'accounts', role: 'purchaser' },
  ] },
  { text: "How long does delivery take? We need it by Friday.", playbook: 'general', facts: [
    { kind: 'question', topic: 'availability' },
    { kind: 'date', role: 'deadline', end: '2026-11-27' },
  ] },
  { text: "how much is it?", asked: 'quantity', playbook: 'general', facts: [
    { kind: 'question', topic: 'price' },
  ], note: 'a question back instead of an answer' },
  { text: "Before I answer that - do you even do installs in Shenzhen?", asked: 'people', playbook: 'general', facts: [
    { kind: 'question', topic: 'availability' },
  ] },

  // ─── Contact, own name, contact preferences ──────────────────────────────────────────────────────────
  { text: "WeChat: lily88", asked: 'contact', playbook: 'general', facts: [
    { kind: 'contact', other: 'WeChat: lily88' },
  ] },
  { text: "+44 20 7946 0958, after 5 UK time please", asked: 'contact', playbook: 'general', facts: [
    { kind: 'contact', phone: '+442079460958' },
    { kind: 'contact-preference', when: 'after 5 UK time' },
  ] },
  { text: "Don't call, I can't talk at work. Text is fine.", asked: 'contact', playbook: 'general', facts: [
    { kind: 'contact-preference', channel: 'sms', avoid: 'calls at work' },
  ] },
  { text: "Call me Sam.", asked: 'name', playbook: 'general', facts: [
    { kind: 'own-name', name: 'Sam' },
  ], note: 'a name, not a call-me request' },
  { text: "Mrs. Chen", asked: 'name', playbook: 'general', facts: [
    { kind: 'own-name', name: 'Chen', title: 'Mrs.' },
  ] },
  { text: "Dr. Amir Haddad, but Amir is fine.", asked: 'name', playbook: 'general', facts: [
    { kind: 'own-name', name: 'Amir Haddad', title: 'Dr.' },
  ] },
  { text: "Sure, call me on 138 1234 5678, surname's Wang, between 2 and 5 in the afternoon is fine, not at lunchtime.", asked: 'contact', playbook: 'general', facts: [
    { kind: 'answer', value: 'yes' },
    { kind: 'contact', phone: '13812345678' },
    { kind: 'own-name', name: 'Wang' },
    { kind: 'contact-preference', channel: 'phone', when: 'between 2 and 5 in the afternoon', avoid: 'lunchtime' },
  ], note: 'English rendering of 可以，打我电话13812345678，姓王，下午两点到五点之间方便，中午别打; the bot had asked "may a colleague call you?"' },
  { text: "I'm Tom Becker, tom.becker@beckerbau.de, and my mobile is +49 151 2345 6789.", asked: 'contact', playbook: 'general', facts: [
    { kind: 'own-name', name: 'Tom Becker' },
    { kind: 'contact', email: 'tom.becker@beckerbau.de' },
    { kind: 'contact', phone: '+4915123456789' },
  ] },
  { text: "Evenings are best, after the kids are in bed.", asked: 'contact', playbook: 'general', facts: [
    { kind: 'contact-preference', when: 'evenings' },
    { kind: 'person', relation: 'kids' },
  ] },
  { text: "WhatsApp is easier, same number, but not before 10.", asked: 'contact', playbook: 'general', facts: [
    { kind: 'contact-preference', channel: 'chat', avoid: 'before 10' },
  ] },
  { text: "Can someone call me tomorrow morning? 555-0142.", playbook: 'general', facts: [
    { kind: 'request', request: 'call-me' },
    { kind: 'contact', phone: '5550142' },
    { kind: 'contact-preference', channel: 'phone', when: 'tomorrow morning' },
  ] },

  // ─── Mixed-language messages ─────────────────────────────────────────────────────────────────────────
  { text: "We need 两百 units by next month.", asked: 'quantity', playbook: 'general', facts: [
    { kind: 'quantity', value: 200, what: 'units' },
    { kind: 'date', role: 'deadline', start: '2026-12-01', end: '2026-12-31' },
  ] },
  { text: "My 老婆 decides.", asked: 'decision', playbook: 'general', facts: [
    { kind: 'person', relation: '老婆', role: 'decision-maker' },
  ] },
  { text: "The boss, 王总, wants it before 春节.", asked: 'date', playbook: 'general', facts: [
    { kind: 'person', name: '王总', relation: 'boss' },
    { kind: 'date', role: 'deadline', end: '2027-02-06' },
  ] },
  { text: "We use 钉钉 for everything now, 45 people.", asked: 'describe', playbook: 'general', facts: [
    { kind: 'organisation', name: '钉钉', relation: 'current-supplier' },
    { kind: 'quantity', value: 45, what: 'people' },
  ] },
  { text: "The decision is 王总's, he's back 下周一.", asked: 'decision', playbook: 'general', facts: [
    { kind: 'person', name: '王总', role: 'decision-maker' },
    { kind: 'date', role: 'start', start: '2026-11-30' },
  ] },
  { text: "OK 好的 thanks", playbook: 'general', facts: [] },

  // ─── Greetings, filler, thanks, off-topic ────────────────────────────────────────────────────────────
  { text: "Hello", asked: 'opening', playbook: 'general', facts: [] },
  { text: "Hi there!", asked: 'opening', playbook: 'general', facts: [] },
  { text: "Good morning :)", asked: 'opening', playbook: 'general', facts: [] },
  { text: "Happy Monday!", asked: 'opening', playbook: 'general', facts: [], note: 'a weekday in a greeting is not a date' },
  { text: "Thanks!", playbook: 'general', facts: [] },
  { text: "thx", playbook: 'general', facts: [] },
  { text: "Cheers mate", playbook: 'general', facts: [] },
  { text: "Okay.", playbook: 'general', facts: [] },
  { text: "hmm let me think", asked: 'why', playbook: 'general', facts: [] },
  { text: "Oh, by the way...", playbook: 'general', facts: [], note: 'English rendering of 对了' },
  { text: "Hmm.", asked: 'other', playbook: 'general', facts: [], note: 'English rendering of 嗯' },
  { text: "Right.", playbook: 'general', facts: [] },
  { text: "I see.", playbook: 'general', facts: [] },
  { text: "Interesting.", playbook: 'general', facts: [] },
  { text: "Good, good.", playbook: 'general', facts: [] },
  { text: "lol", playbook: 'general', facts: [] },
  { text: "😂", playbook: 'general', facts: [] },
  { text: "Sorry, typo.", playbook: 'general', facts: [] },
  { text: "Hmm, good question.", asked: 'criteria', playbook: 'general', facts: [] },
  { text: "Good question, I don't know.", asked: 'impact', playbook: 'general', facts: [] },
  { text: "Not sure yet.", asked: 'people', playbook: 'general', facts: [] },
  { text: "I'd have to ask.", asked: 'decision', playbook: 'general', facts: [] },
  { text: "Honestly I don't know who decides.", asked: 'decision', playbook: 'general', facts: [] },
  { text: "Myself.", asked: 'decision', playbook: 'general', facts: [], note: 'English rendering of 自己: "myself" is not a person' },
  { text: "It's for me.", asked: 'people', playbook: 'general', facts: [] },
  { text: "We, the management team, are still discussing it.", asked: 'decision', playbook: 'general', facts: [],
    note: '"We" is neither a person nor an organisation' },
  { text: "Let me check with my team and get back to you.", playbook: 'general', facts: [] },
  { text: "Let me think about what matters most.", asked: 'criteria', playbook: 'general', facts: [] },
  { text: "whatever's cheapest", asked: 'criteria', playbook: 'general', facts: [] },
  { text: "Looked at a few things online, nothing specific.", asked: 'alternatives', playbook: 'general', facts: [] },
  { text: "I wasn't planning to buy anything today, just browsing.", asked: 'opening', playbook: 'general', facts: [] },
  { text: "It's been raining all week here, ugh.", playbook: 'general', facts: [], note: 'off-topic; not a frequency' },
  { text: "Sorry, my cat just walked across the keyboard.", playbook: 'general', facts: [] },
  { text: "Morning! Hope your week's going well.", asked: 'opening', playbook: 'general', facts: [] },
  { text: "That makes sense.", playbook: 'general', facts: [] },
  { text: "Let me grab a coffee, back in a sec.", playbook: 'general', facts: [] },
  { text: "Sorry, I'm not the right person to ask about that.", asked: 'money', playbook: 'general', facts: [] },
  { text: "Nobody's pregnant, we're not moving, nothing's changed - it's just time.", asked: 'why', playbook: 'general', facts: [] },
  { text: "Honestly, it's not urgent and it's not about money.", asked: 'why', playbook: 'general', facts: [] },
  { text: "Fine.", asked: 'other', playbook: 'general', facts: [] },
  { text: "Ha, my husband would say I talk too much.", asked: 'describe', playbook: 'general', facts: [
    { kind: 'person', relation: 'husband' },
  ], note: 'a joke, but the husband is mentioned' },

  // ─── Longer messages that answer something else than asked ───────────────────────────────────────────
  { text: "Before we talk goals: we have 30 people, budget is about 15k, and our IT head Priya must sign off.", asked: 'why', playbook: 'general', facts: [
    { kind: 'quantity', value: 30, what: 'people' },
    { kind: 'money', amount: 15000, bound: 'about', context: 'budget' },
    { kind: 'person', name: 'Priya', relation: 'IT head', role: 'technical-gatekeeper' },
  ] },
  { text: "It's for 30 people.", asked: 'date', playbook: 'general', facts: [
    { kind: 'quantity', value: 30, what: 'people' },
  ] },
  { text: "Price matters less than reliability - our last provider went down in August and we lost orders.", asked: 'criteria', playbook: 'general', facts: [
    { kind: 'cue', cue: 'event', about: 'provider went down' },
    { kind: 'date', role: 'past', start: '2026-08-01', end: '2026-08-31' },
    { kind: 'cue', cue: 'complaint', about: 'we lost orders' },
  ] },
  { text: "Hey! Quick one - we're a dental clinic, 4 chairs, using Dentrix, and the reminders don't work. Can you help before Christmas?", asked: 'opening', playbook: 'general', facts: [
    { kind: 'quantity', value: 4, what: 'chairs' },
    { kind: 'organisation', name: 'Dentrix', relation: 'current-supplier' },
    { kind: 'cue', cue: 'complaint', about: "the reminders don't work" },
    { kind: 'question', topic: 'availability' },
    { kind: 'date', role: 'deadline', end: '2026-12-25' },
  ] },
  { text: "Not sure about budget. My partner Alex handles that and he's away until next week.", asked: 'money', playbook: 'general', facts: [
    { kind: 'person', name: 'Alex', relation: 'partner' },
    { kind: 'date', role: 'start', start: '2026-11-30' },
  ] },
  { text: "We got a quote from Canon for £2,400 but honestly I'd rather not spend more than two grand.", asked: 'alternatives', playbook: 'general', facts: [
    { kind: 'organisation', name: 'Canon', relation: 'competitor' },
    { kind: 'money', amount: 2400, currency: 'GBP', context: 'price' },
    { kind: 'money', amount: 2000, bound: 'max', context: 'budget' },
  ] },
  { text: "There are 6 of us in the studio, we print maybe 2,000 pages a week and the old Brother jams constantly.", asked: 'describe', playbook: 'general', facts: [
    { kind: 'quantity', value: 6, what: 'people' },
    { kind: 'quantity', value: 2000, approximate: true, what: 'pages' },
    { kind: 'date', role: 'frequency', text: 'a week' },
    { kind: 'organisation', name: 'Brother', relation: 'current-supplier' },
    { kind: 'cue', cue: 'complaint', about: 'jams constantly' },
  ] },
  { text: "School starts on September 1 and she needs a laptop by then, nothing over 600 dollars.", asked: 'other', playbook: 'general', facts: [
    { kind: 'date', role: 'deadline', end: '2027-09-01' },
    { kind: 'money', amount: 600, bound: 'max', currency: 'USD', context: 'budget' },
  ] },
  { text: "My son's in Year 11, he's struggling with chemistry and his mock exams are in January.", asked: 'describe', playbook: 'general', facts: [
    { kind: 'person', relation: 'son' },
    { kind: 'cue', cue: 'complaint', about: 'struggling with chemistry' },
    { kind: 'cue', cue: 'event', about: 'mock exams' },
    { kind: 'date', role: 'deadline', start: '2027-01-01', end: '2027-01-31' },
  ] },
  { text: "Ugh, another question. Fine: 25 users, Outlook for email, and we need it running before Thanksgiving.", asked: 'quantity', playbook: 'general', facts: [
    { kind: 'feeling', feeling: 'impatience' },
    { kind: 'quantity', value: 25, what: 'users' },
    { kind: 'organisation', name: 'Outlook', relation: 'current-supplier' },
    { kind: 'date', role: 'deadline', end: '2026-11-26' },
  ] },
  { text: "We're a family of four, we bought a Samsung last year and it broke within a year.", asked: 'describe', playbook: 'general', facts: [
    { kind: 'quantity', value: 4, what: 'people' },
    { kind: 'organisation', name: 'Samsung', relation: 'current-supplier' },
    { kind: 'date', role: 'past', start: '2025-01-01', end: '2025-12-31' },
    { kind: 'cue', cue: 'complaint', about: 'it broke within a year' },
  ] },
  { text: "The hotel opens a new wing in March with 80 more rooms, so we'll need about twice the baijiu.", asked: 'why', playbook: 'baijiu', facts: [
    { kind: 'cue', cue: 'event', about: 'opens a new wing' },
    { kind: 'date', role: 'window', start: '2027-03-01', end: '2027-03-31' },
    { kind: 'quantity', value: 80, what: 'rooms' },
  ], note: '"twice" is a ratio without a unit of the canonical list' },
  { text: "Honestly we're fine with Moutai, I'm only asking because the GM told me to.", asked: 'why', playbook: 'baijiu', facts: [
    { kind: 'organisation', name: 'Moutai', relation: 'current-supplier' },
    { kind: 'person', relation: 'GM' },
  ] },
  { text: "Hurry up, I've got ten minutes. Just tell me the price for 40 team leads.", playbook: 'training', facts: [
    { kind: 'feeling', feeling: 'impatience' },
    { kind: 'question', topic: 'price' },
    { kind: 'quantity', value: 40, what: 'team leads' },
  ] },
  { text: "We want to double sales in the north region next year, the team leads just can't coach.", asked: 'why', playbook: 'training', facts: [
    { kind: 'date', role: 'window', start: '2027-01-01', end: '2027-12-31' },
    { kind: 'cue', cue: 'complaint', about: "team leads just can't coach" },
  ] },
  { text: "Ms. Liu from HR will shortlist, but my boss Mr. Fang makes the final call.", asked: 'decision', playbook: 'training', facts: [
    { kind: 'person', name: 'Ms. Liu', relation: 'HR', role: 'influencer' },
    { kind: 'person', name: 'Mr. Fang', relation: 'boss', role: 'decision-maker' },
  ] },
  { text: "We're a cleaning company, 35 cleaners, mostly in hospitals, so everything has to be hospital-grade.", asked: 'describe', playbook: 'cleaning', facts: [
    { kind: 'quantity', value: 35, what: 'cleaners' },
    { kind: 'cue', cue: 'constraint', about: 'hospital-grade' },
  ] },
  { text: "My back's been killing me from wringing the old mop, and I'm 64.", asked: 'why', playbook: 'cleaning', facts: [
    { kind: 'cue', cue: 'complaint', about: 'back killing me from wringing the old mop' },
    { kind: 'cue', cue: 'constraint', about: "I'm 64" },
  ], note: 'age as a constraint of people, not a quantity' },
  { text: "We might start with 10 and see how it goes. Is there a discount if we order more later?", asked: 'quantity', playbook: 'cleaning', facts: [
    { kind: 'quantity', value: 10 },
    { kind: 'question', topic: 'price' },
  ] },
  { text: "We just opened a second shop last week and everything's a mess.", asked: 'why', playbook: 'general', facts: [
    { kind: 'cue', cue: 'event', about: 'opened a second shop' },
    { kind: 'date', role: 'past', start: '2026-11-16', end: '2026-11-22' },
    { kind: 'cue', cue: 'complaint', about: "everything's a mess" },
  ] },
  { text: "Yesterday the freezer died and we lost about ¥6,000 of stock.", asked: 'impact', playbook: 'general', facts: [
    { kind: 'date', role: 'past', start: '2026-11-22', end: '2026-11-22' },
    { kind: 'cue', cue: 'event', about: 'the freezer died' },
    { kind: 'money', amount: 6000, bound: 'about', currency: 'CNY', context: 'loss' },
  ] },
  { text: "We have 3 shops and I'd like them all on one system by March 31.", asked: 'describe', playbook: 'general', facts: [
    { kind: 'quantity', value: 3, what: 'shops' },
    { kind: 'date', role: 'deadline', end: '2027-03-31' },
  ] },
  { text: "Could you do the 15th instead?", asked: 'date', playbook: 'training', facts: [
    { kind: 'date', role: 'window', start: '2026-12-15', end: '2026-12-15' },
  ] },
  { text: "It's my wife's call. She wants a Yamaha, I'd go for Kawai.", asked: 'decision', playbook: 'general', facts: [
    { kind: 'person', relation: 'wife', role: 'decision-maker' },
    { kind: 'organisation', name: 'Yamaha', relation: 'competitor' },
    { kind: 'organisation', name: 'Kawai', relation: 'competitor' },
  ] },
  { text: "About 120 square metres, two floors, and we have a dog that sheds like crazy.", asked: 'describe', playbook: 'cleaning', facts: [
    { kind: 'quantity', value: 120, unit: 'm2', approximate: true },
    { kind: 'quantity', value: 2, what: 'floors' },
    { kind: 'cue', cue: 'constraint', about: 'a dog that sheds' },
  ] },
  { text: "Unusual one - I want the smallest, greenest plums you have, about 3 kg.", asked: 'opening', playbook: 'fruit', facts: [
    { kind: 'cue', cue: 'deviation', about: 'the smallest, greenest plums' },
    { kind: 'quantity', value: 3, unit: 'kg', approximate: true },
  ] },
  { text: "We want 40 licences for a 10-person team - the extra ones are for freelancers.", asked: 'quantity', playbook: 'general', facts: [
    { kind: 'quantity', value: 40, what: 'licences' },
    { kind: 'quantity', value: 10, what: 'people' },
    { kind: 'cue', cue: 'deviation', about: '40 licences for a 10-person team' },
  ] },
  { text: "I'm a bit worried about the install, my dad's 90 and lives alone.", playbook: 'broadband', facts: [
    { kind: 'feeling', feeling: 'worry' },
    { kind: 'person', relation: 'dad' },
    { kind: 'cue', cue: 'constraint', about: '90 and lives alone' },
  ] },
  { text: "Can I speak to a real person? And please delete what I've told you so far.", playbook: 'general', facts: [
    { kind: 'request', request: 'person' },
    { kind: 'request', request: 'delete-data' },
  ] },
  { text: "Stop. Don't message me again, I've already signed with Comcast.", playbook: 'broadband', facts: [
    { kind: 'request', request: 'stop' },
    { kind: 'organisation', name: 'Comcast', relation: 'current-supplier' },
  ] },
  { text: "Nobody's worried about the install, just tell me the price for 3 rooms.", playbook: 'general', facts: [
    { kind: 'question', topic: 'price' },
    { kind: 'quantity', value: 3, what: 'rooms' },
  ], note: 'negated worry' },
  { text: "Before our fiscal year ends on June 30 we have to spend the training budget, about 60,000 yuan.", asked: 'date', playbook: 'training', facts: [
    { kind: 'date', role: 'deadline', end: '2027-06-30' },
    { kind: 'money', amount: 60000, bound: 'about', currency: 'CNY', context: 'budget' },
  ] },
  { text: "We're about 8 weeks behind on every project because handovers get lost.", asked: 'impact', playbook: 'general', facts: [
    { kind: 'quantity', value: 8, unit: 'week', approximate: true },
    { kind: 'cue', cue: 'complaint', about: 'handovers get lost' },
  ] },
  { text: "Only about 60% of the lads actually wear the gloves we have now, they're too thick.", asked: 'describe', playbook: 'general', facts: [
    { kind: 'quantity', value: 60, unit: 'percent', approximate: true, what: 'lads' },
    { kind: 'cue', cue: 'complaint', about: "they're too thick" },
  ] },
  { text: "If the price is right we'd take more - right now it's about 50 cases a month.", asked: 'quantity', playbook: 'baijiu', facts: [
    { kind: 'quantity', value: 50, approximate: true, what: 'cases' },
    { kind: 'date', role: 'frequency', text: 'a month' },
  ], note: 'the conditional clause carries no number' },

  // ─── Known gaps of the reader, labelled before their rules (issue #14, after the fresh sets) ──────────
  { text: "About 25 people, and we need it live by March", asked: 'quantity', playbook: 'general', facts: [
    { kind: 'quantity', value: 25, approximate: true, what: 'people' },
    { kind: 'date', role: 'deadline', start: '2027-03-01', end: '2027-03-31' },
  ], note: 'a month after "by" is the deadline period' },
  { text: "No, mid-month is our closing week.", asked: 'confirm', playbook: 'training', facts: [
    { kind: 'answer', value: 'no' },
    { kind: 'cue', cue: 'constraint', about: 'mid-month is our closing week' },
  ], note: 'a rejected proposal: a no and its reason, no date to file' },
  { text: "Not next week, we're fully booked then.", asked: 'confirm', playbook: 'cleaning', facts: [
    { kind: 'answer', value: 'no' },
  ], note: 'a period they cannot do is no timeline' },
  { text: "A kilo of plums please, and a pound of kiwis.", asked: 'quantity', playbook: 'fruit', facts: [
    { kind: 'quantity', value: 1, unit: 'kg', what: 'plums' },
    { kind: 'quantity', value: 1, unit: 'lb', what: 'kiwis' },
  ] },
  { text: "Just a pound of cherries.", asked: 'quantity', playbook: 'fruit', facts: [
    { kind: 'quantity', value: 1, unit: 'lb', what: 'cherries' },
  ] },
  { text: "My daughter's seven and wants to learn piano.", asked: 'describe', playbook: 'general', facts: [
    { kind: 'person', relation: 'daughter' },
  ], note: 'an age is not a quantity in this table' },
];
