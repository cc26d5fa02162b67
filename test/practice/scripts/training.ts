import { PersonaScripts } from './types';

export const training: PersonaScripts = {
  persona: 'training',
  en: {
    strong: [
      'Good morning, Mr. Li. How does your sales team work today, and what isn\'t going as well as you\'d like?',
      'What would you like your people to do differently after the course?',
      'Who are you thinking of sending?',
      'When would suit you for the course?',
      'Is there a budget for this, and who signs off on it?',
      'Why is getting that information through so important to you right now?',
      'I see. Why does that weigh on you so much?',
      'If information keeps getting stuck like this for another six months, what would that cost the region?',
      'How about a short follow-up workshop a month after the course, with a simple weekly reporting routine, so the new habits stick?',
      'If the course fitted around their month-end work, would you go ahead and send them?',
      'Mr. Li, we think your trouble is that market information in your region doesn\'t flow and efficiency is low. Are you planning to send three sales managers to our course mid-month?',
      'You mean Manager Li, Manager Wang and Manager Song will register on the 15th, right?',
    ],
    weak: [
      'Mr. Li, our course is award-winning and our trainers are former sales directors with 20 years of experience!',
      'Sign up this week and you get a 20% discount, plus a free follow-up session!',
    ],
    repeated: 'Who are you thinking of sending?',
  },
  'zh-CN': {
    strong: [
      '李总您好！现在区域销售团队是怎么运作的？有哪些地方让您不太满意？',
      '这次培训，您最希望大家学到什么？',
      '您准备派哪几位来参加？',
      '什么时间上课对您比较合适？',
      '培训这块有预算吗？由谁审批？',
      '为什么信息不通这件事现在对您这么重要？',
      '这件事为什么让您这么着急？',
      '如果信息再这样堵半年，对整个区域会有什么影响？',
      '要不课程结束一个月后，我们再加一次跟进工作坊，配一套简单的周报机制，让新习惯坚持下去，您看怎么样？',
      '如果课程时间避开月底冲量，您愿意派他们来报名吗？',
      '李总，我们认为您的困难在于区域市场信息不畅、工作效率低，您是不是打算月中派三位销售经理来参加我们的课程？',
      '您是说李经理、王经理和宋经理15号来报到，对吧？',
    ],
    weak: [
      '李总，我们的课程是行业第一，讲师都是有20年经验的资深销售总监！',
      '这周报名立减20%，还免费赠送一次跟进辅导！',
    ],
    repeated: '您准备派哪几位来参加？',
  },
};
