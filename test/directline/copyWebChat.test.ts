import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { copyWebChat } from '../../scripts/copyWebChat';
import { INSTALLED_WEB_CHAT_BUNDLE } from '../../channels/webPage';

/** The build copies Web Chat into dist, so a production install (no dev dependencies) still serves the page. */
describe('copying the Web Chat bundle at build time', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tanxun-webchat-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('copies the installed bundle byte for byte into the built output', () => {
    const to = path.join(dir, 'dist', 'web', 'webchat.js');
    expect(copyWebChat(INSTALLED_WEB_CHAT_BUNDLE, to)).toBe('copied');
    expect(fs.readFileSync(to).equals(fs.readFileSync(INSTALLED_WEB_CHAT_BUNDLE))).toBe(true);
    expect(copyWebChat(INSTALLED_WEB_CHAT_BUNDLE, to)).toBe('kept');
  });

  it.each([
    ['keeps an existing copy when the package is not installed (a production install)', true],
    ['fails, saying what to do, when there is neither the package nor a copy', false],
  ])('%s', (_name, copyExists) => {
    const to = path.join(dir, 'web', 'webchat.js');
    if (copyExists) {
      fs.mkdirSync(path.dirname(to), { recursive: true });
      fs.writeFileSync(to, 'window.WebChat = {};');
    }
    const missing = path.join(dir, 'node_modules', 'botframework-webchat', 'dist', 'webchat.js');
    if (copyExists) expect(copyWebChat(missing, to)).toBe('kept');
    else expect(() => copyWebChat(missing, to)).toThrow(/npm ci.*build again/);
  });
});
