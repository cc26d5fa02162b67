import { PersonaReps } from './types';

export const mop: PersonaReps = {
  persona: 'mop',
  en: {
    strong: [
      'Good afternoon, Mr. Zhang, thanks for taking my call. No pressure at all; I just wanted to understand what made you ring us two weeks ago.',
      'Could you tell me how you clean at home at the moment?',
      'Who does most of the cleaning, and what bothers you about it?',
      'Why did that make you call about a mop?',
      'Why does that matter so much to you?',
      'If it stays like this, what does it mean for you?',
      'And if that were sorted, what would be different?',
      'What would you want to spend, roughly?',
      'From what you say, a lightweight spin mop might help. How about I send you one to try?',
      'If it really were easy to use, would you take one?',
      'So what you really need is a way to keep the floor clean without the effort it takes now, is that right?',
      'You mean something light and easy, within your budget, right?',
      'I will send it out today; you will have it by Thursday.',
    ],
    average: [
      'Hello Mr. Zhang, calling back about the mop. What kind of floors do you have?',
      'Do you have a mop now?',
      'Our spin mop is on offer this week. Why did you call us?',
      'How much did you want to spend?',
      'So you want a mop, right?',
    ],
    weak: [
      'Hello Mr. Zhang! Great news, our spin mop is 40% off this week only!',
      'It has a self-wringing bucket and microfibre heads. Shall I send one?',
      'Whatever, it is cheap. So can we go ahead?',
    ],
  },
  'zh-CN': {
    strong: [
      '张先生您好，谢谢您接电话。不是推销，就是想了解一下，两周前您为什么会打电话来问？',
      '您能说说家里现在是怎么打扫的吗？',
      '平时主要是谁打扫？有什么不方便的地方？',
      '为什么这会让您想到打电话问拖把呢？',
      '这对您为什么这么重要？',
      '如果一直这样下去，对您会有什么影响？',
      '要是这个问题解决了，会有什么不一样？',
      '价格上您大概能接受多少？',
      '听您这么说，一把轻便的旋转拖把可能会有帮助，要不我先寄一把给您试试？',
      '如果用起来确实省力，您会要吗？',
      '所以您真正需要的，是不用像现在这么费劲也能把地拖干净，对吗？',
      '您是说要轻便好用、价格合适的，对吧？',
      '我今天就给您寄出，周四能到。',
    ],
    average: ['张先生您好，回访一下拖把的事。您家是什么地板？', '现在有拖把吗？', '我们的旋转拖把这周特价。您当时为什么打电话？', '预算多少？', '那您就是想要个拖把，对吧？'],
    weak: ['张先生您好！好消息，我们的旋转拖把这周六折！', '自带甩干桶，超细纤维拖头，给您寄一把？', '就这样定了吧？'],
  },
};
