import { PersonaScripts } from './types';

export const baijiu: PersonaScripts = {
  persona: 'baijiu',
  en: {
    strong: [
      'Good afternoon, Manager Zhang. When your hotel chooses a baijiu, what do you consider?',
      'Where in the hotel will the baijiu be served?',
      'What do you stock at the moment, and how is it working for you?',
      'What purchase price per bottle are you working with?',
      'Who has the final say on the drinks list?',
      'Most hotels ask me about price first. Why does quality come first for you?',
      'I see. Why does that weigh on you so much?',
      'If something like that happened again in wedding season, what would it cost the hotel?',
      'How about a written authenticity guarantee, with a traceable batch code on every bottle and unopened bottles taken back?',
      'If peak-season delivery were written into the contract, would you go ahead with a first order?',
      'You mean genuine liquor for your banquets, traceable bottle by bottle, and supply you can count on in the busy season, right?',
      'So we think your need is a baijiu your guests can trust, one that protects the hotel\'s name. Do you agree?',
    ],
    weak: [
      'Manager Zhang, our packaging and bottle shape are beautiful, designed by a famous design firm. Your guests will love them!',
      'Our baijiu was developed by a national baijiu judge, and you make a 40% margin on it, plus 10% promotional support!',
    ],
    repeated: 'Where in the hotel will the baijiu be served?',
  },
  'zh-CN': {
    strong: [
      '张经理您好！咱们酒店平时选白酒，主要考虑哪些方面？',
      '酒店的白酒主要用在哪些场合？',
      '您现在进的是哪些酒？用下来感觉怎么样？',
      '宴会用酒的进价一般在什么价位？',
      '酒水进店最后是谁拍板？',
      '一般酒店选酒都先问价钱，您为什么把质量放在第一位呢？',
      '这件事为什么让您这么放在心上？',
      '如果婚宴旺季再出一次这样的事，对酒店会有什么影响？',
      '要不我们给每瓶酒都配上防伪溯源码，没开封的还可以退，您看这样行吗？',
      '如果把旺季供货写进合同，您愿意跟我们合作吗？',
      '您是说宴会用酒必须保证正品、每瓶可追溯，旺季还得供得上，对吧？',
      '我们认为您的需求是一款让客人放心、能保住酒店招牌的白酒，您同意吗？',
    ],
    weak: [
      '张经理，我们这款酒的包材非常漂亮，瓶型是知名设计公司设计的，消费者一定会喜欢！',
      '这款酒是国家级白酒评委研发的，卖我们的酒能挣40%的利润，另外还有10%的促销支持！',
    ],
    repeated: '酒店的白酒主要用在哪些场合？',
  },
};
