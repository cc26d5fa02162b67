import { YesNoCase } from './reference';

export const YES_NO_EN: YesNoCase[] = [
  { text: 'yes', value: 'yes' }, { text: 'yep', value: 'yes' }, { text: 'yeah', value: 'yes' }, { text: 'sure', value: 'yes' },
  { text: 'correct', value: 'yes' }, { text: "that's right", value: 'yes' }, { text: 'exactly', value: 'yes' }, { text: 'sounds good', value: 'yes' },
  { text: 'ok', value: 'yes' }, { text: 'of course', value: 'yes' }, { text: 'absolutely', value: 'yes' }, { text: 'Yes, please', value: 'yes' },
  { text: 'I agree', value: 'yes' }, { text: 'definitely', value: 'yes' }, { text: 'go ahead', value: 'yes' }, { text: 'yup, that is it', value: 'yes' },
  { text: 'right', value: 'yes' }, { text: 'Yes!', value: 'yes' }, { text: 'why not', value: 'yes' }, { text: 'Hmm yes', value: 'yes' },
  { text: 'I think so', value: 'yes' },
  { text: 'no', value: 'no' }, { text: 'nope', value: 'no' }, { text: 'not really', value: 'no' }, { text: 'nah', value: 'no' },
  { text: 'no thanks', value: 'no' }, { text: 'wrong', value: 'no' }, { text: 'no, four', value: 'no' }, { text: 'not at all', value: 'no' },
  { text: "No, that's wrong", value: 'no' }, { text: 'incorrect', value: 'no' }, { text: 'No.', value: 'no' }, { text: "I don't think so", value: 'no' },
  { text: 'absolutely not', value: 'no' }, { text: "that's not right", value: 'no' }, { text: 'not correct', value: 'no' }, { text: '👎', value: 'no' },
  { text: 'sort of', value: 'partly' }, { text: 'partly', value: 'partly' }, { text: 'kind of', value: 'partly' }, { text: 'somewhat', value: 'partly' },
  { text: 'not exactly', value: 'partly' }, { text: 'more or less', value: 'partly' }, { text: 'not quite', value: 'partly' }, { text: 'partially', value: 'partly' },
  { text: 'mostly', value: 'partly' }, { text: 'well, sort of', value: 'partly' }, { text: 'not quite right', value: 'partly' }, { text: 'yes and no', value: 'partly' },
];

export const NOT_YES_NO_EN: string[] = ['not sure', "I don't know", 'Guests should never worry about what they drink', 'The picture freezes in meetings', ''];
