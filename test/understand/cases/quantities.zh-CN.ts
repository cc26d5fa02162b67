import { QuantityCase } from './reference';

/**
 * Chinese counts. The "twenty-odd" suffixes (lai, duo, ji) read as the decade or hundred that starts with the
 * number: "twenty-odd people" is 20-29, approximate; two adjacent digits are a range ("five or six people").
 */
export const QUANTITIES_ZH: QuantityCase[] = [
  { text: '3个销售经理', value: 3, unit: '个', what: '销售经理' },
  { text: '二十来个人', value: 20, max: 29, approximate: true, unit: '个', what: '人' },
  { text: '五六个人', value: 5, max: 6, unit: '个', what: '人' },
  { text: '三斤李子', value: 3, unit: '斤', what: '李子' },
  { text: '派三位销售经理去培训', value: 3, unit: '位', what: '销售经理' },
  { text: '两箱白酒', value: 2, unit: '箱', what: '白酒' },
  { text: '大概二十五个销售', value: 25, approximate: true, unit: '个', what: '销售' },
  { text: '100名员工', value: 100, unit: '名', what: '员工' },
  { text: '十个门店', value: 10, unit: '个', what: '门店' },
  { text: '家里四口人', value: 4, unit: '口', what: '人' },
  { text: '要两斤', value: 2, unit: '斤' },
  { text: '三台电脑', value: 3, unit: '台', what: '电脑' },
  { text: '五十瓶酒', value: 50, unit: '瓶', what: '酒' },
  { text: '八个房间', value: 8, unit: '个', what: '房间' },
  { text: '二十套', value: 20, unit: '套' },
  { text: '一共12个人参加', value: 12, unit: '个', what: '人' },
  { text: '两个经理', value: 2, unit: '个', what: '经理' },
  { text: '三十多家店', value: 30, max: 39, approximate: true, unit: '家', what: '店' },
  { text: '四五位同事', value: 4, max: 5, unit: '位', what: '同事' },
  { text: '6把拖把', value: 6, unit: '把', what: '拖把' },
  { text: '十五名学员', value: 15, unit: '名', what: '学员' },
  { text: '大约两百人', value: 200, approximate: true, unit: '人', what: '人' },
  { text: '三层楼', value: 3, unit: '层', what: '楼' },
  { text: '两只猫', value: 2, unit: '只', what: '猫' },
  { text: '九个区域经理', value: 9, unit: '个', what: '区域经理' },
  { text: '七八个人用', value: 7, max: 8, unit: '个', what: '人' },
  { text: '三百箱', value: 300, unit: '箱' },
  { text: '一千名用户', value: 1000, unit: '名', what: '用户' },
  { text: '四间卧室', value: 4, unit: '间', what: '卧室' },
  { text: '5斤猕猴桃', value: 5, unit: '斤', what: '猕猴桃' },
  { text: '六个部门', value: 6, unit: '个', what: '部门' },
  { text: '两台路由器', value: 2, unit: '台', what: '路由器' },
  { text: '差不多十个人', value: 10, approximate: true, unit: '个', what: '人' },
  { text: '20位客人', value: 20, unit: '位', what: '客人' },
  { text: '三个孩子', value: 3, unit: '个', what: '孩子' },
  { text: '两位老人', value: 2, unit: '位', what: '老人' },
  { text: '四十个座位', value: 40, unit: '个', what: '座位' },
  { text: '一百多个客户', value: 100, max: 199, approximate: true, unit: '个', what: '客户' },
  { text: '两家分公司', value: 2, unit: '家', what: '分公司' },
  { text: '十几个人', value: 10, max: 19, approximate: true, unit: '个', what: '人' },
  { text: '1.5万人', value: 15000, unit: '人', what: '人' },
  { text: '三块蛋糕', value: 3, unit: '块', what: '蛋糕' },
  { text: '两三百个学员', value: 200, max: 300, unit: '个', what: '学员' },
  { text: '二十几个销售', value: 20, max: 29, approximate: true, unit: '个', what: '销售' },
  { text: '预算五万，派3个人', value: 3, unit: '个', what: '人' },
];

/** Money and dates are not quantities. */
export const NOT_QUANTITIES_ZH: string[] = ['预算五万', '5000块钱', '三天后', '下个月15号', '两个月后', '2027年', '第一次', '三点开会', '我有一个问题', '每天拖一次', ''];
