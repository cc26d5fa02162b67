import { JSDOM } from 'jsdom';
import { renderSummary } from '../../services/handoff/summary';
import { converse } from './conversation';
import { markdown, visible } from './markdownRendering';

/** What a rep sees once the Markdown is rendered: no stray backslashes, the customer's words as they said them. */
describe.each(['en', 'zh-CN'] as const)('the rendered summary for a rep reading %s', (repLocale) => {
  it('renders cleanly, with the customer words quoted as said', async () => {
    const { record } = await converse({
      playbook: 'fruit',
      locale: 'zh-CN',
      discovery: [
        { area: 'item', say: '你好，我想买点李子' },
        { area: 'taste', say: '要酸的' },
        { area: 'recipient', say: '给我儿媳妇，她怀孕了' },
        { latent: 'pregnancy', motive: '她怀孕了', status: 'noted' },
      ],
      hypothesis: ['对'],
      readBack: ['对'],
      consent: ['可以，打我电话13812345678，姓王，下午两点到五点之间方便，中午别打'],
    });
    const text = visible(new JSDOM(markdown.render(renderSummary(record, repLocale))).window.document.body.textContent ?? '');
    expect(text).not.toContain('\\');
    expect(text).toContain(repLocale === 'en' ? 'Good fruit for a pregnancy' : '孕期吃的好水果');
    expect(text).toContain('“给我儿媳妇，她怀孕了”');
    expect(text).toContain('“下午两点到五点之间”');
    expect(text).toContain(repLocale === 'en' ? 'motive: “她怀孕了”' : '动机：她怀孕了');
  });
});
