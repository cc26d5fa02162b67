import { PersonaReps } from './types';

export const plums: PersonaReps = {
  persona: 'plums',
  en: {
    strong: [
      'Good morning! Yes, fresh plums today. How do you like them, sweet or sour?',
      'Who are they for, if you don\'t mind me asking?',
      'Most people ask me for sweet ones. Why sour, may I ask?',
      'Why is that, do you think?',
      'Oh, congratulations! How is she doing, is she eating well otherwise?',
      'If she keeps eating so little in the coming months, what worries you most?',
      'And if she were eating well again, what would that mean for the family?',
      'Kiwis are rich in vitamins, which is said to be good for the baby. How about a few kiwis with the plums?',
      'If the kiwis were a fair price, would you take some today?',
      'So what you really need is fruit that helps her eat well and keeps the baby healthy, is that right?',
      'You mean a jin of sour plums and a few kiwis for her, right?',
      'Here you are: a jin of the sourest plums and six kiwis. Congratulations again!',
    ],
    average: [
      'Good morning! Yes, we have plums. Sweet or sour?',
      'How many would you like?',
      'Who are they for?',
      'Why sour ones?',
      'So a jin of sour plums, right?',
      'Anything else today?',
    ],
    weak: [
      'Our plums are big and sweet, the best in the market!',
      'Special today, buy two jin and get one free. Shall I bag some?',
      'So can we go ahead?',
    ],
  },
  'zh-CN': {
    strong: [
      '阿姨早！有的，今天的李子很新鲜。您想要甜的还是酸的？',
      '方便问一下，是买给谁吃的呀？',
      '一般人买李子都要甜的，您为什么要酸的呢？',
      '这是为什么呢？',
      '哎呀，恭喜恭喜！她最近胃口怎么样，吃得下饭吗？',
      '如果接下来几个月她一直吃得这么少，您最担心的是什么？',
      '要是她胃口好起来了，对你们家来说会有什么不一样？',
      '猕猴桃维生素含量特别高，听说对宝宝好，要不要再带几个猕猴桃？',
      '如果猕猴桃价格合适，您今天愿意带一些吗？',
      '所以您真正需要的，是能让儿媳妇吃得下、宝宝营养够的水果，对吗？',
      '您是说要一斤酸李子，再加几个猕猴桃给她，对吧？',
      '给您装好了：一斤最酸的李子，六个猕猴桃。再次恭喜！',
    ],
    average: ['阿姨早！有李子，要甜的还是酸的？', '要几斤？', '买给谁吃的？', '为什么要酸的？', '那就是一斤酸李子，对吧？', '还要点别的吗？'],
    weak: ['我们的李子又大又甜，全市场最好！', '今天特价，买两斤送一斤，给您装点？', '那就这么定了吧？'],
  },
};
