import { PersonaScripts } from './types';

export const mop: PersonaScripts = {
  persona: 'mop',
  en: {
    strong: [
      'Hello Mr. Zhang, thanks for calling us the other week. What do you use for mopping at the moment?',
      "Who's at home, and who usually does the mopping?",
      'Could you walk me through how the floors get cleaned on a normal day?',
      'You already have a mop, so what made you call us about a new one?',
      'Why is that such a worry for you?',
      "I'm sorry to hear that. If things stay as they are, what worries you most?",
      'And what kind of floors do you have? Any pets?',
      'What kind of price did you have in mind?',
      'Who decides on things like this at home?',
      'How about a lightweight spin mop? She just presses the pedal to wring it, no bending, and it leaves the floor almost dry.',
      'If your wife were happy with it, would you go ahead and order one?',
      'You mean the real question is whether your mother will take to it, right?',
      'So we think your need is a way for your mother to keep the floors clean without bending, wringing or leaving the tiles wet. Do you agree?',
    ],
    weak: [
      "Mr. Zhang, we're running a June promotion: the mop was 398, now only 198!",
      'It reaches every corner and comes with a spin bucket and a spare mop head, good for five or six years!',
    ],
    repeated: 'Who lives with you at home?',
  },
  'zh-CN': {
    strong: [
      '张先生您好，谢谢您上次来电咨询。您家里现在是用什么拖地的？',
      '家里都有谁？平时一般是谁拖地？',
      '您能跟我说说，平时家里拖地一般是怎么拖的吗？',
      '您家里已经有拖把了，当初是什么让您想到打电话问我们的呢？',
      '您为什么这么担心这件事呢？',
      '如果一直这样下去，您最担心的是什么？',
      '家里是什么地面？有没有养宠物？',
      '价格方面，您心里大概是什么价位？',
      '家里买这类东西，一般是谁拿主意？',
      '我建议您试试一款轻便的旋转拖把，脚一踩就能甩干，不用弯腰手拧，拖完地面几乎是干的，您看怎么样？',
      '如果您爱人也同意，您愿意买一个吗？',
      '您是说，关键在于老人家愿不愿意用，对吧？',
      '我们认为您的需求是让老人家拖地不用弯腰手拧、拖完地面不湿滑，您同意吗？',
    ],
    weak: ['张先生，我们6月份做促销，原价398元的拖把，现价只需198元！', '这个拖把能拖到各个角落，还送一个拖布和脱水桶，用五六年没问题！'],
    repeated: '家里都有谁？',
  },
};
