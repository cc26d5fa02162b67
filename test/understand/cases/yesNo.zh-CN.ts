import { YesNoCase } from './reference';

export const YES_NO_ZH: YesNoCase[] = [
  { text: '是', value: 'yes' }, { text: '是的', value: 'yes' }, { text: '对', value: 'yes' }, { text: '对的', value: 'yes' },
  { text: '没错', value: 'yes' }, { text: '行', value: 'yes' }, { text: '可以', value: 'yes' }, { text: '没问题', value: 'yes' },
  { text: '嗯', value: 'yes' }, { text: '好', value: 'yes' }, { text: '好啊', value: 'yes' }, { text: '好的', value: 'yes' },
  { text: '当然', value: 'yes' }, { text: '同意', value: 'yes' }, { text: '不错', value: 'yes' }, { text: '嗯嗯,对', value: 'yes' },
  { text: '是这样', value: 'yes' }, { text: '对啊就是这个意思', value: 'yes' }, { text: '好嘞', value: 'yes' }, { text: '没毛病', value: 'yes' },
  { text: '我觉得可以', value: 'yes' }, { text: '呃，好吧', value: 'yes' }, { text: '有,但是老掉线', value: 'yes' }, { text: '👍', value: 'yes' },
  { text: '不', value: 'no' }, { text: '不要', value: 'no' }, { text: '不用', value: 'no' }, { text: '不用了', value: 'no' },
  { text: '算了', value: 'no' }, { text: '否', value: 'no' }, { text: '不是', value: 'no' }, { text: '不对', value: 'no' },
  { text: '没有', value: 'no' }, { text: '不行', value: 'no' }, { text: '不同意', value: 'no' }, { text: '不对,是四个', value: 'no' },
  { text: '不是这样的', value: 'no' }, { text: '不了，谢谢', value: 'no' }, { text: '我不同意', value: 'no' }, { text: '错了', value: 'no' },
  { text: '不太对', value: 'partly' }, { text: '差不多', value: 'partly' }, { text: '部分', value: 'partly' }, { text: '有点', value: 'partly' },
  { text: '一半吧', value: 'partly' }, { text: '不完全', value: 'partly' }, { text: '不是很对', value: 'partly' }, { text: '基本上是', value: 'partly' },
  { text: '不太好', value: 'partly' }, { text: '部分对', value: 'partly' },
];

/** Neither yes nor no: "don't know", or a sentence that only contains a yes/no word deep inside. */
export const NOT_YES_NO_ZH: string[] = ['不知道', '还没想好', '之前有客人喝到假酒投诉过', '现在区域的市场信息不畅,效率很低', '酒店的口碑最重要', ''];
