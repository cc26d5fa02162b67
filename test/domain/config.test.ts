import * as path from 'path';
import { ConfigError, loadConfig } from '../../bot/config';

describe('settings', () => {
  it('has the contract defaults', () => {
    const config = loadConfig({}, '/srv/tanxun');
    expect(config).toMatchObject({
      port: 3978,
      host: '127.0.0.1',
      dataDir: path.resolve('/srv/tanxun', 'data/store'),
      localMode: true,
      storage: 'lowdb',
      defaultLocale: 'zh-CN',
      staffApiKey: '',
    });
  });

  it('listens on every interface once credentials are set', () => {
    expect(loadConfig({ MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw' }).host).toBe('0.0.0.0');
    expect(loadConfig({ MicrosoftAppId: 'id', HOST: '10.0.0.5' }).host).toBe('10.0.0.5');
  });

  it('refuses production without credentials, saying what to set', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/MicrosoftAppId/);
    expect(loadConfig({ NODE_ENV: 'production', MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw' }).production).toBe(true);
  });

  it.each([
    [{ PORT: 'abc' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ STORAGE: 'redis' }, /STORAGE/],
    [{ STORAGE: 'blobs' }, /AZURE_STORAGE_CONNECTION_STRING/],
    [{ DEFAULT_LOCALE: 'fr' }, /DEFAULT_LOCALE/],
  ])('rejects bad settings %p', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
