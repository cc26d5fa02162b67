import { recognizePeople, recognizeRoles, recognizeSelfRole, warmRecognizers } from '../../domain/understand';
import { ROLES } from './cases/roles';

beforeAll(() => warmRecognizers());

describe('recognizeRoles', () => {
  it.each(ROLES)('$text', ({ locale, text, roles }) => {
    expect(recognizeRoles(text, locale)).toEqual(roles);
  });
});

describe('recognizePeople', () => {
  it.each([
    ['李经理、王经理和宋经理', ['李经理', '王经理', '宋经理']],
    ['派三个销售经理:李经理、王经理和宋经理,本月15号报到', ['李经理', '王经理', '宋经理']],
    ['王总说了算,张工负责技术', ['王总', '张工']],
    ['小张总是迟到', []],
    ['Manager Li, Manager Wang and Manager Song', ['Manager Li', 'Manager Wang', 'Manager Song']],
    ['Managers Li, Wang and Song will come', ['Manager Li', 'Manager Wang', 'Manager Song']],
    ['talk to Dr. Chen or Mr Smith', ['Dr. Chen', 'Mr Smith']],
    ['the director of sales', []],
  ])('%p', (text, people) => {
    expect(recognizePeople(text, 'en')).toEqual(people);
  });
});

describe('recognizeSelfRole', () => {
  it.each([
    ['给公司,我是区域销售总监', '区域销售总监'],
    ["For my company, I'm the regional sales director", 'regional sales director'],
    ['I run the sales team', 'sales team'],
    ['我想买李子', undefined],
  ])('%p', (text, role) => {
    expect(recognizeSelfRole(text)).toBe(role);
  });
});
