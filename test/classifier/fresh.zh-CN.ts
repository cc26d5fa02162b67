import { LabelledQuestion } from './cases';

/**
 * 第 18 号问题：规则写完之后新写的一批，领域是规则没针对过的（办公家具、宴会餐饮、车险、云存储、印刷、
 * 健身卡），修改之前只评一次（首次得分记在 test/practice/SCORES.md）。标注按 METHOD.md 和 cases.zh-CN.ts 的约定。
 */
export const FRESH_ZH: LabelledQuestion[] = [
  // open (5)
  { text: '今年怎么想到要换办公椅了？', type: 'open' },
  { text: '这些椅子平时主要是谁在坐？', type: 'open' },
  { text: '客人对你们宴会上的菜一般怎么评价？', type: 'open' },
  { text: '选健身卡的时候，哪些东西您是一定不能少的？', type: 'open' },
  { text: '您希望新的存储方案帮您解决什么问题？', type: 'open' },
  // closed (4)
  { text: '这辆车的保险是在您个人名下吗？', type: 'closed' },
  { text: '今年有没有在别家印过？', type: 'closed' },
  { text: '现在一共存了多少个T的数据？', type: 'closed' },
  { text: '椅子要在搬家之前送到吗？', type: 'closed' },
  // descriptive (4)
  { text: '您跟我讲讲办一场大型宴会那天早上都是怎么安排的？', type: 'descriptive' },
  { text: '能不能描述一下上次理赔的整个过程？', type: 'descriptive' },
  { text: '您说说平时一周的印刷订单大概是什么情况？', type: 'descriptive' },
  { text: '现在几个办公室之间是怎么共享文件的，您给我介绍一下？', type: 'descriptive' },
  // clarifying (3)
  { text: '您说椅子坐着不舒服，是坐垫的问题还是靠背的问题？', type: 'clarifying' },
  { text: '您说的贵，是指月费还是入会费？', type: 'clarifying' },
  { text: '您说上传慢，具体是指什么情况？', type: 'clarifying' },
  // consultative (3)
  { text: '要不先在一层试用十把椅子，您看行吗？', type: 'consultative' },
  { text: '下周让厨师先带一份试菜菜单过来，您觉得怎么样？', type: 'consultative' },
  { text: '先把归档的资料迁到云上，这样会不会好一些？', type: 'consultative' },
  // impact-unsolved (3)
  { text: '如果大家一直腰酸背痛，对团队会有什么影响？', type: 'impact-unsolved' },
  { text: '打印机老是卡纸的话，交期会受什么影响？', type: 'impact-unsolved' },
  { text: '存储空间的问题要是一直不解决，明年会怎么样？', type: 'impact-unsolved' },
  // impact-solved (3)
  { text: '如果理赔一周内就能到账，对您来说会有什么不同？', type: 'impact-solved' },
  { text: '假如每桌菜都能准时上齐，那天晚上会有什么变化？', type: 'impact-solved' },
  { text: '要是文件能实时同步，省下来的时间团队能做些什么？', type: 'impact-solved' },
  // hypothesis (4)
  { text: '听起来真正的问题是大家都不信任现在的备份，您同意吗？', type: 'hypothesis' },
  { text: '我的理解是，在这件事上舒适比价格更重要，对吗？', type: 'hypothesis' },
  { text: '所以您最担心的其实是活动当天出岔子，是不是这样？', type: 'hypothesis' },
  { text: '我觉得您需要的是理赔快的保险，而不是最便宜的，您看对吗？', type: 'hypothesis' },
  // repeat-back (3)
  { text: '那就是20号之前给三楼送四十把椅子，对吧？', type: 'repeat-back' },
  { text: '我确认一下：两百位客人，要有素食，9号星期六。', type: 'repeat-back' },
  { text: '您的意思是展会之前要把这批印好，是吧？', type: 'repeat-back' },
  // objection-test (3)
  { text: '如果我们的价格跟您现在的一样，您愿意换过来吗？', type: 'objection-test' },
  { text: '除了入会费之外，还有没有别的顾虑？', type: 'objection-test' },
  { text: '我们要做到什么程度，您才会放心把数据迁过来？', type: 'objection-test' },
  // pitch (3)
  { text: '我们的人体工学椅质保十二年，市场上最长。', type: 'pitch' },
  { text: '这个月年卡打七五折，您有兴趣吗？', type: 'pitch' },
  { text: '我们的云盘空间不限量，还是军工级加密，给您开通一个？', type: 'pitch' },
  // other (2)
  { text: '谢谢，这对我很有帮助。', type: 'other' },
  { text: '赵总，很高兴认识您。', type: 'other' },
];
