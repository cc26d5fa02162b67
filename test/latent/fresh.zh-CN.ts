import { LatentCase } from './types';

/** Fresh set (issue 17), written after the rules and scored once before any fix (first score in SCORES.md). */
export const FRESH_ZH: LatentCase[] = [
  { playbook: 'fruit', text: '我老婆怀二胎了,天天嚷着要吃酸的', expect: 'pregnancy' },
  { playbook: 'fruit', text: '我爸刚出院,做了个小手术', expect: 'recovery' },
  { playbook: 'fruit', text: '第一次去女朋友家,总得带点东西', expect: 'gift' },
  { playbook: 'fruit', text: '单位周五开年会,要买点水果摆桌上', expect: 'gathering' },
  { playbook: 'broadband', text: '我老公现在在家里做生意,天天开线上会议', expect: 'home-office' },
  { playbook: 'broadband', text: '家里俩孩子都在上网课,一个上午一个下午', expect: 'online-classes' },
  { playbook: 'cleaning', text: '家里那只猫掉毛掉得厉害,沙发上全是毛', expect: 'pet-hair' },
  { playbook: 'cleaning', text: '我腰间盘突出,一弯腰就疼得不行', expect: 'back-pain' },
  { playbook: 'baijiu', text: '上次被人调了包,客人喝出来不对', expect: 'authenticity' },
  { playbook: 'training', text: '下面的分公司什么都不往上报,我们总是最后一个知道', expect: 'follow-up-workshop' },
  { playbook: 'general', text: '厂里的工人就爱抽便宜烟,上家老是断货', expect: 'short-supply' },
  { playbook: 'general', text: '楼上楼下隔音太差,晚上一弹琴邻居就来敲门', expect: 'quiet' },
  { playbook: 'general', text: '三月份叉车压伤了一个工人的脚', expect: 'safety' },
  { playbook: 'general', text: '办公室主任六月份退休,只有她会弄这个', expect: 'staff-change' },
  { playbook: 'general', text: '月底要来检查,之前必须弄好', expect: 'time-pressure' },
  { playbook: 'fruit', text: '没有人生病,我们就是爱吃李子', expect: null, why: 'negated' },
  { playbook: 'fruit', text: '如果我闺女怀孕了,我再来买猕猴桃', expect: null, why: 'irrealis' },
  { playbook: 'broadband', text: '家里没有孩子上网课,就我一个人', expect: null, why: 'negated' },
  { playbook: 'general', text: '倒不是预算被砍了,就是想划算点', expect: null, why: 'negated' },
  { playbook: 'cleaning', text: '可能是狗掉毛多了吧,我也说不准', expect: null, why: 'hedged' },
];
