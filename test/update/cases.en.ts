import { FilingCase } from './types';

/**
 * Filing by content, English (issue #14, DESIGN.md 2. Update). Written before the filing rules, from the
 * issue's examples and what a rep would want in the record: every fact goes to the area of its kind whatever
 * was asked; the asked area only breaks ties for a bare number; filler fills nothing.
 */
export const FILING_CASES_EN: FilingCase[] = [
  // ─── The examples ──────────────────────────────────────────────────────────────────────────────
  { playbook: 'general', asked: 'goals', text: 'Around 40,000 dollars for the first year',
    fills: { budget: { money: { amount: 40000, bound: 'about' } } }, not: ['goals', 'users', 'timing'],
    note: 'a budget answering the goals question is the budget, not the goal' },
  { playbook: 'general', asked: 'current', text: 'Today we use shared spreadsheets',
    fills: { current: true }, not: ['timing'], note: '"today" of the current way of working is no timeline' },
  { playbook: 'general', asked: 'timing', text: 'Today we use shared spreadsheets',
    fills: { current: true }, not: ['timing'], note: 'asked the timing, the answer still holds no date' },
  { playbook: 'general', asked: 'timing', text: 'My wife started working from home last month',
    fills: {}, not: ['timing'], note: 'a past event is never the buying timeline' },
  { playbook: 'general', asked: 'timing', text: 'We need it before our fiscal year ends on June 30',
    fills: { timing: { date: { end: '2027-06-30' } } }, not: [], note: 'a deadline, not the whole year' },
  { playbook: 'general', asked: 'goals', text: 'Okay.', fills: {}, not: ['goals'], note: 'filler answers nothing' },
  { playbook: 'general', asked: 'criteria', text: 'Okay.', fills: {}, not: ['criteria'] },
  { playbook: 'general', asked: 'alternatives', text: 'Not really', fills: { alternatives: { names: [] } }, not: [],
    note: 'a "no" answers the question and names no competitor' },
  { playbook: 'general', asked: 'alternatives', text: "You're not listening", fills: {}, not: ['alternatives'],
    absent: ['competitors'] },
  { playbook: 'general', asked: 'alternatives', text: 'We looked at HubSpot and Salesforce',
    fills: { alternatives: { names: ['HubSpot', 'Salesforce'] } }, not: [], note: 'names only, no "looked at"' },
  { playbook: 'general', asked: 'users', text: 'half get lost. Budget maybe 5k',
    fills: { budget: { money: { amount: 5000, bound: 'about' } } }, not: ['users'], note: '"half" is no head count' },
  { playbook: 'fruit', asked: 'quantity', text: 'Two pounds.',
    fills: { quantity: { quantity: { value: 2 } } }, not: [], absent: ['budget'], note: 'a weight, never money' },

  // ─── The asked area breaks ties only for a bare number ────────────────────────────────────────────────
  { playbook: 'general', asked: 'users', text: '40', fills: { users: { quantity: { value: 40 } } }, not: ['budget'] },
  { playbook: 'general', asked: 'users', text: 'Around 40 users, give or take',
    fills: { users: { quantity: { value: 40 } } }, not: ['budget'] },
  { playbook: 'training', asked: 'seats', text: 'Three managers: Manager Li, Manager Wang and Manager Song.',
    fills: { seats: { quantity: { value: 3 } } }, not: ['decision', 'budget'], note: 'named people without a role decide nothing' },

  // ─── Volunteered facts fill their own areas ───────────────────────────────────────────────────────────
  { playbook: 'general', asked: 'goals', text: 'We want to cut the time spent on reports, and the budget is about $20k.',
    fills: { goals: true, budget: { money: { amount: 20000, bound: 'about' } } }, not: ['users', 'timing'] },
  { playbook: 'general', asked: 'use', text: 'A CRM for our 12 sales reps',
    fills: { use: true, users: { quantity: { value: 12 } } }, not: ['budget'] },
  { playbook: 'general', asked: 'users', text: 'About 25 people, and we need it live by March',
    fills: { users: { quantity: { value: 25 } }, timing: { date: { end: '2027-03-31' } } }, not: ['budget'] },
  { playbook: 'general', asked: 'current', text: 'We use Salesforce today but it is too expensive',
    fills: { current: true }, not: ['timing', 'budget'],
    note: 'the current supplier is kept among the competitors but does not answer the alternatives question' },
  { playbook: 'general', asked: 'goals', text: 'The IT head Priya decides, my boss signs off',
    fills: { decision: { people: ['Priya'] } }, not: ['goals'] },
  { playbook: 'training', asked: 'goals', text: 'We need the course done before Christmas.',
    fills: { schedule: { date: { end: '2026-12-25' } } }, not: ['goals', 'seats'] },

  // ─── Money: budget only, bounds kept ──────────────────────────────────────────────────────────────────
  { playbook: 'general', asked: 'budget', text: 'Budget maybe 5k', fills: { budget: { money: { amount: 5000, bound: 'about' } } }, not: [] },
  { playbook: 'general', asked: 'budget', text: 'At most 30,000 dollars.',
    fills: { budget: { money: { amount: 30000, bound: 'max' } } }, not: [], note: 'a ceiling, not a range to itself' },
  { playbook: 'general', asked: 'budget', text: 'Somewhere between 20,000 and 25,000 dollars',
    fills: { budget: { money: { amount: 20000, max: 25000 } } }, not: [] },
  { playbook: 'broadband', asked: 'budget', text: 'We pay £40 a month now.', fills: {}, not: ['budget'],
    note: 'what they pay today is a price, not what they will spend' },
  { playbook: 'training', asked: 'decision', text: 'The GM signs anything over 50,000.',
    fills: { decision: { people: ['GM'] } }, not: ['budget'], note: 'an approval threshold is not the budget' },

  // ─── Dates: only a buying time is a timeline ──────────────────────────────────────────────────────────
  { playbook: 'training', asked: 'schedule', text: 'Last year we did a similar course.', fills: {}, not: ['schedule'] },
  { playbook: 'general', asked: 'goals', text: "If it were cheaper I'd switch tomorrow.", fills: {}, not: ['timing'],
    note: 'irrealis carries no date' },
  { playbook: 'broadband', asked: 'timing', text: 'We move in on December 15.',
    fills: { timing: { date: { start: '2026-12-15' } } }, not: [] },
  { playbook: 'general', asked: 'timing', text: 'We meet every week to go through the pipeline.', fills: {}, not: ['timing'],
    note: 'a frequency is no buying time' },

  // ─── Other areas ──────────────────────────────────────────────────────────────────────────────────────
  { playbook: 'baijiu', asked: 'supply', text: 'About 300 bottles a month.', fills: { supply: { quantity: { value: 300 } } }, not: ['budget'] },
  { playbook: 'fruit', asked: 'item', text: "I'd like two pounds of plums, the sour ones please.",
    fills: { item: true, quantity: { quantity: { value: 2 } } }, not: [], absent: ['budget'] },
  { playbook: 'general', asked: 'goals', text: 'Call me on +1 617 555 0188.', fills: {}, not: ['goals', 'users', 'budget'],
    note: 'a phone number is contact, not content for the goals' },
  { playbook: 'general', asked: 'goals', text: 'Thanks.', fills: {}, not: ['goals'] },
  { playbook: 'general', asked: 'decision', text: 'Hmm, okay.', fills: {}, not: ['decision'] },
  // ─── Corrections anywhere replace the old value everywhere ────────────────────────────────────────────
  { playbook: 'general', before: [{ asked: 'decision', text: 'Mr. Zhang has the final say.' }], asked: 'timing',
    text: "Not Zhang, sorry - it's Mr. Wang.", fills: {}, not: ['timing'], gone: ['Zhang'], kept: ['Mr. Wang'],
    note: 'an unprompted correction of a person: the decider is Mr. Wang now, Zhang is nowhere in the profile' },
];
