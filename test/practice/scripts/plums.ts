import { PersonaScripts } from './types';

export const plums: PersonaScripts = {
  persona: 'plums',
  en: {
    strong: [
      'Good morning, madam! What can I get for you today?',
      'Do you like them sweet or sour?',
      'How many would you like?',
      'Who are they for, if you don\'t mind me asking?',
      'Most people ask me for sweet plums. Why do you want sour ones?',
      'Why do you think she is craving sour things?',
      'Congratulations! If she keeps eating so little during the pregnancy, what worries you most?',
      'Kiwi is rich in vitamins, which is said to be good for the baby. How about taking a few kiwis as well?',
      'If the price were right, would you take some kiwis?',
      'You mean a jin of sour plums and a few kiwis for your daughter-in-law, right?',
      'So we think your need is fruit that keeps your daughter-in-law and the baby well nourished. Do you agree?',
    ],
    weak: [
      'Our plums are big and sweet, the best in the market! Want some?',
      'They are on special today, buy two jin and get one free!',
    ],
    repeated: 'Who are they for?',
  },
  'zh-CN': {
    strong: [
      '阿姨早上好！今天想买点什么？',
      '您喜欢甜的还是酸的？',
      '给您称几斤？',
      '方便问一下，这是买给谁吃的呀？',
      '一般人买李子都要甜的，您为什么要酸的呢？',
      '她为什么最近这么爱吃酸的呢？',
      '恭喜恭喜！如果她怀孕期间一直吃得这么少，您最担心什么？',
      '猕猴桃维生素特别丰富，听说对孩子好，要不要也带几个猕猴桃？',
      '如果价格合适的话，您愿意带点猕猴桃吗？',
      '您是说给儿媳妇买一斤酸李子，再带几个猕猴桃，对吧？',
      '我们认为您的需求是让儿媳妇和孩子都营养充足的水果，您同意吗？',
    ],
    weak: ['我们的李子又大又甜，全市场最好！要不要来点？', '今天特价，买两斤送一斤！'],
    repeated: '这是买给谁吃的？',
  },
};
