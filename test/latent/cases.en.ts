import { LatentCase } from './types';

/** Written before the rules (issue 17). Whole messages as customers type them, mostly answers to a why. */
export const CASES_EN: LatentCase[] = [
  // fruit
  { playbook: 'fruit', text: "My daughter-in-law is expecting and she can't get enough sour things.", expect: 'pregnancy' },
  { playbook: 'fruit', text: "She's pregnant, craving sour stuff like crazy.", expect: 'pregnancy' },
  { playbook: 'fruit', text: "We've got a baby on the way, my son's wife has terrible morning sickness.", expect: 'pregnancy' },
  { playbook: 'fruit', text: "My mum just had an operation, I'm taking her some fruit in hospital.", expect: 'recovery' },
  { playbook: 'fruit', text: "Visiting a friend who's been ill for weeks.", expect: 'recovery' },
  { playbook: 'fruit', text: "It's for my in-laws, I'm visiting them on Sunday and want to bring something nice.", expect: 'gift' },
  { playbook: 'fruit', text: "We're having people over for my son's birthday party on Saturday.", expect: 'gathering' },
  { playbook: 'fruit', text: "My grandma can't chew anything hard anymore, she's got dentures.", expect: 'soft-fruit' },
  // broadband
  { playbook: 'broadband', text: "I started working from home and I'm on video calls all day.", expect: 'home-office' },
  { playbook: 'broadband', text: 'The kids have online lessons every morning.', expect: 'online-classes' },
  { playbook: 'broadband', text: "The signal doesn't reach the bedrooms upstairs at all.", expect: 'coverage' },
  { playbook: 'broadband', text: "There are five of us and everyone's streaming at the same time in the evening.", expect: 'many-devices' },
  // cleaning
  { playbook: 'cleaning', text: 'We have a golden retriever and the hair gets everywhere.', expect: 'pet-hair' },
  { playbook: 'cleaning', text: 'My mother does the floors and her back hurts when she bends down.', expect: 'back-pain' },
  { playbook: 'cleaning', text: 'Our toddler crawls all over the kitchen floor.', expect: 'baby' },
  { playbook: 'cleaning', text: "I work long hours and I'm too tired to clean when I get home.", expect: 'quick-clean' },
  // baijiu
  { playbook: 'baijiu', text: 'Last year a guest said our Moutai was fake, it hurt our reputation.', expect: 'authenticity' },
  { playbook: 'baijiu', text: 'Wedding season starts next month and we have lots of banquets booked.', expect: 'banquet-season' },
  { playbook: 'baijiu', text: 'Half of what the old supplier sent us just sits on the shelf.', expect: 'slow-stock' },
  // training
  { playbook: 'training', text: "Our regional managers work in silos, information doesn't flow to head office.", expect: 'follow-up-workshop' },
  { playbook: 'training', text: 'Three of them were only just promoted and have never managed anyone.', expect: 'new-managers' },
  { playbook: 'training', text: 'We keep losing people, half the sales team left this year.', expect: 'turnover' },
  // general: true for most buyers
  { playbook: 'general', text: "Office workers keep asking for protein bars and my supplier doesn't carry them.", expect: 'short-supply' },
  { playbook: 'general', text: 'A new factory opened down the road and the workers want cheaper brands we can never get.', expect: 'short-supply' },
  { playbook: 'general', text: 'We live in a flat with thin walls, my daughter practises at night and the neighbours complain.', expect: 'quiet' },
  { playbook: 'general', text: "The workers take their gloves off because they're hot and clumsy.", expect: 'comfort' },
  { playbook: 'general', text: 'One of our workers cut his hand badly last month.', expect: 'safety' },
  { playbook: 'general', text: "My grandmother is 94 and she's flying in for the wedding.", expect: 'family-event' },
  { playbook: 'general', text: 'Our receptionist is leaving next month and nobody else knows the system.', expect: 'staff-change' },
  { playbook: 'general', text: 'It has to be up and running before we open on the 1st.', expect: 'time-pressure' },
  { playbook: 'general', text: 'The board cut our budget by a third this year.', expect: 'budget-pressure' },
  { playbook: 'general', text: 'My boss wants a report every Monday and I just cannot produce it.', expect: 'boss-pressure' },
  { playbook: 'general', text: "We're opening a second branch in the autumn and hiring twenty people.", expect: 'growth' },
  { playbook: 'general', text: 'My team is swamped, everyone works overtime.', expect: 'overload' },
  // nothing may fire
  { playbook: 'fruit', text: "Oh, nobody's pregnant or anything, I just make jam with them.", expect: null, why: 'negated' },
  { playbook: 'fruit', text: "It's not because anyone is sick, we just like sour plums.", expect: null, why: 'negated' },
  { playbook: 'fruit', text: "If she were pregnant I'd buy kiwis too, but she isn't.", expect: null, why: 'irrealis' },
  { playbook: 'fruit', text: "Maybe she's pregnant, who knows, she hasn't said anything.", expect: null, why: 'hedged' },
  { playbook: 'broadband', text: "I don't work from home, I just watch films.", expect: null, why: 'negated' },
  { playbook: 'cleaning', text: "We don't have any pets, the floor just gets muddy.", expect: null, why: 'negated' },
  { playbook: 'baijiu', text: 'No guest has ever complained about fake liquor.', expect: null, why: 'negated' },
  { playbook: 'training', text: "It's not that people keep leaving, the team is very stable.", expect: null, why: 'negated' },
  { playbook: 'fruit', text: 'The kids have online classes all morning so they snack on fruit.', expect: null, why: 'out-of-domain' },
  { playbook: 'cleaning', text: "The wifi signal doesn't reach the kitchen.", expect: null, why: 'out-of-domain' },
  { playbook: 'broadband', text: 'We have two cats and they shed everywhere.', expect: null, why: 'out-of-domain' },
  { playbook: 'general', text: "If the receptionist ever left we'd be in trouble, but she's staying.", expect: null, why: 'irrealis' },
  { playbook: 'general', text: 'Never had an accident, touch wood.', expect: null, why: 'negated' },
  { playbook: 'general', text: "I'm not in any hurry, whenever suits you.", expect: null, why: 'negated' },
];
