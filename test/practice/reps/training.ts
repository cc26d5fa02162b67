import { PersonaReps } from './types';

export const training: PersonaReps = {
  persona: 'training',
  en: {
    strong: [
      'Thank you, Mr. Li. Before I answer that, could you tell me how your region works and where the team struggles?',
      'Why is that happening, do you think?',
      'Why is that such a problem for you?',
      'Who would attend, and who else has a say in sending them?',
      'What have you tried so far?',
      'When would suit you, and what budget do you have for it?',
      'If nothing changes this year, what does it cost the region?',
      'And if it were fixed, what would change for you?',
      'How about sending your city managers to our course on sharing market information?',
      'If the dates fitted, would you send them?',
      'Mr. Li, the trouble is that information in your region does not flow and efficiency is low. Are you planning to send three sales managers to our course mid-month?',
      'You mean three managers will register for the 15th, right?',
      'I will send the seat numbers and the outline today; could you reply within 48 hours?',
    ],
    average: [
      'Thank you, Mr. Li. How big is your team?',
      'What do you want them to get better at?',
      'Our course covers prospecting, negotiation and closing, and 500 companies have taken it. Why are you looking at training now?',
      'When would you like to start?',
      'So you would like to send some people to the course, right?',
    ],
    weak: [
      'Absolutely, Mr. Li! Our course is the best in the country, with top trainers.',
      'We have a 20% early-bird discount this month. How many seats shall I book?',
      'So can we go ahead?',
    ],
  },
  'zh-CN': {
    strong: [
      '谢谢李总。回答之前，能先跟我讲讲您区域里是怎么运作的，团队卡在哪儿吗？',
      '您觉得为什么会这样？',
      '这个问题为什么对您影响这么大？',
      '会派谁来参加？派人这件事还有谁参与决定？',
      '之前都试过哪些办法？',
      '时间上什么时候合适？预算有多少？',
      '如果今年还是这样，对区域会有什么影响？',
      '要是这个问题解决了，对您来说会有什么变化？',
      '要不派几位城市经理来参加我们讲市场信息共享的课程，您看怎么样？',
      '如果时间合适，您愿意派他们来吗？',
      '李总，问题在于您区域里市场信息不流通、效率低，您是不是打算月中派三位销售经理来参加我们的课程？',
      '您是说三位经理15号报名，对吧？',
      '我今天把座位号和课程大纲发给您，麻烦48小时内回复我，好吗？',
    ],
    average: ['谢谢李总。团队有多少人？', '您希望他们在哪方面提升？', '我们的课程包括开发客户、谈判和成交，已经有500家企业上过。您为什么现在想做培训？', '打算什么时候开始？', '所以您是想派人来上课，对吧？'],
    weak: ['当然有用，李总！我们的课程全国最好，讲师都是顶尖的。', '这个月报名打八折，给您订几个名额？', '那就这么定了吧？'],
  },
};
