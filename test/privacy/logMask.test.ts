import { Writable } from 'stream';
import { maskContact } from '../../domain/understand';
import { createLogger } from '../../services/logger';

/**
 * The log masker: every log line goes through it, so it must catch contact details in the forms people
 * type (full-width digits and at signs from Chinese input methods, non-ASCII domains, the usual phone
 * groupings) without turning ids, timestamps and counts into *** (which would make logs useless).
 */
describe('maskContact for logs', () => {
  it.each([
    // Phone numbers in common forms
    ['call +1 617 555 0188 today', 'call *** today'],
    ['office (617) 555-0188', 'office ***'],
    ['desk 555-0188 ext', 'desk *** ext'],
    ['mobile 13812345678', 'mobile ***'],
    ['she wrote 13812345678 here', 'she wrote *** here'],
    ['138 1234 5678', '***'],
    ['reach +86 138-1234-5678.', 'reach ***.'],
    ['座机010-12345678', '座机***'],
    ['(0755) 8888 6666 is the office', '*** is the office'],
    ['8613812345678', '***'],
    ['+6175550188', '***'],
    ['617.555.0188', '***'],
    ['call +1 (415) 555-0100 now', 'call *** now'],
    ['我的电话是138 1234 5678', '我的电话是***'],
    // Full-width forms from Chinese input methods
    ['手机１３８１２３４５６７８', '手机***'],
    ['电话：１３８－１２３４－５６７８。', '电话：***。'],
    ['＋８６　１３８　１２３４　５６７８', '***'],
    // A number the words around it call a phone number, however it is written
    ['call me at 6175550188', 'call me at ***'],
    ['phone: 12345678', 'phone: ***'],
    ['tel 4155550100 please', 'tel *** please'],
    ['电话12345678', '电话***'],
    // E-mail addresses
    ['email bob@example.com please', 'email *** please'],
    ['bob＠example.com', '***'],
    ['写信给 王@例子.中国', '写信给 ***'],
    // Han text glued to a Han local part cannot be told apart from it: the safe side is to mask it all.
    ['写信给王@例子.中国', '***'],
    ['maria@müller.de wrote', '*** wrote'],
    ['邮箱是bob@example.com谢谢', '邮箱是***谢谢'],
    ['ｂｏｂ＠ｅｘａｍｐｌｅ．ｃｏｍ', '***'],
    // Not contact details: ids, timestamps, dates, counts
    ['turn 12345678 of', 'turn 12345678 of'],
    ['at 1732358400000 the bot', 'at 1732358400000 the bot'],
    ['order 20241123000123 shipped', 'order 20241123000123 shipped'],
    ['etag "0x8DC9A1B2C3D4E5F"', 'etag "0x8DC9A1B2C3D4E5F"'],
    ['id 3f2a9c1e-1234-5678-9abc-def012345678', 'id 3f2a9c1e-1234-5678-9abc-def012345678'],
    ['id 12345678-1234-5678-1234-567812345678', 'id 12345678-1234-5678-1234-567812345678'],
    ['ORD-2024-000123 paid', 'ORD-2024-000123 paid'],
    ['预算5万, 2026-11-23, 1,500,000 users', '预算5万, 2026-11-23, 1,500,000 users'],
    ['at 2026-11-23 12:30:45.123', 'at 2026-11-23 12:30:45.123'],
    ['on 23.11.2026 we met', 'on 23.11.2026 we met'],
    ['from 192.168.100.200', 'from 192.168.100.200'],
    ['ratio 0.1234567890', 'ratio 0.1234567890'],
    ['activity conv1|0000012 sent', 'activity conv1|0000012 sent'],
    ['took 1234 ms', 'took 1234 ms'],
    ['no contact here', 'no contact here'],
  ])('%p', (text, masked) => {
    expect(maskContact(text)).toBe(masked);
  });

  it('masks every log line, message and string fields alike', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    createLogger(sink).info('handoff for 王@例子.中国', { phone: '１３８１２３４５６７８', turn: 'turn 12345678 of' });
    const line = JSON.parse(lines[0]) as Record<string, unknown>;
    expect(line).toMatchObject({ message: 'handoff for ***', phone: '***', turn: 'turn 12345678 of' });
  });
});
