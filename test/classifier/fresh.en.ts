import { LabelledQuestion } from './cases';

/**
 * Issue 18: a fresh batch written after the rules, in domains the rules were not written for (office
 * furniture, catering, car insurance, cloud storage, printing, gym memberships), scored once before any fix
 * (first score in test/practice/SCORES.md). Labels follow METHOD.md and the conventions of cases.en.ts.
 */
export const FRESH_EN: LabelledQuestion[] = [
  // open (5)
  { text: 'What made you start looking at new office chairs this spring?', type: 'open' },
  { text: 'Who will be sitting in these chairs most of the day?', type: 'open' },
  { text: 'What do your guests usually say about the food at your events?', type: 'open' },
  { text: 'Which features would you never give up in a gym membership?', type: 'open' },
  { text: 'How come the renewal is coming up for review now?', type: 'open' },
  // closed (4)
  { text: 'Is the insurance in your name or your company\'s?', type: 'closed' },
  { text: 'Have you printed with anyone else this year?', type: 'closed' },
  { text: 'How many terabytes are you storing today?', type: 'closed' },
  { text: 'Do you need the chairs delivered before the move?', type: 'closed' },
  // descriptive (4)
  { text: 'Walk me through what happens on the morning of a big event.', type: 'descriptive' },
  { text: 'Could you describe how a claim went the last time you had one?', type: 'descriptive' },
  { text: 'Tell me about a normal week for your print orders.', type: 'descriptive' },
  { text: 'Can you take me through how files get shared between your offices today?', type: 'descriptive' },
  // clarifying (3)
  { text: 'When you say the chairs are uncomfortable, is it the seat or the back?', type: 'clarifying' },
  { text: 'By "expensive", do you mean the monthly fee or the joining fee?', type: 'clarifying' },
  { text: 'What exactly do you mean by a slow upload?', type: 'clarifying' },
  // consultative (3)
  { text: 'What if we started with a trial of ten chairs on one floor?', type: 'consultative' },
  { text: 'How would it be if the caterer brought a tasting menu next week?', type: 'consultative' },
  { text: 'Would it help to move only the archive to the cloud first?', type: 'consultative' },
  // impact-unsolved (3)
  { text: 'If the backaches carry on, what does that mean for your team?', type: 'impact-unsolved' },
  { text: 'What happens to your deadlines if the printer keeps jamming?', type: 'impact-unsolved' },
  { text: 'If nothing is done about the storage limit, where does that leave you next year?', type: 'impact-unsolved' },
  // impact-solved (3)
  { text: 'If the claims were paid within a week, what would that change for you?', type: 'impact-solved' },
  { text: 'Suppose every guest got their meal on time, how would that help the evening?', type: 'impact-solved' },
  { text: 'If your files synced instantly, what would your team do with the time saved?', type: 'impact-solved' },
  // hypothesis (4)
  { text: 'It sounds to me like the real issue is that nobody trusts the backups. Would you agree?', type: 'hypothesis' },
  { text: 'My sense is that comfort matters more to you than price here. Is that fair?', type: 'hypothesis' },
  { text: 'So your main worry is being let down on the day itself, am I right?', type: 'hypothesis' },
  { text: 'Correct me if I\'m wrong, but what you need is cover that pays out quickly, not the cheapest policy.', type: 'hypothesis' },
  // repeat-back (3)
  { text: 'So that\'s forty chairs for the third floor by the 20th, right?', type: 'repeat-back' },
  { text: 'Let me make sure I have it: two hundred guests, vegetarian options, Saturday the 9th.', type: 'repeat-back' },
  { text: 'In other words, you want the print run ready before the trade fair.', type: 'repeat-back' },
  // objection-test (3)
  { text: 'If we matched your current price, would you switch to us?', type: 'objection-test' },
  { text: 'Apart from the joining fee, is anything else holding you back?', type: 'objection-test' },
  { text: 'What would we need to show you before you felt confident moving your data?', type: 'objection-test' },
  // pitch (3)
  { text: 'Our ergonomic chairs come with a twelve-year warranty, the longest on the market.', type: 'pitch' },
  { text: 'We are running a 25% discount on annual memberships this month, interested?', type: 'pitch' },
  { text: 'Our cloud plan has unlimited storage and military-grade encryption. Shall I set it up?', type: 'pitch' },
  // other (2)
  { text: 'Thanks, that really helps.', type: 'other' },
  { text: 'Great to meet you, Ms. Zhao.', type: 'other' },
];
