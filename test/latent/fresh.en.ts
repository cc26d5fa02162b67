import { LatentCase } from './types';

/** Fresh set (issue 17), written after the rules and scored once before any fix (first score in SCORES.md). */
export const FRESH_EN: LatentCase[] = [
  { playbook: 'fruit', text: "My wife's pregnant with our second, she wants sour plums all the time.", expect: 'pregnancy' },
  { playbook: 'fruit', text: "Grandpa's just out of hospital after his hip operation.", expect: 'recovery' },
  { playbook: 'fruit', text: "We're going to my boyfriend's parents for dinner, first time meeting them.", expect: 'gift' },
  { playbook: 'fruit', text: "It's for the office, we've got a team meeting with clients on Friday.", expect: 'gathering' },
  { playbook: 'broadband', text: "My husband runs his business from the spare room now, he's on Teams calls constantly.", expect: 'home-office' },
  { playbook: 'broadband', text: 'Our teenager does virtual school from home this year.', expect: 'online-classes' },
  { playbook: 'cleaning', text: "The cat sheds like mad, there's fur on everything.", expect: 'pet-hair' },
  { playbook: 'cleaning', text: "I've got a slipped disc so bending over is agony.", expect: 'back-pain' },
  { playbook: 'baijiu', text: "Someone swapped a bottle last year and the guest noticed it wasn't genuine.", expect: 'authenticity' },
  { playbook: 'training', text: 'The regional offices never tell head office anything, we find out weeks later.', expect: 'follow-up-workshop' },
  { playbook: 'general', text: 'My supplier keeps running out of the cheap cigarettes the factory workers buy.', expect: 'short-supply' },
  { playbook: 'general', text: 'Our flat has paper-thin walls and the downstairs neighbour bangs on the ceiling.', expect: 'quiet' },
  { playbook: 'general', text: "A forklift ran over a worker's foot in March.", expect: 'safety' },
  { playbook: 'general', text: "Our office manager retires in June and she's the only one who knows how it works.", expect: 'staff-change' },
  { playbook: 'general', text: 'We need it in place before the inspection at the end of the month.', expect: 'time-pressure' },
  { playbook: 'fruit', text: "No, nobody's ill, we just love plums.", expect: null, why: 'negated' },
  { playbook: 'fruit', text: "If my daughter got pregnant I'd come back for kiwis.", expect: null, why: 'irrealis' },
  { playbook: 'broadband', text: "I don't have kids doing online classes, it's just me.", expect: null, why: 'negated' },
  { playbook: 'general', text: "It isn't that our budget was cut, we just want value.", expect: null, why: 'negated' },
  { playbook: 'cleaning', text: "Perhaps the dog is shedding more, I'm not sure.", expect: null, why: 'hedged' },
];
