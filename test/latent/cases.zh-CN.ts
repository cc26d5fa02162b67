import { LatentCase } from './types';

/** Written before the rules (issue 17). Whole messages, colloquial as customers type them. */
export const CASES_ZH: LatentCase[] = [
  // fruit
  { playbook: 'fruit', text: '媳妇有喜了,老想吃酸的', expect: 'pregnancy' },
  { playbook: 'fruit', text: '儿媳妇怀上了,嘴馋酸的', expect: 'pregnancy' },
  { playbook: 'fruit', text: '我闺女害喜,吃啥吐啥,就想吃点酸的', expect: 'pregnancy' },
  { playbook: 'fruit', text: '我妈刚做完手术,买点水果去医院看她', expect: 'recovery' },
  { playbook: 'fruit', text: '朋友病了好几个礼拜,去探病', expect: 'recovery' },
  { playbook: 'fruit', text: '过年走亲戚,总不能空着手去', expect: 'gift' },
  { playbook: 'fruit', text: '周末家里来客人,给孩子过生日', expect: 'gathering' },
  { playbook: 'fruit', text: '我奶奶牙口不好,硬的咬不动', expect: 'soft-fruit' },
  // broadband
  { playbook: 'broadband', text: '现在在家办公,天天开视频会', expect: 'home-office' },
  { playbook: 'broadband', text: '孩子每天早上要上网课', expect: 'online-classes' },
  { playbook: 'broadband', text: '楼上卧室信号太差,根本连不上', expect: 'coverage' },
  { playbook: 'broadband', text: '一家五口晚上同时看视频刷手机', expect: 'many-devices' },
  // cleaning
  { playbook: 'cleaning', text: '家里养了只金毛,满地都是毛', expect: 'pet-hair' },
  { playbook: 'cleaning', text: '我妈拖地,一弯腰就腰疼', expect: 'back-pain' },
  { playbook: 'cleaning', text: '宝宝刚学爬,整天在地上爬', expect: 'baby' },
  { playbook: 'cleaning', text: '上班太忙了,下班累得不想拖地', expect: 'quick-clean' },
  // baijiu
  { playbook: 'baijiu', text: '去年有客人说我们的茅台是假酒,砸了招牌', expect: 'authenticity' },
  { playbook: 'baijiu', text: '下个月就到婚宴旺季了,订了好多酒席', expect: 'banquet-season' },
  { playbook: 'baijiu', text: '上家供的酒一半都卖不动,压在仓库', expect: 'slow-stock' },
  // training
  { playbook: 'training', text: '各区域经理各自为政,信息传不上来', expect: 'follow-up-workshop' },
  { playbook: 'training', text: '有三个是刚提拔的,从来没带过团队', expect: 'new-managers' },
  { playbook: 'training', text: '人留不住,今年销售走了一半', expect: 'turnover' },
  // general: true for most buyers
  { playbook: 'general', text: '写字楼的白领老来问蛋白棒,我的供货商没有这货', expect: 'short-supply' },
  { playbook: 'general', text: '附近新开了个厂,工人都要便宜的烟,老断货', expect: 'short-supply' },
  { playbook: 'general', text: '别太吵,我们住楼房,孩子晚上想练琴,邻居会有意见', expect: 'quiet' },
  { playbook: 'general', text: '工人嫌手套太热太笨,干活的时候都摘了', expect: 'comfort' },
  { playbook: 'general', text: '上个月有个工人把手割伤了', expect: 'safety' },
  { playbook: 'general', text: '我奶奶九十四了,要坐飞机来参加婚礼', expect: 'family-event' },
  { playbook: 'general', text: '前台下个月要辞职了,别人都不会用这个系统', expect: 'staff-change' },
  { playbook: 'general', text: '一号开业之前必须装好', expect: 'time-pressure' },
  { playbook: 'general', text: '今年预算砍了三分之一', expect: 'budget-pressure' },
  { playbook: 'general', text: '老板要求每周一交报表,我根本弄不出来', expect: 'boss-pressure' },
  { playbook: 'general', text: '秋天要开分店,还要招二十个人', expect: 'growth' },
  { playbook: 'general', text: '人手不够,大家天天加班', expect: 'overload' },
  // nothing may fire
  { playbook: 'fruit', text: '倒不是有人怀孕,我就是拿来做果酱', expect: null, why: 'negated' },
  { playbook: 'fruit', text: '不是因为有人生病,我们家就爱吃酸的', expect: null, why: 'negated' },
  { playbook: 'fruit', text: '要是她怀孕了我就多买点猕猴桃,可她没有', expect: null, why: 'irrealis' },
  { playbook: 'fruit', text: '说不定是怀孕了吧,她也没说', expect: null, why: 'hedged' },
  { playbook: 'broadband', text: '我也没有在家办公,就是看看电视剧', expect: null, why: 'negated' },
  { playbook: 'cleaning', text: '家里没养宠物,就是地上泥多', expect: null, why: 'negated' },
  { playbook: 'baijiu', text: '从来没有客人投诉过假酒', expect: null, why: 'negated' },
  { playbook: 'training', text: '并不是人留不住,团队挺稳定的', expect: null, why: 'negated' },
  { playbook: 'fruit', text: '孩子上网课,中午在家吃点水果', expect: null, why: 'out-of-domain' },
  { playbook: 'cleaning', text: '厨房信号不好,拖地的时候连不上网', expect: null, why: 'out-of-domain' },
  { playbook: 'broadband', text: '家里养了两只猫,掉毛厉害', expect: null, why: 'out-of-domain' },
  { playbook: 'general', text: '要是前台哪天辞职了就麻烦了,不过她不走', expect: null, why: 'irrealis' },
  { playbook: 'general', text: '没有人受过伤,一直挺安全的', expect: null, why: 'negated' },
  { playbook: 'general', text: '也没有很急,你们方便就行', expect: null, why: 'negated' },
];
