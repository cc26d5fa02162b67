import { maskContact, recognizeContact, warmRecognizers } from '../../domain/understand';

beforeAll(() => warmRecognizers());

describe('recognizeContact', () => {
  it.each([
    ['13812345678', { phone: '13812345678' }, []],
    ['我的电话是138 1234 5678', { phone: '13812345678' }, []],
    ['+86 138-1234-5678', { phone: '+8613812345678' }, []],
    ['手机:86 13912345678', { phone: '+8613912345678' }, []],
    ['010-12345678', { phone: '01012345678' }, []],
    ['0755 8888 6666', { phone: '075588886666' }, []],
    ['+1 415 555 0100', { phone: '+14155550100' }, []],
    ['(415) 555-0100', { phone: '4155550100' }, []],
    ['+44 20 7946 0958', { phone: '+442079460958' }, []],
    ['bob@example.com', { email: 'bob@example.com' }, []],
    ['邮箱是 li.lei@qq.com，手机13912345678', { email: 'li.lei@qq.com', phone: '13912345678' }, []],
    ['bob at mail dot com', { email: 'bob@mail.com' }, []],
    ['138123', {}, ['phone']],
    ['电话是12345', {}, ['phone']],
    ['bob@', {}, ['email']],
    ['my email is bob@mail', {}, ['email']],
    ['bob at mail', {}, ['email']],
    ['bob@ 和 138123', {}, ['email', 'phone']],
    ['好的,就这样', {}, []],
  ])('%p', (text, contact, malformed) => {
    expect(recognizeContact(text)).toEqual({ contact, malformed });
  });
});

describe('maskContact', () => {
  it.each([
    ['我的电话是138 1234 5678', '我的电话是***'],
    ['email bob@example.com please', 'email *** please'],
    ['call +1 (415) 555-0100 now', 'call *** now'],
    ['预算5万, 2026-11-23, 1,500,000 users', '预算5万, 2026-11-23, 1,500,000 users'],
    ['no contact here', 'no contact here'],
  ])('%p', (text, masked) => {
    expect(maskContact(text)).toBe(masked);
  });
});
