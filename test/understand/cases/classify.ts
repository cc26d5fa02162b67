import { ObjectionKind } from '../../../domain/types';
import { Locale } from './reference';

export const DONT_KNOW: [Locale, string, boolean][] = [
  ['zh-CN', '不清楚', true],
  ['zh-CN', '还没想好', true],
  ['zh-CN', '不知道', true],
  ['zh-CN', '说不好', true],
  ['zh-CN', '我也不太确定', true],
  ['zh-CN', '这个我不了解', true],
  ['zh-CN', '看情况吧', true],
  ['zh-CN', '我知道', false],
  ['zh-CN', '很清楚', false],
  ['zh-CN', '预算五万', false],
  ['en', 'not sure', true],
  ['en', 'no idea', true],
  ['en', "I don't know", true],
  ['en', "haven't decided", true],
  ['en', 'we have not decided yet', true],
  ['en', 'hard to say', true],
  ['en', 'dunno', true],
  ['en', 'I know exactly', false],
  ['en', 'Our reputation depends on it', false],
  ['en', 'yes', false],
];

export const VAGUE: [Locale, string, string | undefined][] = [
  ['zh-CN', '差不多', '差不多'],
  ['zh-CN', '一些', '一些'],
  ['zh-CN', '尽快', '尽快'],
  ['zh-CN', '很快', '很快'],
  ['zh-CN', '大概吧', '大概'],
  ['zh-CN', '要一点点', '一点点'],
  ['zh-CN', '很多人', '很多'],
  ['zh-CN', '大概五万', undefined],
  ['zh-CN', '差不多十个人', undefined],
  ['zh-CN', '3个销售经理', undefined],
  ['zh-CN', '以后可能都不敢自己拖了', undefined],
  ['en', 'soon', 'soon'],
  ['en', 'some', 'some'],
  ['en', 'a few', 'a few'],
  ['en', 'a lot', 'a lot'],
  ['en', 'Several people', 'Several'],
  ['en', 'a few hundred', undefined],
  ['en', 'about 50', undefined],
  ['en', 'one or two', undefined],
  ['en', 'A guest once complained about fake liquor', undefined],
  ['en', 'three sales managers', undefined],
];

export const OBJECTIONS: [Locale, string, ObjectionKind | undefined][] = [
  ['zh-CN', '太贵了', 'price'],
  ['zh-CN', '有点贵', 'price'],
  ['zh-CN', '超预算了', 'price'],
  ['zh-CN', '不贵', undefined],
  ['zh-CN', '价格不算太贵', undefined],
  ['zh-CN', '贵公司的产品不错', undefined],
  ['zh-CN', '担心售后', 'service'],
  ['zh-CN', '售后怎么样', 'service'],
  ['zh-CN', '首先是质量,其次是利润,然后是售后服务', undefined],
  ['zh-CN', '现在时间不合适', 'timing'],
  ['zh-CN', '明年再说吧', 'timing'],
  ['zh-CN', '不放心', 'trust'],
  ['zh-CN', '你们靠谱吗', 'trust'],
  ['zh-CN', '我再想想', 'other'],
  ['zh-CN', '好的', undefined],
  ['en', 'too expensive', 'price'],
  ['en', "it's a bit pricey", 'price'],
  ['en', 'not too expensive', undefined],
  ["en", "it's not expensive at all", undefined],
  ['en', 'worried about after-sales', 'service'],
  ['en', 'what if it breaks?', 'service'],
  ['en', 'Quality first, then margin, then after-sales service', undefined],
  ['en', 'not now', 'timing'],
  ['en', 'bad timing for us', 'timing'],
  ['en', "I don't trust you", 'trust'],
  ['en', 'never heard of you', 'trust'],
  ['en', 'let me think about it', 'other'],
  ['en', 'Not yet', undefined],
  ['en', 'sounds great', undefined],
];

export interface SentimentCase {
  locale: Locale;
  text: string;
  complaint: boolean;
  worry: boolean;
  emotion: boolean;
  urgency: boolean;
  words: string[];
}

export const SENTIMENTS: SentimentCase[] = [
  { locale: 'zh-CN', text: '网老是卡,我很担心', complaint: true, worry: true, emotion: false, urgency: false, words: ['老是', '担心'] },
  { locale: 'zh-CN', text: '我不担心', complaint: false, worry: false, emotion: false, urgency: false, words: [] },
  { locale: 'zh-CN', text: '很着急', complaint: false, worry: true, emotion: true, urgency: true, words: ['着急'] },
  { locale: 'zh-CN', text: '用信用卡付款', complaint: false, worry: false, emotion: false, urgency: false, words: [] },
  { locale: 'zh-CN', text: '拧起来很费劲', complaint: true, worry: false, emotion: false, urgency: false, words: ['费劲'] },
  { locale: 'zh-CN', text: '孩子们很喜欢', complaint: false, worry: false, emotion: true, urgency: false, words: ['喜欢'] },
  { locale: 'zh-CN', text: '不急,慢慢来', complaint: false, worry: false, emotion: false, urgency: false, words: [] },
  { locale: 'zh-CN', text: '下周就要,来不及了', complaint: false, worry: false, emotion: false, urgency: true, words: ['来不及'] },
  { locale: 'en', text: "it keeps dropping and I'm worried", complaint: true, worry: true, emotion: false, urgency: false, words: ['keeps dropping', 'worried'] },
  { locale: 'en', text: "I'm not worried", complaint: false, worry: false, emotion: false, urgency: false, words: [] },
  { locale: 'en', text: "we are in a hurry, it's urgent", complaint: false, worry: false, emotion: false, urgency: true, words: ['hurry'] },
  { locale: 'en', text: 'the kids love it', complaint: false, worry: false, emotion: true, urgency: false, words: ['love'] },
  { locale: 'en', text: 'it is not slow at all', complaint: false, worry: false, emotion: false, urgency: false, words: [] },
  { locale: 'en', text: 'The picture freezes in meetings', complaint: true, worry: false, emotion: false, urgency: false, words: ['freezes'] },
  { locale: 'en', text: 'All good, thanks', complaint: false, worry: false, emotion: false, urgency: false, words: [] },
];
